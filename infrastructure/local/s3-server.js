#!/usr/bin/env node
// Starts s3rver (an S3-compatible server) on loopback: the local archive of clearinghouse files. Used by tests
// and by run.sh.
//   node s3-server.js [--port N] [--dir DIR] [--bucket NAME]... [--exit-with-stdin]
// --port 0 (the default) takes a free port; the chosen port is printed as one JSON line: {"port":N}.
// --dir keeps the objects on disk (default: a fresh temporary folder, removed at exit).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const S3rver = require('s3rver');

const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const buckets = [];
args.forEach((a, i) => { if (a === '--bucket' && i + 1 < args.length) buckets.push({ name: args[i + 1] }); });
const port = Number(arg('--port', '0'));
let dir = arg('--dir', undefined);
let temporary = false;
if (!dir) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  temporary = true;
}
fs.mkdirSync(dir, { recursive: true });

const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: buckets });
server.run().then((address) => {
  console.log(JSON.stringify({ port: address.port }));
}).catch((err) => {
  console.error(JSON.stringify({ error: String(err) }));
  process.exit(1);
});

function stop() {
  const done = () => {
    if (temporary) fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  server.close().then(done, done);
  setTimeout(done, 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (args.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}
