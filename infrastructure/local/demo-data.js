#!/usr/bin/env node
// Loads a small synthetic demo practice through the public REST APIs (so every rule applies to it).
// Every request carries an Idempotency-Key, and run.sh only calls this once per data folder.
//   CODER_TOKEN=... BILLER_TOKEN=... ADMIN_TOKEN=... node demo-data.js http://127.0.0.1:8081 http://127.0.0.1:8082 http://127.0.0.1:8083
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
// Dates of service count back from the practice's today (America/Chicago), so that the demo's open claims fall in
// every A/R bucket (0-30 ... 121+ days) whenever it is loaded, and age from there like real ones.
function daysBack(days) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}
// synthetic people: none of these names, dates or ids belong to anyone. The first is paid by the demo 835.
const visits = [
  { who: ['Demo', 'Avery', '1958-03-14', 'F'], payer: ['60054', 'Aetna', 'DEMO000001'], date: daysBack(150),
    dx: ['E11.9', 'I10'], px: [['99214', '165.00', [1, 2]], ['83036', '45.50', [1]]], moves: ['SUBMITTED', 'ACCEPTED'] },
  { who: ['Demo', 'Blake', '1972-11-02', 'M'], payer: ['87726', 'UnitedHealthcare', 'DEMO000002'], date: daysBack(20),
    dx: ['J06.9'], px: [['99213', '125.00', [1]]], moves: ['SUBMITTED'] },
  { who: ['Demo', 'Casey', '1990-06-30', 'F'], payer: ['60054', 'Aetna', 'DEMO000003'], date: daysBack(3),
    dx: ['M54.50', 'Z68.25'], px: [['99203', '210.00', [1, 2]], ['97110', '60.00', [1]]], moves: [] },
  { who: ['Demo', 'Devon', '1985-01-09', 'M'], payer: ['00430', 'Medicare Part B', 'DEMO000004A'], date: daysBack(70),
    dx: ['I25.10'], px: [['99215', '230.00', [1]]], moves: ['SUBMITTED'], rejectedBy277: true },
  { who: ['Demo', 'Ellis', '1966-05-22', 'F'], payer: ['87726', 'UnitedHealthcare', 'DEMO000005'], date: daysBack(40),
    dx: ['I10'], px: [['99213', '125.00', [1]]], moves: ['SUBMITTED', 'ACCEPTED'] },
  { who: ['Demo', 'Finley', '1979-09-08', 'M'], payer: ['60054', 'Aetna', 'DEMO000006'], date: daysBack(100),
    dx: ['E11.9'], px: [['99214', '165.00', [1]], ['83036', '45.50', [1]]], moves: ['SUBMITTED', 'ACCEPTED'] },
  { who: ['Demo', 'Gray', '1950-12-01', 'M'], payer: ['00430', 'Medicare Part B', 'DEMO000007A'], date: daysBack(135),
    dx: ['I25.10', 'I10'], px: [['99214', '165.00', [1, 2]]], moves: ['SUBMITTED', 'ACCEPTED'] },
  { who: ['Demo', 'Harper', '1988-02-27', 'F'], payer: ['60054', 'Aetna', 'DEMO000008'], date: daysBack(55),
    dx: ['J06.9'], px: [['99213', '125.00', [1]]], moves: ['SUBMITTED'] },
  // never sent: 80 days after the visit, Aetna's 90-day filing limit is 10 days away (a FILING_DEADLINE item)
  { who: ['Demo', 'Indigo', '1983-07-19', 'F'], payer: ['60054', 'Aetna', 'DEMO000011'], date: daysBack(80),
    dx: ['E11.9'], px: [['99213', '125.00', [1]]], moves: [] },
  // the past of three claims, set back after loading (backdate below): sent 6 days ago and never acknowledged
  // (NO_ACKNOWLEDGEMENT after 3 days), accepted 45 days ago and never paid (NO_PAYMENT after 30 days), and denied by
  // Medicare 100 days ago (APPEAL_DEADLINE: its 120-day appeal limit ends in 20 days)
  { who: ['Demo', 'Jules', '1975-10-05', 'M'], payer: ['60054', 'Aetna', 'DEMO000014'], date: daysBack(9),
    dx: ['J06.9'], px: [['99213', '125.00', [1]]], moves: ['SUBMITTED'], past: { READY: 7, SUBMITTED: 6 } },
  { who: ['Demo', 'Kai', '1969-02-14', 'F'], payer: ['87726', 'UnitedHealthcare', 'DEMO000015'], date: daysBack(52),
    dx: ['I10'], px: [['99213', '125.00', [1]]], moves: ['SUBMITTED', 'ACCEPTED'],
    past: { READY: 50, SUBMITTED: 48, ACCEPTED: 45 } },
  { who: ['Demo', 'Lane', '1949-06-21', 'F'], payer: ['00430', 'Medicare Part B', 'DEMO000016A'], date: daysBack(130),
    dx: ['I25.10'], px: [['99214', '165.00', [1]]], moves: ['SUBMITTED', 'ACCEPTED'],
    denied: [{ groupCode: 'CO', reasonCode: '50', amount: '165.00' }],
    past: { READY: 126, SUBMITTED: 125, ACCEPTED: 122, DENIED: 100 } },
];

