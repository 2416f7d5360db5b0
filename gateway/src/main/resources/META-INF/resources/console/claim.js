// One claim: who and what, amounts, adjustments with their CARC/RARC words, the history as a timeline, the
// 837P preview download, and (billers, admins) the moves the contract allows from its status.
import { ApiError } from './api.js';
import { hasAnyRole } from './auth.js';
import { date, dateTime, el, facts, money, personName, saveBlob, table } from './format.js';
import { label, movesByHand, needsCorrection } from './transitions.js';

// one claim of the chain of payers as a step: who pays at that place, where it stands, what it still owes
const STEP = 'id claimNumber status payerSequence sentByCrossover insuranceBalance payer { payerId payerName }';
const FIELDS = `id claimNumber encounterId status frequency originalClaimId replacedByClaimId version
  payer { payerId payerName } patient { id firstName lastName dateOfBirth sex }
  serviceDate diagnoses lines { lineNumber code modifiers units charge diagnosisPointers serviceDate paidAmount }
  totalCharge paidAmount contractualAdjustment patientResponsibility insuranceBalance
  adjustments { groupCode reasonCode description amount lineNumber } remarks { code description lineNumber }
  history { from to at actor reason } invoiceIds payerClaimControlNumber submissionId
  warnings { rule field message } createdAt updatedAt submittedAt ageDays payerSequence sentByCrossover
  previousClaim { ${STEP} previousClaim { ${STEP} } } nextClaim { ${STEP} nextClaim { ${STEP} } }`;

