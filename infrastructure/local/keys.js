#!/usr/bin/env node
// Creates the local run's signing key pair and cursor secret once, kept with the data:
//   node keys.js DIR   -> DIR/private.pem, DIR/public.pem, DIR/cursor-secret
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node keys.js DIR');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
const priv = path.join(dir, 'private.pem');
if (!fs.existsSync(priv)) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  fs.writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
}
const secret = path.join(dir, 'cursor-secret');
if (!fs.existsSync(secret)) {
  fs.writeFileSync(secret, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
}
