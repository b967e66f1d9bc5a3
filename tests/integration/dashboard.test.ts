import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogSource } from '../../src/app/catalog.js';
import { inspect } from '../../src/app/inspection.js';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config/config.js';
import { isLoopback, requiredToken, tokenMatches } from '../../src/dashboard/access.js';
import { createDashboard, type DashboardDeps } from '../../src/dashboard/app.js';
import { type RunningDashboard, startDashboard } from '../../src/dashboard/server.js';
import { sectionKey } from '../../src/domain/types.js';
import { openStore } from '../../src/store/store.js';
import { type SeededData, seedDataDir } from '../harness/seeded-data.js';

let seeded: SeededData;
let deps: Omit<DashboardDeps, 'token'>;

beforeAll(async () => {
  seeded = await seedDataDir(40);
  const config = loadConfig({ dir: seeded.configDir });
  const store = await openStore(seeded.dataDir);
  const inspection = inspect(catalogSource(config, store)(), store, new Date(seeded.now), config.calendar);
  deps = {
    inspection: () => inspection,
    history: (b, c) => store.section(sectionKey(b, c))?.history ?? null,
    trendPng: () => Buffer.from('png'),
  };
}, 60_000);

describe('dashboard pages', () => {
  const app = () => createDashboard(deps);

  it('escapes scraped text on every page that shows it', async () => {
    for (const p of [`/bureau/${seeded.hostileBureau}`, '/?level=city', '/stale', '/report']) {
      const res = await app().request(p);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).not.toContain('<script>');
      expect(body).not.toContain('<img src=x');
      if (p !== '/report') expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    }
  });

  it('is read-only and sends no script, referrer or framing', async () => {
    const post = await app().request('/', { method: 'POST' });
    expect(post.status).toBe(405);
    const res = await app().request('/rates');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('speaks English with ?lang=en and keeps it in its links', async () => {
    const body = await (await app().request('/?lang=en&level=county')).text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('County · Rankings');
    expect(body).toMatch(/href="\/bureau\/[a-z0-9-]+\?lang=en"/);
    expect(await (await app().request('/')).text()).toContain('省级 · 排名');
  });

  it('answers 404 for an unknown bureau or section', async () => {
    expect((await app().request('/bureau/nope')).status).toBe(404);
    expect((await app().request('/chart/section/nope/work_news.svg')).status).toBe(404);
  });

  it('draws a section history as SVG and offers the workbook as a download', async () => {
    const svg = await app().request(`/chart/section/${seeded.hostileBureau}/work_news.svg`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg /);
    const xlsx = await app().request('/report.xlsx');
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="landwatch-2026-11-27.xlsx"');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

describe('dashboard access', () => {
  let running: RunningDashboard;
  const token = 'correct-horse-battery-staple';

  afterAll(async () => {
    await running?.close();
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.5', '::', 'example.org'].some(isLoopback)).toBe(false);
  });

  it('refuses to start beyond loopback without a token, or with a short one', async () => {
    await expect(startDashboard(deps, { port: 0, host: '0.0.0.0' })).rejects.toThrow(/DASHBOARD_TOKEN must be set/);
    expect(() => requiredToken('0.0.0.0', 'short')).toThrow(/too short/);
    expect(requiredToken('127.0.0.1', undefined)).toBeNull();
  });

  it('compares tokens in constant time and accepts Bearer or ?token=', async () => {
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(token, `${token}x`)).toBe(false);
    expect(tokenMatches(token, null)).toBe(false);
    running = await startDashboard(deps, { port: 0, host: '127.0.0.1', token });
    expect((await fetch(running.url)).status).toBe(401);
    expect((await fetch(running.url, { headers: { Authorization: 'Bearer wrong-token-000000' } })).status).toBe(401);
    expect((await fetch(running.url, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    const page = await fetch(`${running.url}?token=${token}&level=city`);
    expect(page.status).toBe(200);
    // Links keep the token, so a reader who came with ?token= can move around; the style sheet needs none.
    const body = await page.text();
    expect(body).toContain(`?token=${token}`);
    expect(body).toContain(`<input type="hidden" name="token" value="${token}">`);
    expect((await fetch(`${running.url}style.css`)).status).toBe(200);
  });
});

describe('landwatch serve', () => {
  it('will not serve beyond loopback without DASHBOARD_TOKEN', async () => {
    const errors: string[] = [];
    const io = { out: () => {}, err: (t: string) => errors.push(t), isTty: false, env: {} };
    expect(await runCli(['serve', '--host', '0.0.0.0', '--port', '0', ...seeded.args], io)).toBe(1);
    expect(errors.join('\n')).toMatch(/host 0\.0\.0\.0 is not loopback, so DASHBOARD_TOKEN must be set/);
  });
});
