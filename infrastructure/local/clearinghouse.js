#!/usr/bin/env node
// Plays the practice's clearinghouse on the local mailbox (the SFTP server's folder on disk): every 837P batch
// waiting in the incoming folder is taken away (moved to processed/, as a clearinghouse takes its files) and
// answered in the outgoing folder with a 999 (batch accepted) and a 277CA (each claim accepted); one round later
// the payer "pays" with an 835 (80% of each line, 20% contractual, CO-45). Synthetic answers, for the demo only.
//   node clearinghouse.js --mailbox DIR [--to-clearinghouse to-clearinghouse] [--from-clearinghouse from-clearinghouse]
//                         [--watch SECONDS] [--no-pay]
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
function arg(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const mailbox = arg('--mailbox');
if (!mailbox) {
  console.error('usage: node clearinghouse.js --mailbox DIR [--watch SECONDS] [--no-pay]');
  process.exit(2);
}
const inbox = path.join(mailbox, arg('--to-clearinghouse', 'to-clearinghouse'));
const outbox = path.join(mailbox, arg('--from-clearinghouse', 'from-clearinghouse'));
const processed = path.join(inbox, 'processed');
const pay = !args.includes('--no-pay');
const watch = Number(arg('--watch', '0'));

function pad(s, n) { return (s + ' '.repeat(n)).substring(0, n); }
function stamp() {
  const d = new Date();
  const p = (x) => String(x).padStart(2, '0');
  return { date8: '' + d.getUTCFullYear() + p(d.getUTCMonth() + 1) + p(d.getUTCDate()),
    date6: ('' + d.getUTCFullYear()).substring(2) + p(d.getUTCMonth() + 1) + p(d.getUTCDate()),
    time: p(d.getUTCHours()) + p(d.getUTCMinutes()) };
}
function money(x) { return (Math.round(x * 100) / 100).toFixed(2).replace(/\.00$/, ''); }

/** What an answer needs of a batch: envelope ids, control numbers, and each claim with its lines. */
function read837(text) {
  const sep = text.charAt(3);
  const term = text.charAt(105);
  const segs = text.split(term).map((s) => s.trim()).filter((s) => s).map((s) => s.split(sep));
  const isa = segs[0];
  const gs = segs.find((s) => s[0] === 'GS');
  const st = segs.find((s) => s[0] === 'ST');
  const claims = [];
  for (const s of segs) {
    if (s[0] === 'CLM') claims.push({ number: s[1], total: Number(s[2]), lines: [] });
    if (s[0] === 'SV1' && claims.length) {
      claims[claims.length - 1].lines.push({ code: s[1].split(s[1].includes(':') ? ':' : '>')[1] || s[1], charge: Number(s[2]), units: s[4] || '1' });
    }
  }
  return { submitter: isa[6].trim(), receiver: isa[8].trim(), usage: isa[15], control: isa[13], group: gs[6], st: st[2], claims };
}

function envelope(b, functional, version, control, body) {
  const t = stamp();
  const segs = ['ISA*00*          *00*          *ZZ*' + pad(b.receiver, 15) + '*ZZ*' + pad(b.submitter, 15) + '*' + t.date6
    + '*' + t.time + '*^*00501*' + control + '*0*' + b.usage + '*:',
    'GS*' + functional + '*' + b.receiver + '*' + b.submitter + '*' + t.date8 + '*' + t.time + '*' + Number(control) + '*X*' + version];
  const st = ['ST*' + body.set + '*0001*' + version].concat(body.segments);
  st.push('SE*' + (st.length + 1) + '*0001');
  return segs.concat(st, ['GE*1*' + Number(control), 'IEA*1*' + control]).join('~\n') + '~\n';
}

function ack999(b) {
  return envelope(b, 'FA', '005010X231A1', '7' + b.control.substring(1), { set: '999', segments: [
    'AK1*HC*' + b.group + '*005010X222A1', 'AK2*837*' + b.st + '*005010X222A1', 'IK5*A', 'AK9*A*1*1*1'] });
}

function ack277(b) {
  const t = stamp();
  const total = b.claims.reduce((a, c) => a + c.total, 0);
  const segs = ['BHT*0085*08*SIM' + b.control + '*' + t.date8 + '*' + t.time + '*TH', 'HL*1**20*1',
    'NM1*PR*2*' + b.receiver + '*****PI*' + b.receiver, 'TRN*1*SIM' + b.control, 'DTP*050*D8*' + t.date8,
    'DTP*009*D8*' + t.date8, 'HL*2*1*21*1', 'NM1*41*2*SUBMITTER*****46*' + b.submitter, 'TRN*2*' + b.control,
    'STC*A1:19:PR*' + t.date8 + '*WQ*' + money(total), 'HL*3*2*19*1', 'NM1*85*2*BILLING PROVIDER*****XX*1234567893',
    'TRN*1*0'];
  let hl = 3;
  b.claims.forEach((c, i) => {
    hl++;
    segs.push('HL*' + hl + '*3*PT', 'NM1*QC*1*PATIENT*SYNTHETIC', 'TRN*2*' + c.number,
      'STC*A1:20:PR*' + t.date8 + '*WQ*' + money(c.total), 'STC*A2:20*' + t.date8 + '*WQ*' + money(c.total),
      'REF*1K*SIM' + b.control.substring(3) + String(i + 1).padStart(3, '0'));
  });
  return envelope(b, 'HN', '005010X214', '8' + b.control.substring(1), { set: '277', segments: segs });
}

function era835(b) {
  const t = stamp();
  const segs = [];
  let paidTotal = 0;
  b.claims.forEach((c, i) => {
    let paid = 0;
    const lines = [];
    for (const l of c.lines) {
      const linePaid = Math.round(l.charge * 80) / 100;
      paid += linePaid;
      lines.push('SVC*HC:' + l.code + '*' + money(l.charge) + '*' + money(linePaid) + '**' + l.units,
        'CAS*CO*45*' + money(l.charge - linePaid));
    }
    paidTotal += paid;
    segs.push('CLP*' + c.number + '*1*' + money(c.total) + '*' + money(paid) + '*0*12*SIM' + b.control.substring(3)
      + String(i + 1).padStart(3, '0') + '*11*1');
    segs.push(...lines);
  });
  const head = ['BPR*I*' + money(paidTotal) + '*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*'
    + t.date8, 'TRN*1*SIMEFT' + b.control + '*1123456789', 'DTM*405*' + t.date8, 'N1*PR*SIMULATED PAYER',
    'N1*PE*BILLING PROVIDER*XX*1234567893', 'LX*1'];
  return envelope(b, 'HP', '005010X221A1', '9' + b.control.substring(1), { set: '835', segments: head.concat(segs) });
}

/** Writes a file whole under a temporary name, then renames it: the platform never sees half a file. */
function put(name, text) {
  const tmp = path.join(outbox, '.' + name + '.part');
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, path.join(outbox, name));
}

