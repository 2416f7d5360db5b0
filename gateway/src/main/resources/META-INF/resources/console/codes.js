// Code lookup for coders: search ICD-10-CM the way the Alphabetic Index is read (each result says why it matched),
// read a code's Tabular List notes, and add codes to the diagnoses of an encounter being coded (codeEncounter).
import { ApiError } from './api.js';
import { date, el, personName } from './format.js';

const SEARCH = `query Search($text: String!, $on: Date, $age: Int, $sex: Sex) {
  searchCodes(system: ICD10CM, text: $text, on: $on, first: 15, age: $age, sex: $sex) { code display billable matchedBy source }
}`;
const NOTES = `query Notes($code: String!, $on: Date) {
  code(system: ICD10CM, code: $code, on: $on) { code display billable
    notes { edition
      includes { text from codes } inclusionTerms { text from codes } excludes1 { text from codes } excludes2 { text from codes }
      codeFirst { text from codes } useAdditionalCode { text from codes } codeAlso { text from codes } notes { text from codes }
      seventhCharacterNote { text from } seventhCharacters { character meaning } } }
}`;
const ENCOUNTER = `query Encounter($id: ID!) {
  encounter(id: $id) { id status version serviceDate diagnoses
    patient { firstName lastName dateOfBirth sex }
    procedures { code system modifiers units charge diagnosisPointers serviceDate serviceDateTo ndc } }
}`;
const CODE_ENCOUNTER = `mutation Code($id: ID!, $diagnoses: [String!]!, $procedures: [ProcedureInput!]!, $expectedVersion: Int) {
  codeEncounter(id: $id, diagnoses: $diagnoses, procedures: $procedures, expectedVersion: $expectedVersion) {
    id status version diagnoses
    procedures { code system modifiers units charge diagnosisPointers serviceDate serviceDateTo ndc } }
}`;

/** The Tabular's instruction kinds, in the order the Tabular writes them. */
const KINDS = [
  ['includes', 'Includes'], ['inclusionTerms', 'Inclusion terms'], ['excludes1', 'Excludes1 (never coded together)'],
  ['excludes2', 'Excludes2 (not included here; both may be coded)'], ['codeFirst', 'Code first'],
  ['useAdditionalCode', 'Use additional code'], ['codeAlso', 'Code also'], ['notes', 'Notes'],
];

/** Whole years between a birth date and a date of service (both ISO), or null. */
function ageOn(birth, on) {
  if (!birth || !on) return null;
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age >= 0 ? age : null;
}

/** The encounter's procedures as codeEncounter takes them back (money stays the decimal string it came as). */
function procedureInputs(procedures) {
  return (procedures || []).map((p) => ({
    code: p.code, system: p.system, modifiers: p.modifiers || [], units: p.units, charge: p.charge,
    diagnosisPointers: p.diagnosisPointers || [], serviceDate: p.serviceDate, serviceDateTo: p.serviceDateTo, ndc: p.ndc,
  }));
}