// The demo's past. The public APIs date every move now, and the time-driven work items need time to have passed,
// so after loading, the claims with `past` get their history set back, straight in the local DynamoDB (dynalite):
// the last move to each named status N days ago, submittedAt with the move to SUBMITTED, and the index sort keys
// that follow those dates. Only the local run does this, once, to its own demo practice.
async function dynamo(op, body) {
  const res = await fetch(process.env.DEMO_DYNAMODB_ENDPOINT, { method: 'POST', body: JSON.stringify(body), headers: {
    'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.' + op, 'x-amz-date': '20260101T000000Z',
    authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, '
      + 'SignedHeaders=host;x-amz-date, Signature=local' } });
  const text = await res.text();
  if (!res.ok) throw new Error('DynamoDB ' + op + ' -> ' + res.status + ' ' + text);
  return JSON.parse(text);
}
function daysAgo(days, minutes) {
  return new Date(Date.now() - days * 86400000 - (minutes || 0) * 60000);
}
// Keys.instant: fixed-width microseconds, so that the string order of a sort key is time order
const sortInstant = (d) => d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
async function backdate(practice, claimId, past) {
  const table = (process.env.DEMO_TABLE_PREFIX || 'billing-') + 'claims';
  const key = { pk: { S: practice + '#' + claimId } };
  const item = (await dynamo('GetItem', { TableName: table, Key: key, ConsistentRead: true })).Item;
  const body = JSON.parse(item.body.S);
  const history = body.lifecycle.history;
  for (const [status, days] of Object.entries(past)) {
    for (let i = history.length - 1; i >= 0; i--) {
      if (history[i].to === status) {
        history[i].at = daysAgo(days, i).toISOString();
        break;
      }
    }
  }
  body.lifecycle.createdAt = history[0].at;
  if (past.SUBMITTED) body.lifecycle.submittedAt = daysAgo(past.SUBMITTED, 1).toISOString();
  const version = Number(item.version.N);
  item.body = { S: JSON.stringify(body) };
  item.version = { N: String(version + 1) };
  item.createdAt = { S: body.lifecycle.createdAt };
  item.createdSk = { S: sortInstant(new Date(body.lifecycle.createdAt)) + '#' + claimId };
  if (item.ageSk) {
    item.ageSk = { S: sortInstant(new Date(body.lifecycle.submittedAt || body.lifecycle.createdAt)) + '#' + claimId };
  }
  await dynamo('PutItem', { TableName: table, Item: item, ConditionExpression: 'version = :v',
    ExpressionAttributeValues: { ':v': { N: String(version) } } });
}

function remittance(claimNumber, serviceDate) {
  const dos = serviceDate.replaceAll('-', '');
  // a synthetic 835 from the demo payer: 99214 and 83036 paid, part contractual (CO 45), part deductible (PR 1)
  const segs = [
    'ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*LAKESIDE01     *261120*0900*^*00501*000000901*0*P*:',
    'GS*HP*ACMEPAYER*LAKESIDE01*20261120*0900*901*X*005010X221A1',
    'ST*835*0001*005010X221A1',
    'BPR*I*150.4*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120',
    'TRN*1*DEMOEFT0001*1123456789', 'DTM*405*20261120',
    'N1*PR*AETNA', 'N3*1 PAYER WAY', 'N4*HARTFORD*CT*06101', 'REF*2U*60054',
    'N1*PE*LAKESIDE FAMILY PRACTICE*XX*1234567893', 'LX*1',
    'CLP*' + claimNumber + '*1*210.5*150.4*20*12*DEMOPCN0001*11*1',
    'NM1*QC*1*AVERY*DEMO****MI*DEMO000001',
    'SVC*HC:99214*165*120**1', 'DTM*472*' + dos, 'CAS*CO*45*30', 'CAS*PR*1*15', 'REF*6R*1',
    'SVC*HC:83036*45.5*30.4**1', 'DTM*472*' + dos, 'CAS*CO*45*10.1', 'CAS*PR*1*5', 'REF*6R*2',
  ];
  const count = segs.length - 2 + 1; // ST through SE
  segs.push('SE*' + count + '*0001', 'GE*1*901', 'IEA*1*000000901');
  return segs.join('~\n') + '~\n';
}