const QUERY = `query Claim($id: ID!) { claim(id: $id) { ${FIELDS} } }`;
const MOVE = `mutation Move($id: ID!, $status: ClaimStatus!, $reason: String, $expectedVersion: Int) {
  updateClaimStatus(id: $id, status: $status, reason: $reason, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const PREVIEW = `query Preview($id: ID!) { claim(id: $id) { claimNumber x12Preview } }`;
// The words of each diagnosis, from the edition in force on the date of service. ICD-10-CM (and ICD-9-CM) texts
// are public; CPT's are the AMA's, so procedure lines show their codes only.
const DIAGNOSES = `query Diagnoses($codes: [CodeRef!]!, $on: Date) {
  validateCodes(codes: $codes, on: $on) { code normalized display } }`;
const ICD10_START = '2015-10-01';

export async function render(ctx, id) {
  const data = await ctx.api.graphql(QUERY, { id });
  await show(ctx, data.claim);
  ctx.focusHeading();
  ctx.announce(`Claim ${data.claim.claimNumber} loaded.`);
}

/** code → description of a claim's diagnoses; empty when they cannot be looked up (the codes still show). */
async function diagnosisWords(ctx, c) {
  const codes = c.diagnoses || [];
  if (!codes.length) return new Map();
  const system = c.serviceDate && c.serviceDate < ICD10_START ? 'ICD9CM' : 'ICD10CM';
  try {
    const data = await ctx.api.graphql(DIAGNOSES, { codes: codes.map((code) => ({ system, code })), on: c.serviceDate || null });
    return new Map((data.validateCodes || []).map((v, i) => [codes[i], v.display || '']));
  } catch {
    return new Map();
  }
}

async function show(ctx, c) {
  const words = await diagnosisWords(ctx, c);
  const canMove = hasAnyRole(ctx.who, 'biller', 'admin');
  const canPreview = hasAnyRole(ctx.who, 'biller', 'analyst', 'admin');
  // only nodes: replaceChildren writes anything else (a null) as text
  ctx.main.replaceChildren(...[
    el('p', { class: 'back' }, el('a', { href: '#/worklist' }, '← Open claims')),
    el('h2', { id: 'claim-heading' }, 'Claim ', c.claimNumber, ' ',
      el('span', { class: 'badge status-' + c.status.toLowerCase(), id: 'claim-status', dataset: { status: c.status } }, label(c.status))),
    el('div', { class: 'grid' },
      el('section', { class: 'panel', 'aria-labelledby': 'h-summary' },
        el('h3', { id: 'h-summary' }, 'Summary'),
        facts([
          ['Patient', personName(c.patient)],
          ['Date of birth', date(c.patient && c.patient.dateOfBirth)],
          ['Payer', c.payer ? `${c.payer.payerName || ''} (${c.payer.payerId || '?'})` : '—'],
          ['Service date', date(c.serviceDate)],
          ['Age', `${c.ageDays} days`],
          ['Frequency', frequency(c.frequency)],
          ['Payer control number', c.payerClaimControlNumber || '—'],
          ['Replaces', c.originalClaimId ? el('a', { href: '#/claims/' + encodeURIComponent(c.originalClaimId) }, 'the original claim') : '—'],
          ['Replaced by', c.replacedByClaimId ? el('a', { href: '#/claims/' + encodeURIComponent(c.replacedByClaimId) }, 'the replacement claim') : '—'],
          ['Created', dateTime(c.createdAt)],
          ['Submitted', dateTime(c.submittedAt)],
          ['Version', String(c.version)],
        ])),
      el('section', { class: 'panel', 'aria-labelledby': 'h-amounts' },
        el('h3', { id: 'h-amounts' }, 'Amounts'),
        facts([
          ['Total charge', money(c.totalCharge)],
          ['Paid by the payer', money(c.paidAmount)],
          ['Contractual adjustment', money(c.contractualAdjustment)],
          ['Patient responsibility', money(c.patientResponsibility)],
          ['Insurance balance', el('strong', {}, money(c.insuranceBalance))],
        ], { class: 'facts amounts' }),
        (c.invoiceIds || []).length
          ? el('p', {}, 'Invoices: ', c.invoiceIds.map((id, i) => [i ? ', ' : '', el('a', { href: '#/invoices/' + encodeURIComponent(id) }, 'invoice ' + (i + 1))]))
          : null)),
    chain(c),
    canMove ? actions(ctx, c) : null,
    el('section', { class: 'panel', 'aria-labelledby': 'h-coding' },
      el('h3', { id: 'h-coding' }, 'Diagnoses and lines'),
      el('ol', { class: 'diagnoses', 'aria-label': 'Diagnoses, in pointer order' }, (c.diagnoses || []).map((d) => el('li', {},
        el('code', {}, d), words.get(d) ? [' ', el('span', { class: 'code-words' }, words.get(d))] : null))),
      table({
        caption: 'Service lines',
        head: ['Line', 'Code', 'Modifiers', 'Units', 'Diagnosis pointers', 'Service date', 'Charge', 'Paid'],
        numeric: [3, 6, 7],
        rows: (c.lines || []).map((l) => [String(l.lineNumber), el('code', {}, l.code), (l.modifiers || []).join(' ') || '—',
          String(l.units), (l.diagnosisPointers || []).join(', '), date(l.serviceDate), money(l.charge), money(l.paidAmount)]),
      })),
    el('section', { class: 'panel', 'aria-labelledby': 'h-adjudication' },
      el('h3', { id: 'h-adjudication' }, 'Adjustments and remarks'),
      (c.adjustments || []).length
        ? table({
          caption: 'Adjustments (CARC)',
          head: ['Group', 'Reason', 'Description', 'Line', 'Amount'],
          numeric: [4],
          rows: c.adjustments.map((a) => [a.groupCode, el('code', {}, a.reasonCode), a.description || '—',
            a.lineNumber ? String(a.lineNumber) : 'claim', money(a.amount)]),
        })
        : el('p', { class: 'empty' }, 'No adjustments.'),
      (c.remarks || []).length
        ? el('dl', { class: 'remarks', 'aria-label': 'Remarks (RARC)' }, c.remarks.map((r) => [el('dt', {}, el('code', {}, r.code), r.lineNumber ? ` (line ${r.lineNumber})` : ''), el('dd', {}, r.description || '—')]))
        : el('p', { class: 'empty' }, 'No remarks.'),
      (c.warnings || []).length
        ? el('ul', { class: 'warnings', 'aria-label': 'Warnings' }, c.warnings.map((w) => el('li', {}, el('code', {}, w.rule), ' ', w.message)))
        : null),
    el('section', { class: 'panel', 'aria-labelledby': 'h-history' },
      el('h3', { id: 'h-history' }, 'History'),
      el('ol', { class: 'timeline', id: 'history' }, (c.history || []).map((h) => el('li', { dataset: { to: h.to } },
        el('time', { datetime: h.at }, dateTime(h.at)),
        el('span', { class: 'move' }, h.from ? `${label(h.from)} → ${label(h.to)}` : `created ${label(h.to)}`),
        el('span', { class: 'actor' }, 'by ' + (h.actor || 'unknown')),
        h.reason ? el('span', { class: 'reason' }, h.reason) : null)))),
    canPreview
      ? el('section', { class: 'panel', 'aria-labelledby': 'h-x12' },
        el('h3', { id: 'h-x12' }, 'X12 837P'),
        el('p', {}, 'A preview of this claim as an 837P transaction (not sent anywhere).'),
        el('button', { type: 'button', id: 'download-837', onclick: () => download837(ctx, c.id) }, 'Download 837P preview'))
      : null].filter((node) => node));
}

function actions(ctx, c) {
  // only the moves a status move makes: a VOIDED move is the void; a replacement needs a correction
  const moves = movesByHand(c.status);
  const reason = el('input', { id: 'move-reason', type: 'text', maxlength: '200', autocomplete: 'off' });
  return el('section', { class: 'panel', 'aria-labelledby': 'h-actions' },
    el('h3', { id: 'h-actions' }, 'Move this claim'),
    needsCorrection(c.status, 'REPLACED')
      ? el('p', { id: 'replace-hint' }, 'To replace this claim, correct it (POST /claims/{id}/corrections): the correction makes the replacement claim.')
      : null,
    moves.length
      ? [
        el('div', { class: 'field' }, el('label', { for: 'move-reason' }, 'Reason (optional, kept in the history)'), reason),
        el('div', { class: 'actions', role: 'group', 'aria-label': 'Allowed next statuses' },
          moves.map((to) => el('button', {
            type: 'button', class: 'move-button', dataset: { to },
            onclick: (event) => move(ctx, c, to, reason.value.trim(), event.currentTarget),
          }, 'Mark ' + label(to)))),
      ]
      : el('p', {}, `A ${label(c.status)} claim is final: no further moves.`));
}

async function move(ctx, c, to, reason, button) {
  for (const b of ctx.main.querySelectorAll('.move-button')) b.disabled = true;
  ctx.announce(`Moving claim ${c.claimNumber} to ${label(to)}…`);
  try {
    const data = await ctx.api.graphql(MOVE, { id: c.id, status: to, reason: reason || null, expectedVersion: c.version });
    await show(ctx, data.updateClaimStatus);
    ctx.focusHeading();
    ctx.announce(`Claim ${c.claimNumber} is now ${label(data.updateClaimStatus.status)}.`);
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'conflict') {
      const fresh = await ctx.api.graphql(QUERY, { id: c.id });
      await show(ctx, fresh.claim);
      ctx.alert(`Someone changed claim ${c.claimNumber} since you opened it (now ${label(fresh.claim.status)}, version ${fresh.claim.version}). `
        + 'It has been reloaded: check it and try again.');
      ctx.focusHeading();
      return;
    }
    for (const b of ctx.main.querySelectorAll('.move-button')) b.disabled = false;
    ctx.alert(e.message);
    if (button && button.isConnected) button.focus();
  }
}

async function download837(ctx, id) {
  ctx.announce('Preparing the 837P preview…');
  try {
    const data = await ctx.api.graphql(PREVIEW, { id });
    const x12 = data.claim.x12Preview;
    saveBlob(new Blob([x12], { type: 'application/edi-x12' }), `${data.claim.claimNumber}-837p.x12`);
    ctx.announce('The 837P preview was downloaded.');
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'missing') ctx.alert('This server cannot preview X12 yet (no Claim.x12Preview field).');
    else ctx.alert(e.message);
  }
}

function frequency(code) {
  return { 1: 'original (1)', 7: 'replacement (7)', 8: 'void (8)' }[code] || code || '—';
}

const PLACES = { PRIMARY: 'Primary', SECONDARY: 'Secondary', TERTIARY: 'Tertiary' };

/**
 * The visit's claims to its payers in order (primary, secondary, tertiary) as steps, this claim marked current; the
 * patient is billed after the last. Null for a claim alone in its chain.
 */
function chain(c) {
  const before = [];
  for (let p = c.previousClaim; p; p = p.previousClaim) before.unshift(p);
  const after = [];
  for (let n = c.nextClaim; n; n = n.nextClaim) after.push(n);
  if (!before.length && !after.length && (c.payerSequence || 'PRIMARY') === 'PRIMARY') return null;
  const steps = [...before, c, ...after];
  return el('section', { class: 'panel', 'aria-labelledby': 'h-chain' },
    el('h3', { id: 'h-chain' }, 'Payers in order'),
    el('ol', { class: 'steps', id: 'claim-chain' }, steps.map((s) => el('li', {
      class: 'step status-' + s.status.toLowerCase(), dataset: { place: s.payerSequence, status: s.status },
      'aria-current': s.id === c.id ? 'step' : null,
    },
    el('strong', {}, PLACES[s.payerSequence] || s.payerSequence), ' ',
    s.id === c.id ? (s.payer ? s.payer.payerName || s.payer.payerId : '')
      : el('a', { href: '#/claims/' + encodeURIComponent(s.id) }, s.payer ? s.payer.payerName || s.payer.payerId : s.claimNumber),
    ' · claim ', s.claimNumber, ' · ', label(s.status),
    s.sentByCrossover ? ' · sent by crossover' : '',
    ' · owes ', money(s.insuranceBalance)))),
    el('p', { class: 'hint' }, 'The patient is invoiced after the last payer has answered.'));
}
