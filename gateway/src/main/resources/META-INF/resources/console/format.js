// Formatting and DOM helpers. Money arrives as two-decimal strings ("125.00") and is summed in integer cents,
// never as floating point dollars.

/** "125.00", "-3.5", "7" → cents as an integer; null for empty or malformed input. */
export function cents(money) {
  if (money === null || money === undefined || money === '') return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(money).trim());
  if (!m) return null;
  const value = Number(m[2]) * 100 + Number((m[3] || '0').padEnd(2, '0'));
  return m[1] === '-' ? -value : value;
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Cents as "$1,234.50". */
export function formatCents(c) {
  if (c === null || c === undefined) return '—';
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  const whole = Math.trunc(abs / 100);
  return sign + USD.format(whole).replace(/\.00$/, '') + '.' + String(abs % 100).padStart(2, '0');
}

/** A money string as "$1,234.50". */
export function money(value) {
  return formatCents(cents(value));
}

/** An ISO date ("2026-11-10") as it is: unambiguous, and sorts. */
export function date(iso) {
  return iso || '—';
}

/** An ISO timestamp in the reader's time zone, to the minute. */
export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function personName(p) {
  if (!p) return '—';
  return [p.lastName, p.firstName].filter(Boolean).join(', ') || '—';
}

/**
 * A DOM element: el('a', { href: '#/x', class: 'link' }, 'text', child). Text is always set as text, never as
 * HTML, so data from the server cannot inject markup. Attributes starting with "on" take listeners.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A definition list from [term, description] pairs (descriptions may be nodes). */
export function facts(pairs, attrs = {}) {
  return el('dl', { class: 'facts', ...attrs }, pairs.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value ?? '—')]));
}

/** A table in a scrolling wrapper; `rows` are arrays of cells (text or nodes); numeric columns right-aligned. */
export function table({ caption, head, rows, numeric = [], foot = null, attrs = {} }) {
  const cls = (i) => (numeric.includes(i) ? 'num' : null);
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    el('table', attrs,
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { scope: 'col', class: cls(i) }, h)))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => (i === 0 && r.header
        ? el('th', { scope: 'row', class: cls(i) }, c) : el('td', { class: cls(i) }, c)))))),
      foot ? el('tfoot', {}, foot.map((r) => el('tr', {}, r.map((c, i) => (i === 0
        ? el('th', { scope: 'row', class: cls(i) }, c) : el('td', { class: cls(i) }, c)))))) : null));
}

/** Saves a Blob under a file name through a temporary link (nothing is kept after the click). */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
