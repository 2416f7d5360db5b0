// What the console's browser scripts share: their settings from the environment (ConsoleBrowserTest sets them), one
// named step at a time, and a Chromium page that records every error the console logs.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (this script is run by ConsoleBrowserTest)`);
  return value;
};

export async function step(name, body) {
  const t0 = Date.now();
  try {
    await body();
    console.log(`  ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    console.log(`  FAIL ${name} (${Date.now() - t0} ms)\n${e && e.stack ? e.stack : e}`);
    throw e;
  }
}

/**
 * Headless Chromium (env CHROMIUM) with one page: {@code errors} collects what the page logs as errors, {@code ready}
 * waits for a console view to finish loading, {@code shot} saves a screenshot in env SCREENSHOT_DIR.
 */
export async function openPage(contextOptions = {}) {
  const shots = env('SCREENSHOT_DIR');
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: env('CHROMIUM'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  // playwright gives every context a fresh profile in a new temporary --user-data-dir
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url || ''}`.trim()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    browser, page, errors,
    ready: (view) => page.waitForSelector(`main[data-view="${view}"][aria-busy="false"]`, { timeout: 30_000 }),
    shot: (name) => page.screenshot({ path: path.join(shots, name), fullPage: true }),
  };
}
