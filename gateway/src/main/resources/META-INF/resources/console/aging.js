// A/R aging: insurance and patient balances by bucket, and insurance balances by payer, drawn as inline SVG with
// the same numbers in tables under each chart. The numbers are agingReport's, summed in integer cents.
import { ApiError } from './api.js';
import { cents, el, formatCents, table } from './format.js';

const BUCKET_FIELDS = 'label minDays maxDays count balance';
const CORE = `query Aging($asOf: Date, $ageBy: AgeBasis) { agingReport(asOf: $asOf, ageBy: $ageBy) { asOf ageBy
  insurance { ${BUCKET_FIELDS} } patient { ${BUCKET_FIELDS} } } }`;
// byPayer's shape as the committed schema declares it (GraphqlJsSchemaTest validates this document against it; a
// guessed second shape, byPayer { insurance }, was never valid and is gone)
const BY_PAYER = [
  `query AgingByPayer($asOf: Date, $ageBy: AgeBasis) { agingReport(asOf: $asOf, ageBy: $ageBy) { byPayer { payerId payerName buckets { ${BUCKET_FIELDS} } } } }`,
];
const SVG = 'http://www.w3.org/2000/svg';

let asOfValue = '';
let ageByValue = 'DATE_OF_SERVICE';
const AGE_FROM = { DATE_OF_SERVICE: 'the date of service', FIRST_SUBMISSION: 'the first submission' };

/** Buckets as rows of integer cents; totals per series. Labels follow the insurance list's order. */
export function agingModel(report) {
  const insurance = report.insurance || [];
  const patient = report.patient || [];
  const labels = [...insurance.map((b) => b.label), ...patient.map((b) => b.label)]
    .filter((l, i, all) => all.indexOf(l) === i);
  const find = (list, l) => list.find((b) => b.label === l) || { count: 0, balance: '0.00' };
  const rows = labels.map((l) => {
    const i = find(insurance, l);
    const p = find(patient, l);
    return { label: l, insurance: cents(i.balance) || 0, insuranceCount: i.count || 0, patient: cents(p.balance) || 0, patientCount: p.count || 0 };
  });
  const sum = (key) => rows.reduce((t, r) => t + r[key], 0);
  return {
    asOf: report.asOf,
    rows,
    totals: { insurance: sum('insurance'), patient: sum('patient'), insuranceCount: sum('insuranceCount'), patientCount: sum('patientCount') },
  };
}

/** Per payer: its buckets in cents (in the bucket labels' order) and total. */
export function payerModel(byPayer, labels) {
  return (byPayer || []).map((p) => {
    const buckets = p.buckets || p.insurance || [];
    const values = labels.map((l) => cents((buckets.find((b) => b.label === l) || {}).balance) || 0);
    return { payerId: p.payerId, payerName: p.payerName, values, total: values.reduce((a, b) => a + b, 0) };
  }).sort((a, b) => b.total - a.total);
}

