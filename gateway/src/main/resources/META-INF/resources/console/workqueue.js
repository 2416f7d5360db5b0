// The work queue: what needs a person, why, by when. Filters, due-date order, one click to the claim, and the moves
// (start, assign, resolve with a note), each under the version the page read.
import { date, el, table } from './format.js';

const QUERY = `query WorkQueue($filter: WorkItemFilter, $first: Int, $after: String) {
  workItems(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status category action actionText reason codes claimId claimNumber payerId dueOn
      assignee version } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const START = `mutation StartWorkItem($id: ID!, $v: Int!) { startWorkItem(id: $id, expectedVersion: $v) { id status assignee version } }`;
const ASSIGN = `mutation AssignWorkItem($id: ID!, $v: Int!, $to: String) {
  assignWorkItem(id: $id, expectedVersion: $v, assignee: $to) { id status assignee version } }`;
const RESOLVE = `mutation ResolveWorkItem($id: ID!, $v: Int!, $note: String!) {
  resolveWorkItem(id: $id, expectedVersion: $v, note: $note) { id status resolution version } }`;

export const STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED_NO_ACTION'];
export const CATEGORIES = ['REJECTION', 'DENIAL', 'NO_ACKNOWLEDGEMENT', 'NO_PAYMENT', 'FILING_DEADLINE',
  'APPEAL_DEADLINE', 'CLAIM_STATUS', 'FILE_QUARANTINED'];
const words = (s) => String(s).toLowerCase().replace(/_/g, ' ');

// Kept in memory only, so that coming back from a claim shows the same page.
const state = {
  filter: { status: '', category: '', payerId: '', assignee: '', dueBefore: '', order: 'EARLIEST', first: 20 },
  cursors: [null],
  page: 0,
};

function variables() {
  const f = state.filter;
  const filter = {};
  if (f.status) filter.status = f.status;
  if (f.category) filter.category = f.category;
  if (f.payerId.trim()) filter.payerId = f.payerId.trim();
  if (f.assignee.trim()) filter.assignee = f.assignee.trim();
  if (f.dueBefore) filter.dueBefore = f.dueBefore;
  return { filter, first: f.first, after: state.cursors[state.page] };
}

/** The page's items in the chosen order of due date (the server answers earliest first; items without one last). */
export function ordered(items, order) {
  const key = (i) => i.dueOn || '9999-12-31';
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return order === 'LATEST' ? sorted.reverse() : sorted;
}

export async function render(ctx) {
  const { main } = ctx;
  const results = el('section', { id: 'workqueue-results', 'aria-labelledby': 'workqueue-results-heading' });
  main.replaceChildren(el('h2', {}, 'Work queue'), filterForm(ctx, results), results);
  ctx.focusHeading();
  await load(ctx, results);
}

function select(id, name, options, value) {
  return el('select', { id, name }, options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
}

function filterForm(ctx, results) {
  const f = state.filter;
  const status = select('q-status', 'status', [['', 'Open and in progress'], ...STATUSES.map((s) => [s, words(s)])], f.status);
  const category = select('q-category', 'category', [['', 'Any'], ...CATEGORIES.map((c) => [c, words(c)])], f.category);
  const payer = el('input', { id: 'q-payer', name: 'payerId', type: 'text', value: f.payerId, autocomplete: 'off' });
  const assignee = el('input', { id: 'q-assignee', name: 'assignee', type: 'text', value: f.assignee, autocomplete: 'off' });
  const due = el('input', { id: 'q-due-before', name: 'dueBefore', type: 'date', value: f.dueBefore });
  const order = select('q-order', 'order', [['EARLIEST', 'Earliest due first'], ['LATEST', 'Latest due first']], f.order);
  const form = el('form', {
    class: 'panel filters', 'aria-label': 'Filter the work queue',
    onsubmit: async (event) => {
      event.preventDefault();
      state.filter = {
        status: status.value, category: category.value, payerId: payer.value, assignee: assignee.value,
        dueBefore: due.value, order: order.value, first: f.first,
      };
      state.cursors = [null];
      state.page = 0;
      await load(ctx, results);
    },
  },
  el('div', { class: 'field' }, el('label', { for: 'q-status' }, 'Status'), status),
  el('div', { class: 'field' }, el('label', { for: 'q-category' }, 'Category'), category),
  el('div', { class: 'field' }, el('label', { for: 'q-payer' }, 'Payer ID'), payer),
  el('div', { class: 'field' }, el('label', { for: 'q-assignee' }, 'Assignee'), assignee),
  el('div', { class: 'field' }, el('label', { for: 'q-due-before' }, 'Due before'), due),
  el('div', { class: 'field' }, el('label', { for: 'q-order' }, 'Order'), order),
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Apply filter')));
  return form;
}

async function load(ctx, results) {
  results.setAttribute('aria-busy', 'true');
  let data;
  try {
    data = await ctx.api.graphql(QUERY, variables());
  } catch (e) {
    results.replaceChildren(el('h3', { id: 'workqueue-results-heading' }, 'Items'), el('p', { class: 'empty' }, 'No items shown.'));
    results.setAttribute('aria-busy', 'false');
    if (e.code === 'cursor-invalid') {
      state.cursors = [null];
      state.page = 0;
    }
    throw e;
  }
  const conn = data.workItems;
  state.cursors[state.page + 1] = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : undefined;
  const items = ordered((conn.edges || []).map((e) => e.node), state.filter.order);
  const actor = ctx.who.roles.includes('biller') || ctx.who.roles.includes('admin');
  const rows = items.map((w) => [
    date(w.dueOn),
    w.claimId
      ? el('a', { href: '#/claims/' + encodeURIComponent(w.claimId), class: 'claim-link', dataset: { claimId: w.claimId } }, w.claimNumber || w.claimId)
      : (w.fileId || '—'),
    words(w.category),
    el('span', { class: 'badge item-' + String(w.status).toLowerCase() }, words(w.status)),
    el('span', { title: w.actionText || '' }, w.reason || ''),
    w.payerId || '—',
    w.assignee || '—',
    actor && (w.status === 'OPEN' || w.status === 'IN_PROGRESS') ? itemActions(ctx, w, results) : '',
  ]);
  const pager = el('div', { class: 'pager', role: 'group', 'aria-label': 'Pages' },
    el('button', { type: 'button', id: 'q-page-prev', disabled: state.page === 0, onclick: async () => { state.page -= 1; await load(ctx, results); } }, 'Previous page'),
    el('span', { class: 'page-number' }, 'Page ' + (state.page + 1)),
    el('button', { type: 'button', id: 'q-page-next', disabled: !conn.pageInfo.hasNextPage, onclick: async () => { state.page += 1; await load(ctx, results); } }, 'Next page'));
  results.replaceChildren(
    el('h3', { id: 'workqueue-results-heading' }, 'Items'),
    items.length
      ? table({
        caption: `Work items, page ${state.page + 1} (${items.length} shown)`,
        head: ['Due', 'Claim', 'Category', 'Status', 'Why', 'Payer', 'Assignee', 'Actions'],
        rows,
        attrs: { id: 'workqueue-table' },
      })
      : el('p', { class: 'empty', id: 'workqueue-empty' }, 'No work items match this filter.'),
    pager);
  for (const [i, w] of items.entries()) {
    const tr = results.querySelectorAll('#workqueue-table tbody tr')[i];
    if (tr) {
      tr.dataset.itemId = w.id;
      tr.dataset.version = String(w.version);
    }
  }
  results.setAttribute('aria-busy', 'false');
  ctx.announce(`${items.length} work item${items.length === 1 ? '' : 's'} on page ${state.page + 1}${conn.pageInfo.hasNextPage ? '; more on the next page' : ''}.`);
}

/** Start, assign and resolve-with-a-note for one item; each sends the version shown, and reloads the page after. */
function itemActions(ctx, w, results) {
  const run = async (document, vars, said) => {
    try {
      await ctx.api.graphql(document, { id: w.id, v: w.version, ...vars });
      await load(ctx, results);
      ctx.announce(said);
    } catch (e) {
      ctx.alert(e.code === 'version-conflict'
        ? 'Someone changed this item meanwhile: the queue was reloaded, try again.' : e.message);
      if (e.code === 'version-conflict') await load(ctx, results);
    }
  };
  const start = w.status === 'OPEN'
    ? el('button', { type: 'button', class: 'item-start', onclick: () => run(START, {}, `Item for ${w.claimNumber || w.id} started.`) }, 'Start')
    : null;
  const assignTo = el('input', { type: 'text', class: 'item-assignee', 'aria-label': `Assign the item of ${w.claimNumber || w.id} to`, placeholder: 'user', autocomplete: 'off' });
  const assign = el('form', {
    class: 'inline item-assign',
    onsubmit: (event) => {
      event.preventDefault();
      const to = assignTo.value.trim();
      run(ASSIGN, { to: to || null }, to ? `Item assigned to ${to}.` : 'Item unassigned.');
    },
  }, assignTo, el('button', { type: 'submit' }, 'Assign'));
  const note = el('input', { type: 'text', class: 'item-note', maxlength: '2000', 'aria-label': `Resolution note for ${w.claimNumber || w.id}`, placeholder: 'what was done', autocomplete: 'off' });
  const resolve = el('form', {
    class: 'inline item-resolve',
    onsubmit: (event) => {
      event.preventDefault();
      if (!note.value.trim()) {
        ctx.alert('Say what was done before resolving the item.');
        note.focus();
        return;
      }
      run(RESOLVE, { note: note.value.trim() }, `Item for ${w.claimNumber || w.id} resolved.`);
    },
  }, note, el('button', { type: 'submit' }, 'Resolve'));
  return el('div', { class: 'item-actions' }, start, assign, resolve);
}