export async function render(ctx, encounterId) {
  const state = { encounter: null, results: [], selected: null };
  const canCode = ctx.who.roles.includes('coder') || ctx.who.roles.includes('admin');
  const encounterPanel = el('section', { class: 'panel', id: 'coding-encounter', 'aria-labelledby': 'h-encounter' });
  const notesPanel = el('section', { class: 'panel', id: 'code-notes', 'aria-labelledby': 'h-notes', hidden: true });
  const results = el('section', { id: 'code-results', 'aria-label': 'Search results', 'aria-live': 'polite' });

  const text = el('input', { id: 'code-search', type: 'search', name: 'text', required: true, maxlength: '200', autocomplete: 'off',
    placeholder: 'words of the note: heart attack, CHF, adverse effect of penicillin', 'aria-describedby': 'code-search-help' });
  const on = el('input', { id: 'code-on', type: 'date', name: 'on' });
  const age = el('input', { id: 'code-age', type: 'number', min: '0', max: '130', step: '1', name: 'age' });
  const sex = el('select', { id: 'code-sex', name: 'sex' },
    el('option', { value: '' }, 'Not given'), el('option', { value: 'F' }, 'Female'), el('option', { value: 'M' }, 'Male'),
    el('option', { value: 'U' }, 'Unknown'));
  const form = el('form', {
    class: 'panel filters', role: 'search', 'aria-label': 'Search ICD-10-CM codes',
    onsubmit: async (event) => {
      event.preventDefault();
      const words = text.value.trim();
      if (!words) {
        ctx.alert('Type the words of the note to search for.');
        text.focus();
        return;
      }
      const ageValue = age.value.trim();
      if (ageValue !== '' && !(/^\d+$/.test(ageValue) && Number(ageValue) <= 130)) {
        ctx.alert('Age is a whole number of years from 0 to 130.');
        age.focus();
        return;
      }
      await search(ctx, state, { text: words, on: on.value || null, age: ageValue === '' ? null : Number(ageValue), sex: sex.value || null },
        results, notesPanel, encounterPanel, canCode);
    },
  },
  el('div', { class: 'field wide' }, el('label', { for: 'code-search' }, 'Search ICD-10-CM'), text,
    el('p', { id: 'code-search-help', class: 'hint' }, 'As the Alphabetic Index reads: main terms, subterms, abbreviations (CHF, UTI), '
      + 'drugs by intent, neoplasms by site and behaviour. Each result says why it matched.')),
  el('div', { class: 'field' }, el('label', { for: 'code-on' }, 'Date of service'), on),
  el('div', { class: 'field' }, el('label', { for: 'code-age' }, 'Patient age (years)'), age),
  el('div', { class: 'field' }, el('label', { for: 'code-sex' }, 'Patient sex'), sex),
  el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Search')));

  ctx.main.replaceChildren(el('h2', {}, 'Code lookup'), encounterPanel, form, results, notesPanel);
  if (encounterId) {
    await loadEncounter(ctx, state, encounterId, encounterPanel, canCode);
    if (state.encounter) {
      on.value = state.encounter.serviceDate || '';
      const p = state.encounter.patient || {};
      const years = ageOn(p.dateOfBirth, state.encounter.serviceDate);
      if (years !== null) age.value = String(years);
      if (p.sex) sex.value = p.sex;
    }
  } else {
    renderOpenEncounter(encounterPanel);
  }
  ctx.focusHeading();
}

/** No encounter yet: a form that opens one by id for coding. */
function renderOpenEncounter(panel) {
  const id = el('input', { id: 'coding-encounter-id', name: 'encounterId', autocomplete: 'off', pattern: '[A-Za-z0-9._\\-]{1,64}' });
  panel.replaceChildren(
    el('h3', { id: 'h-encounter' }, 'Encounter being coded'),
    el('form', {
      class: 'inline', onsubmit: (event) => {
        event.preventDefault();
        const value = id.value.trim();
        if (/^[A-Za-z0-9._-]{1,64}$/.test(value)) location.hash = '#/codes/' + encodeURIComponent(value);
      },
    },
    el('label', { for: 'coding-encounter-id' }, 'Encounter id'), id,
    el('button', { type: 'submit' }, 'Open for coding')),
    el('p', { class: 'hint' }, 'Without an encounter the lookup only searches and shows notes.'));
}

async function loadEncounter(ctx, state, id, panel, canCode) {
  try {
    state.encounter = (await ctx.api.graphql(ENCOUNTER, { id })).encounter;
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'not-found' || e.kind === 'forbidden')) {
      panel.replaceChildren(el('h3', { id: 'h-encounter' }, 'Encounter being coded'),
        el('p', { class: 'notice', id: 'coding-encounter-missing' }, e.kind === 'forbidden' ? 'Your role may not read encounters.'
          : 'No encounter ' + id + ' in your practice.'));
      return;
    }
    throw e;
  }
  renderEncounter(ctx, state, panel, canCode);
}

function renderEncounter(ctx, state, panel, canCode) {
  const e = state.encounter;
  panel.replaceChildren(
    el('h3', { id: 'h-encounter' }, 'Encounter being coded ', el('span', { class: 'badge' }, e.status)),
    el('p', {}, personName(e.patient), ' · date of service ', date(e.serviceDate), ' · version ', el('span', { id: 'coding-version' }, String(e.version))),
    el('h4', { id: 'h-diagnoses' }, 'Diagnoses (in claim order)'),
    e.diagnoses && e.diagnoses.length
      ? el('ol', { id: 'coding-diagnoses', 'aria-labelledby': 'h-diagnoses' }, e.diagnoses.map((d, i) => el('li', { dataset: { code: d } }, d, ' ',
        canCode ? el('button', { type: 'button', class: 'link', 'aria-label': 'Remove ' + d, onclick: () => save(ctx, state, panel, canCode,
          e.diagnoses.filter((_, k) => k !== i), 'Removed ' + d + '.') }, 'Remove') : null)))
      : el('p', { id: 'coding-diagnoses', class: 'empty' }, 'No diagnoses yet.'),
    canCode ? null : el('p', { class: 'hint' }, 'Your role may look codes up but not code the encounter.'));
}