export async function render(ctx) {
  const asOf = el('input', { id: 'aging-as-of', type: 'date', value: asOfValue });
  const ageBy = el('select', { id: 'aging-age-by' },
    Object.entries(AGE_FROM).map(([value, text]) => el('option', { value, selected: ageByValue === value }, 'From ' + text)));
  const body = el('div', { id: 'aging-body' });
  const form = el('form', {
    class: 'panel filters', 'aria-label': 'Aging date',
    onsubmit: async (event) => {
      event.preventDefault();
      asOfValue = asOf.value;
      ageByValue = ageBy.value;
      await load(ctx, body);
    },
  },
  el('div', { class: 'field' }, el('label', { for: 'aging-as-of' }, 'As of (empty: today in the practice)'), asOf),
  el('div', { class: 'field' }, el('label', { for: 'aging-age-by' }, 'Insurance age'), ageBy),
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Show')));
  ctx.main.replaceChildren(el('h2', {}, 'A/R aging'), form, body);
  ctx.focusHeading();
  await load(ctx, body);
}

async function load(ctx, body) {
  const variables = { asOf: asOfValue || null, ageBy: ageByValue };
  let report;
  try {
    report = (await ctx.api.graphql(CORE, variables)).agingReport;
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'missing') {
      body.replaceChildren(el('p', { class: 'notice', id: 'aging-unavailable' },
        'A/R aging is not available on this server yet: its GraphQL schema has no agingReport field. ',
        'Open claims and claim details work as usual.'));
      ctx.alert('A/R aging is not available on this server yet.');
      return;
    }
    throw e;
  }
  const model = agingModel(report);
  const labels = model.rows.map((r) => r.label);
  const t = model.totals;
  const parts = [
    el('p', { id: 'aging-totals', class: 'totals', dataset: { insurance: String(t.insurance), patient: String(t.patient) } },
      `As of ${report.asOf}: insurance A/R ${formatCents(t.insurance)} (${t.insuranceCount} claims, aged from `
        + `${AGE_FROM[report.ageBy] || AGE_FROM.DATE_OF_SERVICE}), `,
      `patient A/R ${formatCents(t.patient)} (${t.patientCount} invoices), total ${formatCents(t.insurance + t.patient)}.`),
    el('section', { class: 'panel', 'aria-labelledby': 'h-buckets' },
      el('h3', { id: 'h-buckets' }, 'By age'),
      bucketChart(model),
      legend([['Insurance', 'swatch-insurance'], ['Patient', 'swatch-patient']]),
      table({
        caption: 'Balances by age bucket',
        head: ['Age (days)', 'Insurance claims', 'Insurance balance', 'Patient invoices', 'Patient balance', 'Total'],
        numeric: [1, 2, 3, 4, 5],
        rows: model.rows.map((r) => Object.assign([r.label, String(r.insuranceCount), formatCents(r.insurance),
          String(r.patientCount), formatCents(r.patient), formatCents(r.insurance + r.patient)], { header: true })),
        foot: [['Total', String(t.insuranceCount), formatCents(t.insurance), String(t.patientCount), formatCents(t.patient),
          formatCents(t.insurance + t.patient)]],
        attrs: { id: 'aging-table' },
      })),
  ];
  const byPayer = el('section', { class: 'panel', 'aria-labelledby': 'h-payers' }, el('h3', { id: 'h-payers' }, 'Insurance by payer'));
  parts.push(byPayer);
  body.replaceChildren(...parts);
  await loadPayers(ctx, byPayer, variables, labels);
  ctx.announce(`A/R aging as of ${report.asOf} loaded.`);
}

async function loadPayers(ctx, section, variables, labels) {
  let lastError = null;
  for (const query of BY_PAYER) {
    try {
      const payers = payerModel((await ctx.api.graphql(query, variables)).agingReport.byPayer, labels);
      // only nodes: append writes anything else (a null) as text
      section.append(...[payers.length ? payerChart(payers, labels) : el('p', { class: 'empty' }, 'No insurance balances.'),
        payers.length ? legend(labels.map((l, i) => [l + ' days', 'swatch-bucket-' + i])) : null,
        payers.length ? table({
          caption: 'Insurance balances by payer and age bucket',
          head: ['Payer', ...labels, 'Total'],
          numeric: labels.map((_, i) => i + 1).concat(labels.length + 1),
          rows: payers.map((p) => Object.assign([`${p.payerName || ''} (${p.payerId})`, ...p.values.map(formatCents), formatCents(p.total)], { header: true })),
          attrs: { id: 'aging-payer-table' },
        }) : null].filter((node) => node));
      return;
    } catch (e) {
      if (!(e instanceof ApiError && e.kind === 'missing')) throw e;
      lastError = e;
    }
  }
  section.append(el('p', { class: 'notice', id: 'aging-by-payer-unavailable' },
    'The by-payer breakdown is not available on this server (', lastError.message, ').'));
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  for (const c of children) if (c) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** A scale's top and ticks: 0, and four steps of a round size. */
function scale(max) {
  if (max <= 0) return { top: 100, ticks: [0, 25, 50, 75, 100] };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough);
  return { top: step * 4, ticks: [0, 1, 2, 3, 4].map((i) => i * step) };
}

function compact(c) {
  const d = c / 100;
  if (Math.abs(d) >= 1_000_000) return '$' + (d / 1_000_000).toFixed(1) + 'M';
  if (Math.abs(d) >= 1000) return '$' + (d / 1000).toFixed(d % 1000 === 0 ? 0 : 1) + 'k';
  return '$' + Math.round(d);
}