// A second 835 from the same payer: a denial for medical necessity (CO-50), and the first claim's payment reversed
// (CLP02 22) and paid again with a smaller patient share, as payers correct their own adjudications.
function secondRemittance(denied, reversed) {
  const dos = (d) => d.replaceAll('-', '');
  const segs = [
    'ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*LAKESIDE01     *261127*0900*^*00501*000000902*0*P*:',
    'GS*HP*ACMEPAYER*LAKESIDE01*20261127*0900*902*X*005010X221A1',
    'ST*835*0001*005010X221A1',
    'BPR*I*10*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261127',
    'TRN*1*DEMOEFT0002*1123456789', 'DTM*405*20261127',
    'N1*PR*AETNA', 'N3*1 PAYER WAY', 'N4*HARTFORD*CT*06101', 'REF*2U*60054',
    'N1*PE*LAKESIDE FAMILY PRACTICE*XX*1234567893', 'LX*1',
    'CLP*' + denied.number + '*4*210.5*0*0*12*DEMOPCN0006*11*1',
    'SVC*HC:99214*165*0**1', 'DTM*472*' + dos(denied.date), 'CAS*CO*50*165', 'REF*6R*1',
    'SVC*HC:83036*45.5*0**1', 'DTM*472*' + dos(denied.date), 'CAS*CO*50*45.5', 'REF*6R*2',
    'CLP*' + reversed.number + '*22*-210.5*-150.4*-20*12*DEMOPCN0001*11*1',
    'SVC*HC:99214*-165*-120**-1', 'DTM*472*' + dos(reversed.date), 'CAS*CO*45*-30', 'CAS*PR*1*-15', 'REF*6R*1',
    'SVC*HC:83036*-45.5*-30.4**-1', 'DTM*472*' + dos(reversed.date), 'CAS*CO*45*-10.1', 'CAS*PR*1*-5', 'REF*6R*2',
    'CLP*' + reversed.number + '*1*210.5*160.4*10*12*DEMOPCN0001*11*1',
    'SVC*HC:99214*165*125**1', 'DTM*472*' + dos(reversed.date), 'CAS*CO*45*30', 'CAS*PR*1*10', 'REF*6R*1',
    'SVC*HC:83036*45.5*35.4**1', 'DTM*472*' + dos(reversed.date), 'CAS*CO*45*10.1', 'REF*6R*2',
  ];
  const count = segs.length - 2 + 1;
  segs.push('SE*' + count + '*0001', 'GE*1*902', 'IEA*1*000000902');
  return segs.join('~\n') + '~\n';
}

// The clearinghouse's 277CA for the demo batch: the Medicare claim rejected (a REJECTION work item, fix and resend)
function rejecting277(claimNumber, serviceDate, charge) {
  const segs = [
    'ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*LAKESIDE01     *261120*0900*^*00501*000000903*0*P*:',
    'GS*HN*ACMEPAYER*LAKESIDE01*20261120*0900*903*X*005010X214',
    'ST*277*0001*005010X214',
    'BHT*0085*08*DEMO277CA1*20261120*0900*TH', 'HL*1**20*1', 'NM1*PR*2*MEDICARE PART B*****PI*00430',
    'TRN*1*DEMO277CA1', 'DTP*050*D8*20261120', 'DTP*009*D8*20261120',
    'HL*2*1*21*1', 'NM1*41*2*LAKESIDE FAMILY PRACTICE*****46*LAKESIDE01', 'TRN*2*DEMO-BATCH',
    'STC*A1:19:PR*20261120*WQ*' + charge, 'HL*3*2*19*1',
    'NM1*85*2*LAKESIDE FAMILY PRACTICE*****XX*1234567893', 'TRN*1*0', 'REF*TJ*123456789',
    'HL*4*3*PT', 'NM1*QC*1*DEVON*DEMO****MI*DEMO000004A', 'TRN*2*' + claimNumber,
    'STC*A7:562:85*20261120*U*' + charge + '******A7:128', 'DTP*472*D8*' + serviceDate.replaceAll('-', ''),
  ];
  const count = segs.length - 2 + 1;
  segs.push('SE*' + count + '*0001', 'GE*1*903', 'IEA*1*000000903');
  return segs.join('~\n') + '~\n';
}

