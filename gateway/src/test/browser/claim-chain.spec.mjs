// The claim page's chain of payers in Chromium, driven by playwright-core. Run by ConsoleBrowserTest (gateway), which
// makes a primary claim adjudicated by hand with a secondary coverage (so its secondary claim exists) and passes
// everything in the environment; exits non-zero on the first failed step.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (this script is run by ConsoleBrowserTest)`);
  return value;
};
const BASE = env('CONSOLE_BASE_URL');
const ANALYST = env('ANALYST_TOKEN');
const PRIMARY = env('PRIMARY_CLAIM');
const SECONDARY = env('SECONDARY_CLAIM');
const SHOTS = env('SCREENSHOT_DIR');
const CONSOLE = `${BASE}/console/`;
mkdirSync(SHOTS, { recursive: true });

let failed = false;
async function step(name, body) {
  const t0 = Date.now();
  try {
    await body();
    console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    console.log(`  FAIL ${name} (${Date.now() - t0} ms)\n${e && e.stack ? e.stack : e}`);
    throw e;
  }
}

const browser = await chromium.launch({
  executablePath: env('CHROMIUM'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url || ''}`.trim()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));
const ready = (view) => page.waitForSelector(`main[data-view="${view}"][aria-busy="false"]`, { timeout: 30_000 });
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
    await page.screenshot({ path: path.join(SHOTS, 'claim-chain.png'), fullPage: true });
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