function round() {
  fs.mkdirSync(processed, { recursive: true });
  fs.mkdirSync(outbox, { recursive: true });
  // first the 835s for batches answered in an earlier round
  if (pay) {
    for (const f of fs.readdirSync(processed).filter((n) => n.endsWith('.837'))) {
      const marker = path.join(processed, f + '.paid');
      if (fs.existsSync(marker)) continue;
      const b = read837(fs.readFileSync(path.join(processed, f), 'latin1'));
      put('ERA_' + b.control + '.835', era835(b));
      fs.writeFileSync(marker, new Date().toISOString());
      console.log('835 for batch ' + b.control + ' (' + b.claims.length + ' claims paid)');
    }
  }
  for (const f of fs.readdirSync(inbox).filter((n) => !n.startsWith('.') && n.endsWith('.837'))) {
    const text = fs.readFileSync(path.join(inbox, f), 'latin1');
    const b = read837(text);
    fs.renameSync(path.join(inbox, f), path.join(processed, f));
    put('ACK_' + b.control + '.999', ack999(b));
    put('ACK_' + b.control + '.277', ack277(b));
    console.log('999 and 277CA for batch ' + b.control + ' (' + b.claims.length + ' claims accepted)');
  }
}

round();
if (watch > 0) setInterval(round, watch * 1000);
