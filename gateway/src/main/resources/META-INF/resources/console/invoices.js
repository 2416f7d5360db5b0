// Outstanding invoices (the patients' share), oldest first by default, with cursor paging; one invoice's detail.
import { ApiError } from './api.js';
import { date, dateTime, el, facts, money, personName, table } from './format.js';

const LIST = `query Outstanding($minAgeDays: Int, $orderBy: AgeOrder, $first: Int, $after: String) {
  outstandingInvoices(minAgeDays: $minAgeDays, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { id invoiceNumber claimId status issuedOn dueOn amountDue balance patient { firstName lastName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ONE = `query Invoice($id: ID!) { invoice(id: $id) { id invoiceNumber claimId encounterId status issuedOn dueOn
  amountDue amountPaid adjustmentsTotal balance version patient { firstName lastName dateOfBirth }
  payments { amount method reference at } adjustments { amount kind reason at } } }`;

const state = { minAgeDays: '', orderBy: 'OLDEST_FIRST', cursors: [null], page: 0 };

export async function render(ctx, id) {
  if (id) return renderOne(ctx, id);
  const minAge = el('input', { id: 'i-min-age', type: 'number', min: '0', max: '36500', step: '1', value: state.minAgeDays });
  const order = el('select', { id: 'i-order' },
    el('option', { value: 'OLDEST_FIRST', selected: state.orderBy === 'OLDEST_FIRST' }, 'Oldest first'),
    el('option', { value: 'NEWEST_FIRST', selected: state.orderBy === 'NEWEST_FIRST' }, 'Newest first'));
  const results = el('section', { id: 'invoice-results', 'aria-label': 'Outstanding invoices' });
  const form = el('form', {
    class: 'panel filters', 'aria-label': 'Filter outstanding invoices',
    onsubmit: async (event) => {
      event.preventDefault();
      const age = minAge.value.trim();
      if (age !== '' && !(/^\d+$/.test(age) && Number(age) <= 36500)) {
        ctx.alert('Minimum age is a whole number of days from 0 to 36500.');
        minAge.focus();
        return;
      }
      Object.assign(state, { minAgeDays: age, orderBy: order.value, cursors: [null], page: 0 });
      await load(ctx, results);
    },
  },
  el('div', { class: 'field' }, el('label', { for: 'i-min-age' }, 'Minimum age (days since issued)'), minAge),
  el('div', { class: 'field' }, el('label', { for: 'i-order' }, 'Order'), order),
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Apply filter')));
  ctx.main.replaceChildren(el('h2', {}, 'Outstanding invoices'), form, results);
  ctx.focusHeading();
  await load(ctx, results);
}

async function load(ctx, results) {
  let conn;
  try {
    conn = (await ctx.api.graphql(LIST, {
      minAgeDays: state.minAgeDays === '' ? null : Number(state.minAgeDays),
      orderBy: state.orderBy, first: 20, after: state.cursors[state.page],
    })).outstandingInvoices;
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'missing') {
      results.replaceChildren(el('p', { class: 'notice', id: 'invoices-unavailable' },
        'Outstanding invoices are not available on this server yet: its GraphQL schema has no outstandingInvoices field.'));
      ctx.alert('Outstanding invoices are not available on this server yet.');
      return;
    }
    throw e;
  }
  const edges = conn.edges || [];
  state.cursors[state.page + 1] = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : undefined;
  results.replaceChildren(
    edges.length ? table({
      caption: `Outstanding invoices, page ${state.page + 1}`,
      head: ['Invoice', 'Patient', 'Status', 'Issued', 'Due', 'Amount due', 'Balance'],
      numeric: [5, 6],
      rows: edges.map(({ node: i }) => [
        el('a', { href: '#/invoices/' + encodeURIComponent(i.id) }, i.invoiceNumber || i.id),
        personName(i.patient), i.status, date(i.issuedOn), date(i.dueOn), money(i.amountDue), money(i.balance)]),
      attrs: { id: 'invoice-table' },
    }) : el('p', { class: 'empty' }, 'No outstanding invoices match this filter.'),
    el('div', { class: 'pager', role: 'group', 'aria-label': 'Pages' },
      el('button', { type: 'button', disabled: state.page === 0, onclick: async () => { state.page -= 1; await load(ctx, results); } }, 'Previous page'),
      el('span', { class: 'page-number' }, 'Page ' + (state.page + 1)),
      el('button', { type: 'button', disabled: !conn.pageInfo.hasNextPage, onclick: async () => { state.page += 1; await load(ctx, results); } }, 'Next page')));
  ctx.announce(`${edges.length} outstanding invoice${edges.length === 1 ? '' : 's'} on page ${state.page + 1}.`);
}

async function renderOne(ctx, id) {
  let inv;
  try {
    inv = (await ctx.api.graphql(ONE, { id })).invoice;
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'missing') {
      ctx.main.replaceChildren(el('h2', {}, 'Invoice'), el('p', { class: 'notice' }, 'Invoices cannot be shown by this server yet (no invoice field).'));
      ctx.focusHeading();
      return;
    }
    throw e;
  }
  ctx.main.replaceChildren(
    el('p', { class: 'back' }, el('a', { href: '#/invoices' }, '← Outstanding invoices')),
    el('h2', {}, 'Invoice ', inv.invoiceNumber || inv.id, ' ', el('span', { class: 'badge' }, inv.status)),
    el('section', { class: 'panel' }, facts([
      ['Patient', personName(inv.patient)],
      ['Claim', inv.claimId ? el('a', { href: '#/claims/' + encodeURIComponent(inv.claimId) }, 'the claim') : 'self-pay'],
      ['Issued', date(inv.issuedOn)], ['Due', date(inv.dueOn)],
      ['Amount due', money(inv.amountDue)], ['Paid', money(inv.amountPaid)],
      ['Adjustments', money(inv.adjustmentsTotal)], ['Balance', el('strong', {}, money(inv.balance))],
    ])),
    el('section', { class: 'panel', 'aria-labelledby': 'h-payments' }, el('h3', { id: 'h-payments' }, 'Payments and adjustments'),
      table({
        caption: 'Payments',
        head: ['When', 'Method', 'Reference', 'Amount'], numeric: [3],
        rows: (inv.payments || []).map((p) => [dateTime(p.at), p.method, p.reference || '—', money(p.amount)]),
      }),
      table({
        caption: 'Adjustments',
        head: ['When', 'Kind', 'Reason', 'Amount'], numeric: [3],
        rows: (inv.adjustments || []).map((a) => [dateTime(a.at), a.kind, a.reason || '—', money(a.amount)]),
      })));
  ctx.focusHeading();
}
