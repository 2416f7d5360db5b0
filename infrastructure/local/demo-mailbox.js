#!/usr/bin/env node
// Connects the demo practice to the local clearinghouse mailbox (the SFTP server run.sh starts) and sends one new
// claim through it, so that the whole loop runs by itself: the batch is uploaded, clearinghouse.js answers it
// (999, 277CA, then an 835), and claim-status's timer takes the answers in and posts them. Once per data folder.
//   ADMIN_TOKEN=... CODER_TOKEN=... BILLER_TOKEN=... MAILBOX_PORT=... MAILBOX_HOST_KEY=... MAILBOX_PASSWORD=... \
//     node demo-mailbox.js http://127.0.0.1:8081 http://127.0.0.1:8082 http://127.0.0.1:8083 demo-practice
'use strict';
const [codeValidation, claimCreation, claimStatus, practice] = process.argv.slice(2);

async function call(base, method, path, token, body, key) {
  const headers = { 'content-type': 'application/json', authorization: 'Bearer ' + token };
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(base + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (!res.ok) throw new Error(method + ' ' + path + ' -> ' + res.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}

(async () => {
  const connection = await call(claimStatus, 'PUT', '/clearinghouse/connection', process.env.ADMIN_TOKEN, {
    host: '127.0.0.1', port: Number(process.env.MAILBOX_PORT), user: practice,
    password: process.env.MAILBOX_PASSWORD, hostKey: process.env.MAILBOX_HOST_KEY,
    outgoingFolder: practice + '/to-clearinghouse', incomingFolder: practice + '/from-clearinghouse',
    // the demo practice's batches are marked P (ISA15): the local mailbox plays a production clearinghouse
    environment: 'PRODUCTION',
  });
  console.log('  demo practice connected to the local mailbox (host key ' + connection.hostKeyFingerprint + ')');
  // synthetic patient: no real person
  const encounter = {
    patient: { id: 'DEMO-P10', firstName: 'Demo', lastName: 'Finley', dateOfBirth: '1966-02-11', sex: 'F',
      address: { line1: '1000 Demo Avenue', city: 'Springfield', state: 'IL', postalCode: '62704' } },
    coverage: { payerId: '60054', payerName: 'Aetna', memberId: 'DEMO000010', relationship: 'SELF', filingIndicator: 'CI' },
    billingProvider: { npi: '1234567893', taxId: '123456789', organizationName: 'Lakeside Family Practice',
      taxonomyCode: '207Q00000X',
      address: { line1: '100 Main Street', city: 'Springfield', state: 'IL', postalCode: '62701' } },
    renderingProvider: { npi: '1245319599', firstName: 'Amara', lastName: 'Okafor', taxonomyCode: '207Q00000X' },
    assignmentOfBenefits: true, releaseOfInformation: 'Y', signatureOnFile: true,
    serviceDate: '2026-11-02', placeOfService: '11', diagnoses: ['E11.9'],
    procedures: [{ code: '99213', charge: '125.00', diagnosisPointers: [1] }],
  };
  const e = await call(codeValidation, 'POST', '/encounters', process.env.CODER_TOKEN, encounter, 'demo-mailbox-encounter');
  const c = await call(claimCreation, 'POST', '/claims', process.env.BILLER_TOKEN, { encounterId: e.id }, 'demo-mailbox-claim');
  const s = await call(claimStatus, 'POST', '/submissions', process.env.BILLER_TOKEN, { claimIds: [c.id] }, 'demo-mailbox-submission');
  console.log('  demo claim ' + c.claimNumber + ' sent in batch ' + s.id + ': watch it go ACCEPTED, then PAID');
})().catch((e) => {
  console.error('demo mailbox failed: ' + e.message);
  process.exit(1);
});
