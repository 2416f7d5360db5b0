#!/usr/bin/env node
// Starts dynalite (a DynamoDB-compatible server) on loopback. Used by tests and by run.sh.
//   node dynalite-server.js [--port N] [--path DIR] [--exit-with-stdin] [--count-calls]
// --port 0 (the default) takes a free port; the chosen port is printed as one JSON line: {"port":N}.
// --exit-with-stdin stops the server when its parent closes our stdin (or dies), so that no test leaves it running.
// --count-calls counts the DynamoDB calls by operation (X-Amz-Target); GET /calls answers the counts so far as JSON
// (benchmarks read it before and after what they measure). No DynamoDB request is a GET, so nothing else changes.
'use strict';
const dynalite = require('dynalite');

const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const port = Number(arg('--port', '0'));
const path = arg('--path', undefined);
const options = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
if (path) options.path = path;

const server = dynalite(options);
if (args.includes('--count-calls')) {
  const calls = {};
  const [handler] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (req.method === 'GET' && req.url === '/calls') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(calls));
      return;
    }
    const target = String(req.headers['x-amz-target'] || '');
    const operation = target.slice(target.indexOf('.') + 1) || '?';
    calls[operation] = (calls[operation] || 0) + 1;
    handler(req, res);
  });
}
server.listen(port, '127.0.0.1', (err) => {
  if (err) {
    console.error(JSON.stringify({ error: String(err) }));
    process.exit(1);
  }
  console.log(JSON.stringify({ port: server.address().port }));
});
server.on('error', (err) => {
  console.error(JSON.stringify({ error: String(err) }));
  process.exit(1);
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (args.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}
