import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { bestProposals, discoverSections } from '../../src/crawl/discover.js';
import { generateNetwork, navStyle, type SimBureau, sectionPath } from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';

/**
 * A department sub-site on a city portal's 集约化 platform (the simulator's ninth template): tab boxes whose
 * captions only switch panes, the portal's header and footer off the host, a numbered 部门信息公开目录 with
 * an archive column beside the live ones, the mailbox in a 互动交流 box.
 */

const ORIGIN = '2026-06-01';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };
let sim: SimServer;

beforeAll(async () => {
  sim = await startSimServer(generateNetwork({ seed: 4, size: 24, origin: ORIGIN, faultRate: 0 }), { today: ORIGIN });
});
afterAll(() => sim.close());

describe('discovery on a department sub-site', () => {
  it('finds every watched column at its address, and proposes neither the archive nor the portal’s pages', async () => {
    const sites = sim.network.bureaus.filter((b) => navStyle(b) === 'bumen').slice(0, 2);
    expect(sites.length).toBeGreaterThan(0);
    for (const b of sites as SimBureau[]) {
      const host = `http://${b.address}:${sim.port}`;
      const best = bestProposals(
        await discoverSections(`${host}/`, { ...crawlerFor(fetch), categories: config.categories, today: ORIGIN }),
      );
      const found = b.sections.map((s) => [s.category, best.get(s.category)?.url.replace(/index\.html$/, '')]);
      expect(found).toEqual(b.sections.map((s) => [s.category, `${host}${sectionPath(b, s, ORIGIN)}`]));
      const elsewhere = [...best.values()].filter(
        (p) => !p.url.startsWith(host) || /以前|历史/.test(p.evidence.linkText),
      );
      expect(elsewhere).toEqual([]);
    }
  }, 30_000);
});
