#!/usr/bin/env node
// Prints a bearer token (RS256) signed with the local run's key, for the local stack only.
//   node token.js --key private.pem --role biller --practice demo [--minutes 480] [--issuer I] [--audience A]
'use strict';
const crypto = require('crypto');
const fs = require('fs');

const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const roles = ['coder', 'biller', 'analyst', 'partner', 'admin'];
const role = arg('--role');
const practice = arg('--practice');
const minutes = Number(arg('--minutes', '480'));
if (!role || !practice || !arg('--key')) {
  console.error('usage: token.sh --role ROLE --practice ID [--minutes N]   (roles: ' + roles.join(', ') + ')');
  process.exit(2);
}
for (const r of role.split(',')) {
  if (!roles.includes(r)) {
    console.error('unknown role ' + r + '; one of ' + roles.join(', '));
    process.exit(2);
  }
}
if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(practice)) {
  console.error('a practice id is letters, digits, dot, dash or underscore');
  process.exit(2);
}
if (!(minutes > 0 && minutes <= 7 * 24 * 60)) {
  console.error('--minutes is from 1 to 10080');
  process.exit(2);
}
const now = Math.floor(Date.now() / 1000);
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const header = { alg: 'RS256', typ: 'JWT', kid: 'local' };
const claims = {
  iss: arg('--issuer', 'https://billing.local/issuer'),
  aud: arg('--audience', 'billing-api'),
  sub: role + '@' + practice,
  upn: role + '@' + practice,
  practice,
  groups: role.split(','),
  iat: now,
  exp: now + minutes * 60,
  jti: crypto.randomUUID(),
};
const input = b64(header) + '.' + b64(claims);
const signature = crypto.sign('RSA-SHA256', Buffer.from(input), fs.readFileSync(arg('--key'))).toString('base64url');
process.stdout.write(input + '.' + signature + '\n');
