#!/usr/bin/env node
// Loads a small synthetic demo practice through the public REST APIs (so every rule applies to it).
// Every request carries an Idempotency-Key, and run.sh only calls this once per data folder.
//   CODER_TOKEN=... BILLER_TOKEN=... node demo-data.js http://127.0.0.1:8081 http://127.0.0.1:8082 http://127.0.0.1:8083
'use strict';
const [codeValidation, claimCreation, claimStatus] = process.argv.slice(2);

async function call(base, method, path, token, body, key) {
  const headers = { 'content-type': 'application/json', authorization: 'Bearer ' + token };
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(base + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!res.ok) throw new Error(method + ' ' + path + ' -> ' + res.status + ' ' + text);
  return JSON.parse(text);
}

const provider = {
  npi: '1234567893', taxId: '123456789', organizationName: 'Lakeside Family Practice', taxonomyCode: '207Q00000X',
  address: { line1: '100 Main Street', line2: 'Suite 2', city: 'Springfield', state: 'IL', postalCode: '62701' },
};
const rendering = { npi: '1245319599', firstName: 'Amara', lastName: 'Okafor', taxonomyCode: '207Q00000X' };
// synthetic people: none of these names, dates or ids belong to anyone
const visits = [
  { who: ['Demo', 'Avery', '1958-03-14', 'F'], payer: ['60054', 'Aetna', 'DEMO000001'], date: '2026-08-12',
    dx: ['E11.9', 'I10'], px: [['99214', '165.00', [1, 2]], ['83036', '45.50', [1]]], moves: ['SUBMITTED', 'ACCEPTED'] },
  { who: ['Demo', 'Blake', '1972-11-02', 'M'], payer: ['87726', 'UnitedHealthcare', 'DEMO000002'], date: '2026-10-21',
    dx: ['J06.9'], px: [['99213', '125.00', [1]]], moves: ['SUBMITTED'] },
  { who: ['Demo', 'Casey', '1990-06-30', 'F'], payer: ['60054', 'Aetna', 'DEMO000003'], date: '2026-11-18',
    dx: ['M54.50', 'Z68.25'], px: [['99203', '210.00', [1, 2]], ['97110', '60.00', [1]]], moves: [] },
  { who: ['Demo', 'Devon', '1985-01-09', 'M'], payer: ['00430', 'Medicare Part B', 'DEMO000004A'], date: '2026-09-03',
    dx: ['I25.10'], px: [['99215', '230.00', [1]]], moves: ['SUBMITTED', 'REJECTED'] },
];

(async () => {
  const coder = process.env.CODER_TOKEN;
  const biller = process.env.BILLER_TOKEN;
  let n = 0;
  for (const v of visits) {
    n++;
    const [first, last, dob, sex] = v.who;
    const encounter = {
      patient: { id: 'DEMO-P' + n, firstName: first, lastName: last, dateOfBirth: dob, sex,
        address: { line1: n + '00 Demo Avenue', city: 'Springfield', state: 'IL', postalCode: '62704' } },
      coverage: { payerId: v.payer[0], payerName: v.payer[1], memberId: v.payer[2], relationship: 'SELF', filingIndicator: 'CI' },
      billingProvider: provider, renderingProvider: rendering,
      assignmentOfBenefits: true, releaseOfInformation: 'Y', signatureOnFile: true,
      serviceDate: v.date, placeOfService: '11', diagnoses: v.dx,
      procedures: v.px.map(([code, charge, pointers]) => ({ code, charge, diagnosisPointers: pointers })),
    };
    const e = await call(codeValidation, 'POST', '/encounters', coder, encounter, 'demo-encounter-' + n);
    const c = await call(claimCreation, 'POST', '/claims', biller, { encounterId: e.id }, 'demo-claim-' + n);
    for (const status of v.moves) {
      await call(claimStatus, 'POST', '/claims/' + c.id + '/status', biller, { status, reason: 'demo data' });
    }
    console.log('  demo encounter ' + e.id + ' -> claim ' + c.claimNumber + ' ' + (v.moves.at(-1) || 'READY'));
  }
})().catch((e) => {
  console.error('demo data failed: ' + e.message);
  process.exit(1);
});
