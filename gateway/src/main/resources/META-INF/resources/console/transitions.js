// The claim lifecycle's allowed moves, mirroring ClaimTransitions (billing-domain) and CONTRACT.md's table.
// ConsoleBrowserTest hands the Java table to the browser test, which checks this copy against it.

const ALLOWED = Object.freeze({
  READY: ['SUBMITTED', 'VOIDED'],
  SUBMITTED: ['ACCEPTED', 'REJECTED', 'VOIDED'],
  ACCEPTED: ['PAID', 'PARTIALLY_PAID', 'DENIED', 'VOIDED'],
  REJECTED: ['READY', 'VOIDED'],
  DENIED: ['APPEALED', 'REPLACED', 'VOIDED', 'CLOSED', 'ACCEPTED'],
  APPEALED: ['PAID', 'PARTIALLY_PAID', 'DENIED'],
  PARTIALLY_PAID: ['REPLACED', 'VOIDED', 'CLOSED', 'ACCEPTED'],
  PAID: ['REPLACED', 'VOIDED', 'CLOSED', 'ACCEPTED'],
  VOIDED: [],
  REPLACED: [],
  CLOSED: [],
});

// Moves the table allows that no status move makes: a replacement comes only from a correction (POST
// /claims/{id}/corrections), which makes the replacement claim. Mirrors ClaimTransitions.movesByHand.
const BY_CORRECTION = Object.freeze(['REPLACED']);

/** Every claim status, in lifecycle order. */
export const STATUSES = Object.freeze(Object.keys(ALLOWED));

/** The statuses of open claims (the worklist's filter offers only these). */
export const OPEN_STATUSES = Object.freeze(['READY', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'DENIED', 'APPEALED', 'PARTIALLY_PAID']);

/** The statuses a claim in `from` may move to; none for an unknown or final status. */
export function nextStatuses(from) {
  return ALLOWED[from] ? [...ALLOWED[from]] : [];
}

/** The moves a person makes from `from` with a status move (the buttons): the table's, without REPLACED. */
export function movesByHand(from) {
  return nextStatuses(from).filter((to) => !BY_CORRECTION.includes(to));
}

/** Whether the table allows `to` from `from` but only a correction makes it. */
export function needsCorrection(from, to) {
  return isAllowed(from, to) && BY_CORRECTION.includes(to);
}

/** Whether the contract allows the move. */
export function isAllowed(from, to) {
  return nextStatuses(from).includes(to);
}

/** The whole table, for the test that compares it with the Java one. */
export function table() {
  return Object.fromEntries(STATUSES.map((s) => [s, nextStatuses(s)]));
}

/** The moves by hand from every status, for the test that compares them with ClaimTransitions.movesByHand. */
export function handTable() {
  return Object.fromEntries(STATUSES.map((s) => [s, movesByHand(s)]));
}

/** Human words for a status (buttons, badges). */
export function label(status) {
  return String(status || '').toLowerCase().replaceAll('_', ' ');
}