// An 835 of one payer with the given claim segments (CLP and what follows), under its own trace and control numbers.
function an835(trace, payerName, payerRef, bpr, ctl, claimSegs) {
  const segs = [
    'ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*LAKESIDE01     *261201*0900*^*00501*00000' + ctl + '*0*P*:',
    'GS*HP*ACMEPAYER*LAKESIDE01*20261201*0900*' + ctl + '*X*005010X221A1',
    'ST*835*0001*005010X221A1',
    'BPR*I*' + bpr + '*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261201',
    'TRN*1*' + trace + '*1123456789', 'DTM*405*20261201',
    'N1*PR*' + payerName, 'REF*2U*' + payerRef,
    'N1*PE*LAKESIDE FAMILY PRACTICE*XX*1234567893', 'LX*1', ...claimSegs,
  ];
  const count = segs.length - 2 + 1;
  segs.push('SE*' + count + '*0001', 'GE*1*' + ctl, 'IEA*1*00000' + ctl);
  return segs.join('~\n') + '~\n';
}

// Two patients with two coverages each (issue 19): the first's Medicare claim is crossed over to the supplement by
// Medicare itself (no 837P from the practice), the second's commercial secondary gets its own 837P; each patient is
// invoiced only after the last payer's 835.
async function payerChains(coder, biller) {
  const chained = [
    { who: ['Demo', 'Jordan', '1946-08-12', 'M'], date: daysBack(45), key: 'crossover',
      coverages: [['00430', 'Medicare Part B', 'DEMO000012A', 'MB'], ['36273', 'Demo Medigap Supplement', 'DEMO000012G', 'CI']] },
    { who: ['Demo', 'Kendall', '1981-04-03', 'F'], date: daysBack(35), key: 'two-plans',
      coverages: [['60054', 'Aetna', 'DEMO000013'], ['87726', 'UnitedHealthcare', 'DEMO000013S']].map((c) => [...c, 'CI']) },
  ];
  const made = [];
  for (const [i, v] of chained.entries()) {
    const [first, last, dob, sex] = v.who;
    const encounter = {
      patient: { id: 'DEMO-P' + (20 + i), firstName: first, lastName: last, dateOfBirth: dob, sex,
        address: { line1: (20 + i) + '00 Demo Avenue', city: 'Springfield', state: 'IL', postalCode: '62704' } },
      coverages: v.coverages.map(([payerId, payerName, memberId, filingIndicator]) =>
        ({ payerId, payerName, memberId, relationship: 'SELF', filingIndicator })),
      billingProvider: provider, renderingProvider: rendering,
      assignmentOfBenefits: true, releaseOfInformation: 'Y', signatureOnFile: true,
      serviceDate: v.date, placeOfService: '11', diagnoses: ['I10'],
      procedures: [{ code: '99213', charge: '125.00', diagnosisPointers: [1] }],
    };
    const e = await call(codeValidation, 'POST', '/encounters', coder, encounter, 'demo-chain-encounter-' + v.key);
    const c = await call(claimCreation, 'POST', '/claims', biller, { encounterId: e.id }, 'demo-chain-claim-' + v.key);
    await call(claimStatus, 'POST', '/submissions', biller, { claimIds: [c.id] }, 'demo-chain-submission-' + v.key);
    made.push(c);
  }
  const [medicare, commercial] = made;
  // Medicare pays 80 of the 100 allowed and forwards the claim (CLP02 19, NM1*TT) to the supplement
  const crossed = await postX12('/remittances', biller, an835('DEMOMCR0012', 'MEDICARE PART B', '00430', '80', '0911', [
    'CLP*' + medicare.claimNumber + '*19*125*80*20*MB*DEMOMCR0012A*11*1',
    'NM1*TT*2*DEMO MEDIGAP SUPPLEMENT*****PI*36273',
    'SVC*HC:99213*125*80**1', 'CAS*CO*45*25', 'CAS*PR*2*20', 'REF*6R*1']));
  // the supplement's 835 names the claim number Medicare forwarded; it pays the coinsurance but 5.00
  const gap = await postX12('/remittances', biller, an835('DEMOGAP0012', 'DEMO MEDIGAP SUPPLEMENT', '36273', '15', '0912', [
    'CLP*' + medicare.claimNumber + '*2*125*15*5*CI*DEMOGAP0012A*11*1',
    'SVC*HC:99213*125*15**1', 'CAS*OA*23*105', 'CAS*PR*2*5', 'REF*6R*1']));
  console.log('  demo crossover: Medicare paid ' + crossed.claimsPaid + ' claim and crossed it over; the supplement '
    + 'paid, patient invoices ' + gap.invoicesCreated.join(', '));
  // Aetna pays first; the patient's share goes to UnitedHealthcare on its own 837P, which pays part of it
  const primary = await postX12('/remittances', biller, an835('DEMOAET0013', 'AETNA', '60054', '90', '0913', [
    'CLP*' + commercial.claimNumber + '*1*125*90*10*CI*DEMOAET0013A*11*1',
    'SVC*HC:99213*125*90**1', 'CAS*CO*45*25', 'CAS*PR*3*10', 'REF*6R*1']));
  // the secondary claim's id is the primary's and the place (".S"): made READY by the primary's 835
  const secondary = await call(claimCreation, 'GET', '/claims/' + commercial.id + '.S', biller);
  await call(claimStatus, 'POST', '/submissions', biller, { claimIds: [secondary.id] }, 'demo-chain-submission-secondary');
  const second = await postX12('/remittances', biller, an835('DEMOUHC0013', 'UNITEDHEALTHCARE', '87726', '6', '0914', [
    'CLP*' + secondary.claimNumber + '*2*125*6*4*CI*DEMOUHC0013A*11*1',
    'SVC*HC:99213*125*6**1', 'CAS*OA*23*115', 'CAS*PR*3*4', 'REF*6R*1']));
  console.log('  demo two plans: Aetna paid ' + primary.claimsPaid + ' (no patient invoice yet), secondary claim '
    + secondary.claimNumber + ' sent on its own 837P and paid; patient invoices ' + second.invoicesCreated.join(', '));
}

