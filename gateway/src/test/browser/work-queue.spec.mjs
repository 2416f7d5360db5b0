// The console's work queue page in Chromium, driven by playwright-core. Run by ConsoleBrowserTest (gateway), which
// makes two DENIAL items (a bundled line on an Aetna and a UnitedHealthcare claim) and passes everything in the
// environment; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { env, openPage, step } from './harness.mjs';

const BASE = env('CONSOLE_BASE_URL');
const BILLER = env('BILLER_TOKEN');
const ANALYST = env('ANALYST_TOKEN');
const AETNA_CLAIM = env('AETNA_CLAIM');
const UHC_CLAIM = env('UHC_CLAIM');
const UHC = env('UHC_PAYER_ID');
const CONSOLE = `${BASE}/console/`;

const { browser, page, errors: consoleErrors, ready, shot } = await openPage();
const loaded = () => page.waitForSelector('#workqueue-results[aria-busy="false"]', { timeout: 30_000 });
const rows = () => page.locator('#workqueue-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
  claim: tr.querySelector('a.claim-link') ? tr.querySelector('a.claim-link').dataset.claimId : null,
  due: tr.cells[0].textContent,
  category: tr.cells[2].textContent,
  status: tr.cells[3].textContent,
  assignee: tr.cells[6].textContent,
  actions: tr.querySelectorAll('.item-actions button').length,
})));
async function applyFilter(values) {
  for (const [id, value] of Object.entries(values)) {
    const tag = await page.locator(id).evaluate((e) => e.tagName);
    if (tag === 'SELECT') await page.selectOption(id, value);
    else await page.fill(id, value);
  }
  await page.click('form[aria-label="Filter the work queue"] button[type=submit]');
  await loaded();
}

try {
  await step('a biller opens the work queue and sees both denials, earliest due first', async () => {
    await page.goto(`${CONSOLE}#token=${encodeURIComponent(BILLER)}`);
    await ready('worklist');
    await page.click('nav a[data-nav="workqueue"]');
    await ready('workqueue');
    await loaded();
    const r = await rows();
    assert.deepEqual(new Set(r.map((x) => x.claim)), new Set([AETNA_CLAIM, UHC_CLAIM]));
    assert.ok(r.every((x) => x.category === 'denial' && x.status === 'open' && x.actions === 3), JSON.stringify(r));
    const dues = r.map((x) => x.due);
    assert.deepEqual(dues, [...dues].sort());
    await shot('work-queue.png');
  });

  await step('filters: by payer, by category, and due before today (nothing is overdue)', async () => {
    await applyFilter({ '#q-payer': UHC });
    assert.deepEqual((await rows()).map((x) => x.claim), [UHC_CLAIM]);
    await applyFilter({ '#q-payer': '', '#q-category': 'FILING_DEADLINE' });
    await page.waitForSelector('#workqueue-empty');
    await applyFilter({ '#q-category': '', '#q-due-before': new Date().toISOString().slice(0, 10) });
    await page.waitForSelector('#workqueue-empty');
    await applyFilter({ '#q-due-before': '' });
    assert.equal((await rows()).length, 2);
  });

  await step('start, assign and resolve one item with a note', async () => {
    const row = page.locator(`#workqueue-table tbody tr:has(a[data-claim-id="${AETNA_CLAIM}"])`);
    await row.locator('button.item-start').click();
    await page.waitForFunction((id) => {
      const a = document.querySelector(`#workqueue-table a[data-claim-id="${id}"]`);
      return a && a.closest('tr').cells[3].textContent === 'in progress';
    }, AETNA_CLAIM);
    let r = (await rows()).find((x) => x.claim === AETNA_CLAIM);
    assert.equal(r.assignee, 'bill.er', 'started by the biller: theirs');
    await row.locator('input.item-assignee').fill('ana.lyst');
    await row.locator('form.item-assign button').click();
    await page.waitForFunction((id) => {
      const a = document.querySelector(`#workqueue-table a[data-claim-id="${id}"]`);
      return a && a.closest('tr').cells[6].textContent === 'ana.lyst';
    }, AETNA_CLAIM);
    await row.locator('form.item-resolve button').click();
    await page.waitForFunction(() => document.getElementById('alert').textContent.includes('Say what was done'));
    await row.locator('input.item-note').fill('checked NCCI; modifier 59 not supported, accepted the bundling');
    await row.locator('form.item-resolve button').click();
    await page.waitForFunction((id) => !document.querySelector(`#workqueue-table a[data-claim-id="${id}"]`), AETNA_CLAIM);
    await applyFilter({ '#q-status': 'RESOLVED' });
    r = await rows();
    assert.deepEqual(r.map((x) => [x.claim, x.status, x.actions]), [[AETNA_CLAIM, 'resolved', 0]]);
    await applyFilter({ '#q-status': '' });
  });

  await step('one click from an item to its claim', async () => {
    await page.click(`#workqueue-table a.claim-link[data-claim-id="${UHC_CLAIM}"]`);
    await ready('worklist-detail');
    assert.ok(page.url().endsWith(`#/claims/${UHC_CLAIM}`));
  });

  await step('an analyst reads the queue without the moves', async () => {
    await page.goto(`${CONSOLE}#token=${encodeURIComponent(ANALYST)}`);
    await ready('worklist');
    await page.goto(`${CONSOLE}#/work-queue`);
    await ready('workqueue');
    await loaded();
    const r = await rows();
    assert.deepEqual(r.map((x) => [x.claim, x.actions]), [[UHC_CLAIM, 0]]);
  });

  assert.deepEqual(consoleErrors, [], 'no errors in the browser console');
} finally {
  await browser.close();
}
