// Open claims: filters, age order, cursor paging, and the CSV export of the same filter.
import { ApiError } from './api.js';
import { date, el, money, personName, saveBlob, table } from './format.js';
import { label, OPEN_STATUSES } from './transitions.js';

const QUERY = `query OpenClaims($statuses: [ClaimStatus!], $payerId: String, $minAgeDays: Int, $orderBy: AgeOrder,
    $ageBy: AgeBasis, $first: Int, $after: String) {
  openClaims(statuses: $statuses, payerId: $payerId, minAgeDays: $minAgeDays, orderBy: $orderBy, ageBy: $ageBy,
      first: $first, after: $after) {
    edges { cursor node { id claimNumber status ageDays serviceDate totalCharge insuranceBalance
      payer { payerId payerName } patient { firstName lastName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// Kept in memory only (not in the URL or storage), so that coming back from a claim shows the same page.
const state = {
  filter: { payerId: '', statuses: [], minAgeDays: '', orderBy: 'OLDEST_FIRST', ageBy: 'DATE_OF_SERVICE', first: 20 },
  cursors: [null], // cursors[i] is the `after` that loads page i
  page: 0,
  payers: new Map(), // payer ids seen, for the payer field's suggestions
};

function variables() {
  const f = state.filter;
  return {
    statuses: f.statuses.length ? f.statuses : null,
    payerId: f.payerId.trim() || null,
    minAgeDays: f.minAgeDays === '' ? null : Number(f.minAgeDays),
    orderBy: f.orderBy,
    ageBy: f.ageBy,
    first: f.first,
    after: state.cursors[state.page],
  };
}

/** The CSV export's address for the current filter (query parameters named as openClaims' arguments). */
export function csvPath(filter) {
  const q = new URLSearchParams();
  for (const s of filter.statuses) q.append('statuses', s);
  if (filter.payerId.trim()) q.set('payerId', filter.payerId.trim());
  if (filter.minAgeDays !== '') q.set('minAgeDays', String(filter.minAgeDays));
  q.set('orderBy', filter.orderBy);
  if (filter.ageBy) q.set('ageBy', filter.ageBy);
  const text = q.toString();
  return '/reports/open-claims.csv' + (text ? '?' + text : '');
}

export async function render(ctx) {
  const { main } = ctx;
  const results = el('section', { id: 'worklist-results', 'aria-labelledby': 'worklist-results-heading' });
  main.replaceChildren(
    el('h2', {}, 'Open claims'),
    filterForm(ctx, results),
    results);
  ctx.focusHeading();
  await load(ctx, results);
}

function filterForm(ctx, results) {
  const f = state.filter;
  const payer = el('input', { id: 'f-payer', name: 'payerId', type: 'text', value: f.payerId, list: 'payer-ids', autocomplete: 'off', inputmode: 'text' });
  const minAge = el('input', { id: 'f-min-age', name: 'minAgeDays', type: 'number', min: '0', max: '36500', step: '1', value: f.minAgeDays });
  const order = el('select', { id: 'f-order', name: 'orderBy' },
    el('option', { value: 'OLDEST_FIRST', selected: f.orderBy === 'OLDEST_FIRST' }, 'Oldest first'),
    el('option', { value: 'NEWEST_FIRST', selected: f.orderBy === 'NEWEST_FIRST' }, 'Newest first'));
  const ageBy = el('select', { id: 'f-age-by', name: 'ageBy' },
    el('option', { value: 'DATE_OF_SERVICE', selected: f.ageBy === 'DATE_OF_SERVICE' }, 'Date of service'),
    el('option', { value: 'FIRST_SUBMISSION', selected: f.ageBy === 'FIRST_SUBMISSION' }, 'First submission'));
  const size = el('select', { id: 'f-size', name: 'first' },
    [10, 20, 50, 100].map((n) => el('option', { value: String(n), selected: f.first === n }, String(n))));
  const boxes = OPEN_STATUSES.map((s) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: 'statuses', value: s, checked: f.statuses.includes(s) }), ' ', label(s)));
  const form = el('form', {
    class: 'panel filters', 'aria-label': 'Filter open claims',
    onsubmit: async (event) => {
      event.preventDefault();
      const age = minAge.value.trim();
      if (age !== '' && !(/^\d+$/.test(age) && Number(age) <= 36500)) {
        ctx.alert('Minimum age is a whole number of days from 0 to 36500.');
        minAge.focus();
        return;
      }
      state.filter = {
        payerId: payer.value,
        statuses: [...form.querySelectorAll('input[name=statuses]:checked')].map((b) => b.value),
        minAgeDays: age,
        orderBy: order.value,
        ageBy: ageBy.value,
        first: Number(size.value),
      };
      state.cursors = [null];
      state.page = 0;
      await load(ctx, results);
    },
  },
  el('div', { class: 'field' }, el('label', { for: 'f-payer' }, 'Payer ID'), payer,
    el('datalist', { id: 'payer-ids' }, [...state.payers].map(([id, name]) => el('option', { value: id }, name)))),
  el('fieldset', { class: 'statuses' }, el('legend', {}, 'Statuses (none checked: all open)'), boxes),
  el('div', { class: 'field' }, el('label', { for: 'f-min-age' }, 'Minimum age (days)'), minAge),
  el('div', { class: 'field' }, el('label', { for: 'f-order' }, 'Order'), order),
  el('div', { class: 'field' }, el('label', { for: 'f-age-by' }, 'Age from'), ageBy),
  el('div', { class: 'field' }, el('label', { for: 'f-size' }, 'Per page'), size),
  el('div', { class: 'actions' },
    el('button', { type: 'submit', class: 'primary' }, 'Apply filter'),
    el('button', { type: 'button', id: 'csv-download', onclick: () => downloadCsv(ctx) }, 'Download CSV')));
  return form;
}

async function load(ctx, results) {
  results.setAttribute('aria-busy', 'true');
  let data;
  try {
    data = await ctx.api.graphql(QUERY, variables());
  } catch (e) {
    results.replaceChildren(el('h3', { id: 'worklist-results-heading' }, 'Claims'), el('p', { class: 'empty' }, 'No claims shown.'));
    results.setAttribute('aria-busy', 'false');
    if (e.code === 'cursor-invalid') {
      state.cursors = [null];
      state.page = 0;
    }
    throw e;
  }
  const conn = data.openClaims;
  const edges = conn.edges || [];
  state.cursors[state.page + 1] = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : undefined;
  for (const { node } of edges) if (node.payer && node.payer.payerId) state.payers.set(node.payer.payerId, node.payer.payerName || '');

  const rows = edges.map(({ node: c }) => [
    el('a', { href: '#/claims/' + encodeURIComponent(c.id), class: 'claim-link', dataset: { claimId: c.id } }, c.claimNumber),
    personName(c.patient),
    c.payer ? `${c.payer.payerName || ''} (${c.payer.payerId || '?'})` : '—',
    el('span', { class: 'badge status-' + String(c.status).toLowerCase() }, label(c.status)),
    date(c.serviceDate),
    String(c.ageDays),
    money(c.totalCharge),
    money(c.insuranceBalance),
  ]);
  const pager = el('div', { class: 'pager', role: 'group', 'aria-label': 'Pages' },
    el('button', { type: 'button', id: 'page-prev', disabled: state.page === 0, onclick: async () => { state.page -= 1; await load(ctx, results); document.getElementById('page-prev')?.focus(); } }, 'Previous page'),
    el('span', { class: 'page-number' }, 'Page ' + (state.page + 1)),
    el('button', { type: 'button', id: 'page-next', disabled: !conn.pageInfo.hasNextPage, onclick: async () => { state.page += 1; await load(ctx, results); document.getElementById('page-next')?.focus(); } }, 'Next page'));
  results.replaceChildren(
    el('h3', { id: 'worklist-results-heading' }, 'Claims'),
    edges.length
      ? table({
        caption: `Open claims, page ${state.page + 1} (${edges.length} shown)`,
        head: ['Claim', 'Patient', 'Payer', 'Status', 'Service date', 'Age (days)', 'Charge', 'Insurance balance'],
        numeric: [5, 6, 7],
        rows,
        attrs: { id: 'worklist-table' },
      })
      : el('p', { class: 'empty' }, 'No open claims match this filter.'),
    pager);
  results.setAttribute('aria-busy', 'false');
  ctx.announce(`${edges.length} open claim${edges.length === 1 ? '' : 's'} on page ${state.page + 1}${conn.pageInfo.hasNextPage ? '; more on the next page' : ''}.`);
}

async function downloadCsv(ctx) {
  const path = csvPath(state.filter);
  ctx.announce('Preparing the CSV…');
  try {
    const response = await ctx.api.get(path, 'text/csv');
    const blob = await response.blob();
    const disposition = response.headers.get('Content-Disposition') || '';
    const named = /filename="?([^";]+)"?/i.exec(disposition);
    saveBlob(new Blob([blob], { type: 'text/csv' }), named ? named[1] : `open-claims-${new Date().toISOString().slice(0, 10)}.csv`);
    ctx.announce('The CSV of open claims (this filter) was downloaded.');
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'missing') {
      ctx.alert('CSV export is not available on this server yet (GET /reports/open-claims.csv is missing). The table above is complete.');
    } else {
      ctx.alert(e.message);
    }
  }
}