// A claim status inquiry (276) about the claims still waiting on their payer, and the payer's 277 answer (issue 20):
// the first is pending for information the payer asked for (a CLAIM_STATUS work item), the others are in process.
async function statusInquiry(biller, claimIds) {
  const inquiry = await call(claimStatus, 'POST', '/claim-status-inquiries', biller, { claimIds }, 'demo-inquiry-1');
  const body = ['ST*277*0001*005010X212', 'BHT*0010*08*' + inquiry.id + '*20261201*0900*DG',
    'HL*1**20*1', 'NM1*PR*2*DEMO PAYER*****PI*60054', 'HL*2*1*21*1', 'NM1*41*2*LAKESIDE FAMILY PRACTICE*****46*LAKESIDE01',
    'HL*3*2*19*1', 'NM1*1P*2*LAKESIDE FAMILY PRACTICE*****XX*1234567893'];
  inquiry.claims.forEach((c, i) => body.push('HL*' + (4 + i) + '*3*22*0', 'NM1*IL*1*DEMO*PATIENT****MI*DEMO0000' + i,
    'TRN*2*' + c.trace, i === 0 ? 'STC*P3:21*20261201' : 'STC*A2:20*20261201', 'REF*EJ*' + c.claimNumber));
  const x12 = ['ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*LAKESIDE01     *261201*0900*^*00501*000000915*0*P*:',
    'GS*HN*ACMEPAYER*LAKESIDE01*20261201*0900*915*X*005010X212', ...body, 'SE*' + (body.length + 1) + '*0001',
    'GE*1*915', 'IEA*1*000000915'].join('~\n') + '~\n';
  const answer = await postX12('/acknowledgements', biller, x12);
  console.log('  demo 276/277: asked about ' + inquiry.claims.length + ' claims (inquiry ' + inquiry.id + '); the payer '
    + 'answered ' + answer.statuses.length + ', one pending for information (a work item)');
}

async function postX12(path, token, body) {
  const r = await fetch(claimStatus + path, {
    method: 'POST', headers: { 'content-type': 'application/edi-x12', authorization: 'Bearer ' + token }, body,
  });
  if (!r.ok) throw new Error(path + ' -> ' + r.status + ' ' + (await r.text()));
  return r.json();
}