function bucketChart(model) {
  const width = 640;
  const height = 300;
  const left = 64;
  const bottom = 40;
  const top = 16;
  const plotH = height - top - bottom;
  const plotW = width - left - 16;
  const { top: max, ticks } = scale(Math.max(0, ...model.rows.flatMap((r) => [r.insurance, r.patient])));
  const y = (v) => top + plotH - (Math.max(0, v) / max) * plotH;
  const group = plotW / Math.max(1, model.rows.length);
  const bar = Math.min(40, group / 3);
  const title = svg('title', { id: 'aging-chart-title' }, 'Insurance and patient balances by age bucket');
  const desc = svg('desc', { id: 'aging-chart-desc' }, model.rows.map((r) =>
    `${r.label} days: insurance ${formatCents(r.insurance)}, patient ${formatCents(r.patient)}`).join('; '));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'aging-chart-title aging-chart-desc', id: 'aging-chart', class: 'chart' }, title, desc);
  for (const t of ticks) {
    root.append(svg('line', { x1: left, x2: width - 16, y1: y(t), y2: y(t), class: 'grid-line' }),
      svg('text', { x: left - 8, y: y(t) + 4, 'text-anchor': 'end', class: 'axis' }, compact(t)));
  }
  model.rows.forEach((r, i) => {
    const x0 = left + i * group + (group - 2 * bar - 4) / 2;
    for (const [series, value, offset] of [['insurance', r.insurance, 0], ['patient', r.patient, bar + 4]]) {
      root.append(svg('rect', {
        x: x0 + offset, y: y(value), width: bar, height: Math.max(0, top + plotH - y(value)),
        class: 'bar bar-' + series, 'data-series': series, 'data-bucket': r.label, 'data-cents': value,
      }, svg('title', {}, `${series === 'insurance' ? 'Insurance' : 'Patient'}, ${r.label} days: ${formatCents(value)}`)));
    }
    root.append(svg('text', { x: left + i * group + group / 2, y: height - bottom + 20, 'text-anchor': 'middle', class: 'axis' }, r.label));
  });
  root.append(svg('line', { x1: left, x2: width - 16, y1: top + plotH, y2: top + plotH, class: 'base-line' }));
  return el('figure', { class: 'chart-figure' }, root);
}

function payerChart(payers, labels) {
  const width = 640;
  const row = 30;
  const left = 150;
  const top = 8;
  const height = top + payers.length * row + 28;
  const plotW = width - left - 16;
  const { top: max, ticks } = scale(Math.max(0, ...payers.map((p) => p.total)));
  const x = (v) => left + (Math.max(0, v) / max) * plotW;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'aging-payer-title', id: 'aging-payer-chart', class: 'chart' },
    svg('title', { id: 'aging-payer-title' }, 'Insurance balances by payer, stacked by age bucket'));
  for (const t of ticks) {
    root.append(svg('line', { x1: x(t), x2: x(t), y1: top, y2: height - 24, class: 'grid-line' }),
      svg('text', { x: x(t), y: height - 8, 'text-anchor': 'middle', class: 'axis' }, compact(t)));
  }
  payers.forEach((p, i) => {
    const yTop = top + i * row + 4;
    const name = (p.payerName || p.payerId || '?');
    root.append(svg('text', { x: left - 8, y: yTop + row / 2 + 1, 'text-anchor': 'end', class: 'axis' }, name.length > 20 ? name.slice(0, 19) + '…' : name));
    let start = 0;
    p.values.forEach((v, b) => {
      if (v > 0) {
        root.append(svg('rect', { x: x(start), y: yTop, width: x(start + v) - x(start), height: row - 10, class: 'bar bar-bucket-' + b, 'data-payer': p.payerId, 'data-bucket': labels[b], 'data-cents': v },
          svg('title', {}, `${name}, ${labels[b]} days: ${formatCents(v)}`)));
      }
      start += v;
    });
  });
  return el('figure', { class: 'chart-figure' }, root);
}

function legend(items) {
  return el('ul', { class: 'legend', 'aria-hidden': 'true' }, items.map(([text, cls]) => el('li', {}, el('span', { class: 'swatch ' + cls }), text)));
}
