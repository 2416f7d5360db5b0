// The console's code lookup page in Chromium, driven by playwright-core. Run by ConsoleBrowserTest (gateway), which
// creates a coded encounter (E11.9, I10) and passes everything in the environment; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { env, openPage, step } from './harness.mjs';

const BASE = env('CONSOLE_BASE_URL');
const CODER = env('CODER_TOKEN');
const ANALYST = env('ANALYST_TOKEN');
const ENCOUNTER = env('ENCOUNTER_ID');
const CONSOLE = `${BASE}/console/`;

let failed = false;
const { browser, page, errors: consoleErrors, ready, shot } = await openPage();
const diagnoses = () => page.locator('#coding-diagnoses li').evaluateAll((items) => items.map((li) => li.dataset.code));

async function searchFor(text) {
  await page.fill('#code-search', text);
  await page.click('form[role=search] button[type=submit]');
  await page.waitForFunction((t) => document.querySelector('#code-results').dataset.query === t
    && document.querySelector('#code-result-list li, #code-results-empty'), text);
  return page.locator('#code-result-list li.code-result').evaluateAll((items) => items.map((li) => ({
    code: li.dataset.code,
    why: li.querySelector('.why').textContent,
  })));
}

try {
  await step('a coder opens an encounter for coding from a sign-in link', async () => {
    await page.goto(`${CONSOLE}#token=${encodeURIComponent(CODER)}`);
    await ready('worklist');
    await page.click('nav a[data-nav="codes"]');
    await ready('codes');
    await page.fill('#coding-encounter-id', ENCOUNTER);
    await page.click('#coding-encounter button[type=submit]');
    await ready('codes-detail');
    await page.waitForSelector('#coding-diagnoses');
    assert.deepEqual(await diagnoses(), ['E11.9', 'I10']);
    assert.equal(await page.locator('#coding-version').textContent(), '1');
    assert.equal(await page.inputValue('#code-on'), '2026-11-10', 'the search date is the date of service');
    assert.equal(await page.locator('nav a[data-nav="codes"]').getAttribute('aria-current'), 'page');
  });

  await step('lay words find the code, and each result says why it matched', async () => {
    const found = await searchFor('heart attack');
    assert.equal(found[0].code, 'I21.9');
    assert.match(found[0].why, /Index/);
    assert.match(found[0].why, /Attack, attacks, heart → see Infarct, infarction, myocardium/);
    assert.match(await page.locator('#status').textContent(), /codes? found; the first is I21\.9/);
    const chf = await searchFor('CHF');
    assert.equal(chf[0].code, 'I50.9');
    assert.match(chf[0].why, /chf = congestive heart failure/);
  });

  await step('a drug by intent and a neoplasm by behaviour come from their tables', async () => {
    const drug = await searchFor('adverse effect of penicillin');
    assert.equal(drug[0].code, 'T36.0X5A');
    assert.match(drug[0].why, /Table of Drugs and Chemicals/);
    const neoplasm = await searchFor('metastatic cancer to bone');
    assert.equal(neoplasm[0].code, 'C79.51');
    assert.match(neoplasm[0].why, /Table of Neoplasms: .*malignant secondary/);
  });

  await step("a code's Tabular notes show where each is written", async () => {
    const found = await searchFor('type 2 diabetes with diabetic chronic kidney disease');
    assert.equal(found[0].code, 'E11.22');
    await page.click('#code-result-list li[data-code="E11.22"] .code-link');
    await page.waitForSelector('#code-notes:not([hidden]) h3');
    assert.match(await page.locator('#code-notes h3').textContent(), /^E11\.22 /);
    const additional = await page.locator('#code-notes ul[data-kind="useAdditionalCode"] li').allTextContents();
    assert.ok(additional.some((t) => t.includes('N18.1-N18.6') && t.includes('(E11.22)')), additional.join(' | '));
    const excludes1 = await page.locator('#code-notes ul[data-kind="excludes1"] li').allTextContents();
    assert.ok(excludes1.some((t) => t.startsWith('type 1 diabetes mellitus (E10.-)') && t.includes('(E11)')), excludes1.join(' | '));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'h-notes');
    await shot('code-lookup-notes.png');
  });

  await step('adding a result saves it to the encounter, guarded by its version', async () => {
    await searchFor('pneumonia');
    await page.click('#code-result-list li[data-code="J18.9"] .add-code');
    await page.waitForFunction(() => document.querySelector('#coding-version').textContent === '2');
    assert.deepEqual(await diagnoses(), ['E11.9', 'I10', 'J18.9']);
    assert.match(await page.locator('#status').textContent(), /Added J18\.9\. The encounter is at version 2/);
    assert.equal(await page.isDisabled('#code-result-list li[data-code="J18.9"] .add-code'), true);
  });

  await step('a code in an Excludes1 pair is refused with the rule, and nothing changes', async () => {
    const found = await searchFor('type 1 diabetes');
    assert.equal(found[0].code, 'E10.9');
    await page.click('#code-result-list li[data-code="E10.9"] .add-code');
    await page.waitForFunction(() => document.querySelector('#alert').textContent.includes('excludes1-pair'));
    assert.match(await page.locator('#alert').textContent(), /E11\.9 and E10\.9 exclude each other/);
    assert.deepEqual(await diagnoses(), ['E11.9', 'I10', 'J18.9']);
    assert.equal(await page.locator('#coding-version').textContent(), '2');
    await shot('code-lookup-refused.png');
  });

  await step('removing a diagnosis saves the shorter list', async () => {
    await page.click('#coding-diagnoses li[data-code="J18.9"] button');
    await page.waitForFunction(() => document.querySelector('#coding-version').textContent === '3');
    assert.deepEqual(await diagnoses(), ['E11.9', 'I10']);
  });

  await step('an analyst may look codes up but not code the encounter', async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${CONSOLE}#token=${encodeURIComponent(ANALYST)}`);
    await ready('worklist');
    await page.goto(`${CONSOLE}#/codes/${encodeURIComponent(ENCOUNTER)}`);
    await ready('codes-detail');
    await page.waitForSelector('#coding-diagnoses');
    const found = await searchFor('strep throat');
    assert.equal(found[0].code, 'J02.0');
    assert.equal(await page.locator('.add-code').count(), 0);
    assert.equal(await page.locator('#coding-diagnoses button').count(), 0);
  });

  await step('without an encounter the page searches and offers to open one', async () => {
    await page.goto(`${CONSOLE}#/codes`);
    await ready('codes');
    await page.waitForSelector('#coding-encounter-id');
    const found = await searchFor('annual physical');
    assert.ok(['Z00.00', 'Z00.01'].includes(found[0].code), found[0].code);
    await page.keyboard.press('Tab');
    await shot('code-lookup.png');
  });

  await step('the page logged no errors', async () => {
    assert.deepEqual(consoleErrors, []);
  });
} catch {
  failed = true;
} finally {
  await browser.close().catch(() => {});
}
process.exit(failed ? 1 : 0);
