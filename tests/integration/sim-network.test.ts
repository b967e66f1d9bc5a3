import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { createFetcher } from '../../src/crawl/fetcher.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import { compareWithTruth } from '../../src/sim/evaluate.js';
import { generateNetwork } from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';
import { networkTruth } from '../../src/sim/truth.js';
import { openStore, type Store } from '../../src/store/store.js';

const DAY = '2026-11-27';
let sim: SimServer;
let store: Store;
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });

beforeAll(async () => {
  // Redesigns and every fault are over-represented so a small network shows them all.
  sim = await startSimServer(generateNetwork({ seed: 11, size: 40, origin: DAY, faultRate: 0.15, redesignRate: 0.3 }), {
    today: DAY,
  });
  config.bureaus = sim.bureaus();
  store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-sim-')));
});

afterAll(async () => {
  await sim.close();
});

async function cycleOn(day: string) {
  sim.setToday(day);
  const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };
  const app = createApp({
    config,
    store,
    fetcher: createFetcher(fetch),
    queue: new HostQueue({ concurrency: 32, perHost: 1, spacingMs: 0 }),
    now: () => new Date(`${day}T04:00:00Z`),
  });
  const { results } = await app.check({ sections: app.catalog().sections });
  return { results, agreement: compareWithTruth(results, networkTruth(sim.network, config.categories, day)) };
}

describe('landwatch against the simulated network', () => {
  it('gives every bureau its own loopback host and mixes CMS families, GBK and faults', () => {
    const bureaus = sim.network.bureaus;
    expect(new Set(bureaus.map((b) => b.address)).size).toBe(bureaus.length);
    expect(bureaus.every((b) => b.address.startsWith('127.'))).toBe(true);
    expect(new Set(bureaus.map((b) => b.family)).size).toBe(6);
    expect(new Set(bureaus.map((b) => b.level))).toEqual(new Set(['province', 'city', 'county']));
    expect(bureaus.some((b) => b.gbk)).toBe(true);
    const faults = new Set(bureaus.flatMap((b) => b.sections.map((s) => s.fault)));
    for (const f of ['blank', 'script-only', 'moved', 'challenge', 'server-error', 'burst', 'reset', 'trickle']) {
      expect(faults).toContain(f);
    }
    expect(config.bureaus.some((b) => b.sections.some((s) => s.url.includes('dataproxy.jsp')))).toBe(true);
  });

  it('serves later pages of a column as index_N.html', async () => {
    const bureau = sim.network.bureaus.find((b) => b.sections.every((s) => s.fault === 'none') && !b.redesign);
    const news = bureau?.sections.find((s) => s.category === 'work_news');
    const url = `http://${bureau?.address}:${sim.port}${news?.path}`;
    const [first, second] = await Promise.all([fetch(url), fetch(`${url}index_1.html`)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.text()).not.toBe(await first.text());
  });

  it('agrees with the truth on every section, and again after the clock moves two months', async () => {
    const first = await cycleOn(DAY);
    expect(first.agreement.disagreements).toEqual([]);
    expect(first.agreement.total).toBe(600);
    const later = await cycleOn('2027-01-26');
    expect(later.agreement.disagreements).toEqual([]);
    // Redesigned sites: old column URLs answer 404 or send readers to the homepage; both are `missing`.
    const redesigned = sim.network.bureaus.filter((b) => b.redesign && b.redesign.day <= '2027-01-26');
    expect(redesigned.map((b) => b.redesign?.redirectHome)).toEqual(expect.arrayContaining([true, false]));
    for (const b of redesigned) {
      expect(later.results.filter((r) => r.bureau === b.id).every((r) => r.state === 'missing')).toBe(true);
    }
    // Time passing makes news columns stale and the new year brings fresh items: both directions happen.
    const went = later.results.filter((r) => r.previous === 'fresh' && r.state === 'stale');
    const came = later.results.filter((r) => r.previous === 'stale' && r.state === 'fresh');
    expect(went.length).toBeGreaterThan(0);
    expect(came.length).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', () => {
    const a = generateNetwork({ seed: 11, size: 40, origin: DAY });
    const b = generateNetwork({ seed: 11, size: 40, origin: DAY });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateNetwork({ seed: 12, size: 40, origin: DAY }))).not.toBe(JSON.stringify(a));
  });
});