(async () => {
  const coder = process.env.CODER_TOKEN;
  const biller = process.env.BILLER_TOKEN;
  const admin = process.env.ADMIN_TOKEN;
  await fetch(claimCreation + '/practice/settings', {
    method: 'PUT', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + admin },
    body: JSON.stringify({ submitterId: 'LAKESIDE01', submitterName: 'LAKESIDE FAMILY PRACTICE',
      submitterContact: { name: 'BILLING OFFICE', phone: '2175550100' }, receiverId: 'ACMEPAYER',
      receiverName: 'ACME CLEARINGHOUSE', timeZone: 'America/Chicago', statementDueDays: 30 }),
  }).then((r) => { if (!r.ok) throw new Error('practice settings -> ' + r.status); });
  let n = 0;
  const claims = [];
  for (const v of visits) {
    n++;
    const [first, last, dob, sex] = v.who;
    const encounter = {
      patient: { id: 'DEMO-P' + n, firstName: first, lastName: last, dateOfBirth: dob, sex,
        address: { line1: n + '00 Demo Avenue', city: 'Springfield', state: 'IL', postalCode: '62704' } },
      coverage: { payerId: v.payer[0], payerName: v.payer[1], memberId: v.payer[2], relationship: 'SELF', filingIndicator: v.payer[0] === '00430' ? 'MB' : 'CI' },
      billingProvider: provider, renderingProvider: rendering,
      assignmentOfBenefits: true, releaseOfInformation: 'Y', signatureOnFile: true,
      serviceDate: v.date, placeOfService: '11', diagnoses: v.dx,
      procedures: v.px.map(([code, charge, pointers]) => ({ code, charge, diagnosisPointers: pointers })),
    };
    const e = await call(codeValidation, 'POST', '/encounters', coder, encounter, 'demo-encounter-' + n);
    const c = await call(claimCreation, 'POST', '/claims', biller, { encounterId: e.id }, 'demo-claim-' + n);
    claims.push({ v, c });
  }
  // one 837P batch for the claims that were sent, then the payers' answers
  const sent = claims.filter((x) => x.v.moves.includes('SUBMITTED'));
  const submission = await call(claimStatus, 'POST', '/submissions', biller, { claimIds: sent.map((x) => x.c.id) }, 'demo-submission-1');
  console.log('  demo submission ' + submission.id + ': ' + sent.length + ' claims in one 837P');
  for (const { v, c } of sent) {
    for (const status of v.moves.filter((m) => m !== 'SUBMITTED')) {
      await call(claimStatus, 'POST', '/claims/' + c.id + '/status', biller, { status, reason: 'demo data' });
    }
  }
  for (const { v, c } of sent.filter((x) => x.v.denied)) {
    await call(claimStatus, 'POST', '/claims/' + c.id + '/status', biller, { status: 'DENIED', adjudication: {
      paidAmount: '0.00', payerClaimControlNumber: 'DEMODENY' + c.claimNumber.slice(-4), adjustments: v.denied } },
    'demo-denial-' + c.id);
  }
  for (const { v, c } of claims.filter((x) => x.v.past)) {
    await backdate(process.env.DEMO_PRACTICE, c.id, v.past);
  }
  console.log('  demo past: ' + claims.filter((x) => x.v.past).length + ' claims set back (sent, accepted, denied days ago)');
  for (const { v, c } of sent.filter((x) => x.v.rejectedBy277)) {
    const ack = await postX12('/acknowledgements', biller, rejecting277(c.claimNumber, v.date, v.px[0][1].replace(/\.00$/, '')));
    console.log('  demo 277CA: claim ' + c.claimNumber + ' rejected (' + JSON.stringify(ack.claimsRejected ?? ack) + ')');
  }
  const paid = await postX12('/remittances', biller, remittance(claims[0].c.claimNumber, claims[0].v.date));
  console.log('  demo 835: ' + paid.claimsPaid + ' paid, patient invoices ' + paid.invoicesCreated.join(', '));
  const second = await postX12('/remittances', biller, secondRemittance(
    { number: claims[5].c.claimNumber, date: claims[5].v.date }, { number: claims[0].c.claimNumber, date: claims[0].v.date }));
  console.log('  demo 835 #2: ' + second.claimsDenied + ' denied (CO-50), ' + second.claimsReversed
    + ' reversed and paid again (invoices voided: ' + (second.invoicesVoided || []).map((x) => x.invoiceId).join(', ') + ')');
  // a paper EOB entered by hand: Medicare pays the visit, the coinsurance goes to the patient
  await call(claimStatus, 'POST', '/claims/' + claims[6].c.id + '/status', biller, { status: 'PAID', adjudication: {
    paidAmount: '105.00', payerClaimControlNumber: 'DEMOMCR0007', adjustments: [
      { groupCode: 'CO', reasonCode: '45', amount: '33.00' }, { groupCode: 'PR', reasonCode: '2', amount: '27.00' }] } },
    'demo-eob-1');
  // the same patient reports a supplement after Medicare has paid and the coinsurance was invoiced (issue 19): the
  // supplement's claim is made at once from Medicare's verdict, and the patient's invoice moves to it
  const later = await call(claimStatus, 'POST', '/claims/' + claims[6].c.id + '/coverages', biller, { coverage: {
    payerId: '36273', payerName: 'Demo Medigap Supplement', memberId: 'DEMO000007G', relationship: 'SELF',
    filingIndicator: 'CI' } }, 'demo-later-coverage-1');
  console.log('  demo later coverage: claim ' + claims[6].c.claimNumber + ' -> next claim ' + later.chain.nextClaimId
    + ' (the coinsurance invoice moved to the supplement)');
  // the rejected claim corrected in place (READY again), and a claim entered twice voided
  const rejected = await call(claimCreation, 'GET', '/claims/' + claims[3].c.id, biller);
  await call(claimCreation, 'POST', '/claims/' + claims[3].c.id + '/corrections', biller,
    { encounter: { diagnoses: ['I25.10', 'I10'] }, expectedVersion: rejected.version }, 'demo-correction-1');
  await call(claimCreation, 'POST', '/claims/' + claims[4].c.id + '/void', biller,
    { reason: 'visit entered twice' }, 'demo-void-1');
  console.log('  demo: a paper EOB posted by hand, a rejected claim corrected, a claim voided');
  // a self-pay visit, its invoice and a first payment
  const selfPay = {
    patient: { id: 'DEMO-P9', firstName: 'Demo', lastName: 'Emerson', dateOfBirth: '1994-04-17', sex: 'U',
      address: { line1: '900 Demo Avenue', city: 'Springfield', state: 'IL', postalCode: '62704' } },
    coverage: null, billingProvider: provider, renderingProvider: rendering,
    serviceDate: daysBack(12), placeOfService: '11', diagnoses: ['J06.9'],
    procedures: [{ code: '99213', charge: '125.00', diagnosisPointers: [1] }],
  };
  const e = await call(codeValidation, 'POST', '/encounters', coder, selfPay, 'demo-encounter-self-pay');
  const invoice = await call(claimStatus, 'POST', '/encounters/' + e.id + '/invoice', biller, null, 'demo-invoice-1');
  await call(claimStatus, 'POST', '/invoices/' + invoice.id + '/payments', biller,
    { amount: '40.00', method: 'CARD', reference: 'demo' }, 'demo-payment-1');
  console.log('  demo self-pay invoice ' + invoice.invoiceNumber + ': 125.00 due, 40.00 paid');
  await payerChains(coder, biller);
  // the two claims sent and never answered
  await statusInquiry(biller, [claims[1].c.id, claims[7].c.id]);
  // the work queue's time-driven checks once now (the local timer repeats them every minute): the claim whose
  // filing limit is near, the claims set back (no acknowledgement, no payment, an appeal deadline) open their items;
  // the 277CA's rejection and the CO-50 denials opened theirs already
  let run = await call(claimStatus, 'POST', '/work-items/checks', admin, null);
  while (run.busy) { // the local timer's run of the checks is going: they hold the practice until it ends
    await new Promise((resolve) => setTimeout(resolve, 1000));
    run = await call(claimStatus, 'POST', '/work-items/checks', admin, null);
  }
  const items = await call(claimStatus, 'GET', '/work-items?first=100', biller, null);
  const kinds = {};
  for (const i of items.items) kinds[i.category] = (kinds[i.category] || 0) + 1;
  console.log('  demo work queue: ' + run.opened + ' opened by this run of the checks (the local timer may have run them'
    + ' first); open items ' + JSON.stringify(kinds));
})().catch((e) => {
  console.error('demo data failed: ' + e.message);
  process.exit(1);
});
