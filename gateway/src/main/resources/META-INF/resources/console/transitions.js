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

/** Every claim status, in lifecycle order. */
export const STATUSES = Object.freeze(Object.keys(ALLOWED));

/** The statuses of open claims (the worklist's filter offers only these). */
export const OPEN_STATUSES = Object.freeze(['READY', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'DENIED', 'APPEALED', 'PARTIALLY_PAID']);

/** The statuses a claim in `from` may move to; none for an unknown or final status. */
export function nextStatuses(from) {
  return ALLOWED[from] ? [...ALLOWED[from]] : [];
}

/** Whether the contract allows the move. */
export function isAllowed(from, to) {
  return nextStatuses(from).includes(to);
}

/** The whole table, for the test that compares it with the Java one. */
export function table() {
  return Object.fromEntries(STATUSES.map((s) => [s, nextStatuses(s)]));
}

/** Human words for a status (buttons, badges). */
export function label(status) {
  return String(status || '').toLowerCase().replaceAll('_', ' ');
}