/** Saves new diagnoses (the procedures as they are), guarded by the encounter's version. */
async function save(ctx, state, panel, canCode, diagnoses, done) {
  const e = state.encounter;
  // pointers past the new list would be refused; a removed diagnosis leaves the coder to fix its lines' pointers
  try {
    const saved = (await ctx.api.graphql(CODE_ENCOUNTER, {
      id: e.id, diagnoses, procedures: procedureInputs(e.procedures), expectedVersion: e.version,
    })).codeEncounter;
    state.encounter = { ...e, ...saved };
    renderEncounter(ctx, state, panel, canCode);
    // a code now on the encounter cannot be added twice; a removed one can be added again
    for (const li of document.querySelectorAll('#code-result-list li.code-result')) {
      const add = li.querySelector('.add-code');
      if (add) add.disabled = saved.diagnoses.includes(li.dataset.code);
    }
    ctx.announce(done + ' The encounter is at version ' + saved.version + '.');
  } catch (err) {
    if (err instanceof ApiError && err.kind === 'conflict') {
      ctx.alert('Someone else changed this encounter; it has been reloaded. Add the code again.');
      await loadEncounter(ctx, state, e.id, panel, canCode);
      return;
    }
    if (err instanceof ApiError && err.kind === 'rule') {
      ctx.alert('Not saved: ' + err.message + (err.code ? ' (' + err.code + (err.field ? ', ' + err.field : '') + ')' : ''));
      return;
    }
    throw err;
  }
}

async function search(ctx, state, query, results, notesPanel, encounterPanel, canCode) {
  results.setAttribute('aria-busy', 'true');
  let found;
  try {
    found = (await ctx.api.graphql(SEARCH, query)).searchCodes;
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
  state.results = found;
  // which search the list shows (scripts and tests wait for it)
  results.dataset.query = query.text;
  if (!found.length) {
    results.replaceChildren(el('p', { class: 'empty', id: 'code-results-empty' }, 'No code valid on that date matches these words.'));
    ctx.announce('No codes found.');
    return;
  }
  const adding = canCode && state.encounter && state.encounter.status !== 'BILLED';
  results.replaceChildren(el('ol', { class: 'code-results', id: 'code-result-list' }, found.map((c) => el('li', { class: 'code-result', dataset: { code: c.code } },
    el('div', { class: 'code-head' },
      el('button', { type: 'button', class: 'code-link', 'aria-expanded': 'false', 'aria-controls': 'code-notes',
        onclick: (event) => showNotes(ctx, c.code, query.on, notesPanel, event.currentTarget) }, c.code),
      ' ', el('span', { class: 'code-display' }, c.display || '(no description)'),
      adding ? el('button', { type: 'button', class: 'add-code', 'aria-label': 'Add ' + c.code + ' to the encounter',
        disabled: state.encounter.diagnoses.includes(c.code),
        onclick: () => save(ctx, state, encounterPanel, canCode, [...state.encounter.diagnoses, c.code], 'Added ' + c.code + '.') }, 'Add to encounter') : null),
    el('p', { class: 'why' }, el('span', { class: 'visually-hidden' }, 'Matched: '), el('span', { class: 'source' }, c.source), ' · ', c.matchedBy)))));
  ctx.announce(`${found.length} code${found.length === 1 ? '' : 's'} found; the first is ${found[0].code}.`);
}

async function showNotes(ctx, code, on, panel, button) {
  const c = (await ctx.api.graphql(NOTES, { code, on })).code;
  for (const b of document.querySelectorAll('.code-link[aria-expanded="true"]')) b.setAttribute('aria-expanded', 'false');
  if (button) button.setAttribute('aria-expanded', 'true');
  const n = c.notes;
  const sections = [];
  if (n) {
    for (const [key, label] of KINDS) {
      if (!n[key] || !n[key].length) continue;
      sections.push(el('h4', {}, label), el('ul', { class: 'notes', dataset: { kind: key } },
        n[key].map((note) => el('li', {}, note.text, ' ', el('span', { class: 'from' }, '(' + note.from + ')')))));
    }
    if (n.seventhCharacters.length) {
      sections.push(el('h4', {}, '7th characters'),
        n.seventhCharacterNote ? el('p', {}, n.seventhCharacterNote.text, ' ', el('span', { class: 'from' }, '(' + n.seventhCharacterNote.from + ')')) : null,
        el('dl', { class: 'facts', dataset: { kind: 'seventhCharacters' } }, n.seventhCharacters.map((s) => [el('dt', {}, s.character), el('dd', {}, s.meaning)])));
    }
  }
  panel.replaceChildren(
    el('h3', { id: 'h-notes', tabindex: '-1' }, c.code, ' ', c.display),
    n ? el('p', { class: 'hint' }, 'Instructions of the ', n.edition, ', the code\'s own first, then those it inherits.') : null,
    ...(sections.length ? sections : [el('p', { class: 'empty' }, 'The Tabular List gives no instructions for this code.')]));
  panel.hidden = false;
  panel.querySelector('h3').focus();
  ctx.announce('Notes of ' + c.code + ' shown.');
}
