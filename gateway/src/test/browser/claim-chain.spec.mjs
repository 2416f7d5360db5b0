// The claim page's chain of payers in Chromium, driven by playwright-core. Run by ConsoleBrowserTest (gateway), which
// makes a primary claim adjudicated by hand with a secondary coverage (so its secondary claim exists) and passes
// everything in the environment; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { env, openPage, step } from './harness.mjs';

const BASE = env('CONSOLE_BASE_URL');
const ANALYST = env('ANALYST_TOKEN');
const PRIMARY = env('PRIMARY_CLAIM');
const SECONDARY = env('SECONDARY_CLAIM');
const CONSOLE = `${BASE}/console/`;

let failed = false;
const { browser, page, errors: consoleErrors, ready, shot } = await openPage();
const steps = () => page.locator('#claim-chain li').evaluateAll((items) => items.map((li) => ({
  place: li.dataset.place, status: li.dataset.status, current: li.getAttribute('aria-current') === 'step',
  text: li.textContent,
})));

try {
  await step('the primary claim shows the payers in order, itself first and current', async () => {
    await page.goto(`${CONSOLE}#token=${encodeURIComponent(ANALYST)}`);
    await ready('worklist');
    await page.goto(`${CONSOLE}#/claims/${encodeURIComponent(PRIMARY)}`);
    await ready('worklist-detail');
    const s = await steps();
    assert.deepEqual(s.map((x) => [x.place, x.status, x.current]),
      [['PRIMARY', 'PAID', true], ['SECONDARY', 'READY', false]]);
    assert.match(s[1].text, /owes \$20\.00/);
    await shot('claim-chain.png');
  });

  await step('the step of the secondary leads to its page, where it is current', async () => {
    await page.click('#claim-chain li[data-place="SECONDARY"] a');
    await page.waitForFunction((id) => location.hash === `#/claims/${encodeURIComponent(id)}`, SECONDARY);
    await ready('worklist-detail');
    const s = await steps();
    assert.deepEqual(s.map((x) => [x.place, x.current]), [['PRIMARY', false], ['SECONDARY', true]]);
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
