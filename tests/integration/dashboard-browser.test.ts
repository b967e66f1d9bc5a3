import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/common.js';
import { serveCommand } from '../../src/cli/serve.js';
import { HOSTILE, type SeededData, seedDataDir } from '../harness/seeded-data.js';

/**
 * The dashboard as people see it: `landwatch serve` on the seeded demo data (a real HTTP server),
 * each page loaded in real Chromium, screenshots kept in the test's temp folder.
 */

const CHROMIUM = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);
if (!CHROMIUM) console.warn('dashboard browser test skipped: no Chromium found in /usr/bin');

let seeded: SeededData;
let served: Promise<number>;
let stopServe: (v?: unknown) => void;
let base: string;
let browser: Browser;
let startedInMs: number;
const dialogs: string[] = [];

/** `landwatch serve` in-process (the same command function the CLI runs), until the test ends. */
async function startServe(args: string[]): Promise<string> {
  let printed = '';
  const io: Io = { out: (t) => (printed += t), err: (t) => (printed += t), isTty: false, env: {} };
  served = serveCommand(['--port', '0', ...args], io, new Promise((resolve) => (stopServe = resolve)));
  for (const started = Date.now(); Date.now() - started < 30_000; ) {
    const url = printed.match(/dashboard on (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
    if (url) return url;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`landwatch serve did not start: ${printed}`);
}

describe.skipIf(!CHROMIUM)('the dashboard in Chromium', () => {
  beforeAll(async () => {
    seeded = await seedDataDir(60);
    const started = performance.now();
    base = await startServe(seeded.args);
    const res = await fetch(base);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<table>');
    startedInMs = performance.now() - started;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    stopServe?.();
    expect(await served).toBe(0);
  });

  async function open(pathAndQuery: string, shot: string, viewport = { width: 1200, height: 900 }) {
    const page = await browser.newPage({ viewport });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(new URL(pathAndQuery, base).href, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await page.evaluate('document.fonts.ready');
    const screenshot = path.join(seeded.dir, `${shot}.png`);
    await page.screenshot({ path: screenshot, fullPage: viewport.width > 600 });
    console.log(`screenshot: ${screenshot}`);
    return { page, errors };
  }

  it('`landwatch serve` answers with rankings within seconds', () => {
    console.log(`landwatch serve: first rankings page ${Math.round(startedInMs)} ms after start`);
    expect(startedInMs).toBeLessThan(5_000);
  });

  it('shows the rankings table, filtered by province, on a phone too', async () => {
    const { page } = await open('/?level=city', 'rankings-city');
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    const province = await page.locator('select[name=province] option').nth(1).getAttribute('value');
    await page.selectOption('select[name=province]', province ?? '');
    await Promise.all([page.waitForURL(/province=/), page.click('form.filter button')]);
    const provinces = await page.locator('table tbody tr td:nth-child(3)').allTextContents();
    expect(provinces.length).toBeGreaterThan(0);
    expect(new Set(provinces)).toEqual(new Set([province]));
    await page.close();
    const phone = await open('/?level=county', 'rankings-phone', { width: 390, height: 844 });
    const width = await phone.page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await phone.page.close();
  });

  it("draws a bureau's breakdown and each section's history chart, hostile text shown as text", async () => {
    const { page, errors } = await open(`/bureau/${seeded.hostileBureau}`, 'bureau');
    expect(await page.locator('h1').textContent()).toContain('<script>alert("x")</script>');
    expect(await page.evaluate('document.scripts.length')).toBe(0);
    const chart = page.locator('img.history').first();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      "document.querySelector('img.history')?.complete && document.querySelector('img.history').naturalWidth > 0",
    );
    expect(await chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(360);
    expect(await page.locator('td', { hasText: HOSTILE }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists stale sections, rates and the report with its trend chart, in English on request', async () => {
    for (const [p, shot] of [
      ['/stale', 'stale'],
      ['/rates', 'rates'],
      ['/report?lang=en', 'report-en'],
    ] as const) {
      const { page } = await open(p, shot);
      expect(await page.locator('table').count()).toBeGreaterThan(0);
      if (shot === 'report-en') {
        expect(await page.locator('nav').textContent()).toContain('Rankings');
        await page.waitForFunction("document.querySelector('figure img')?.naturalWidth > 0");
        const xlsx = await page.locator('a[href*="report.xlsx"]').getAttribute('href');
        const res = await fetch(new URL(xlsx ?? '', base));
        expect(res.headers.get('content-type')).toContain('spreadsheetml');
      }
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });
});
