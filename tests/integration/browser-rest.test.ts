import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import type { BrowserLane } from '../../src/crawl/browser/lane.js';
import { createFetcher } from '../../src/crawl/fetcher.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import { openStore } from '../../src/store/store.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

/**
 * A page whose list only a browser could build, where the browser finds none either: the browser is tried,
 * then the section rests a day before the next try, keeping what the browser said. The lane here renders the
 * page's own (empty) HTML: what matters is how often the pipeline asks for it; the real lane has its own tests.
 */
let site: SiteServer;
const page = `<html><head><meta charset="utf-8"><title>通知公告</title></head><body><ul id="list"></ul>
<script>fetch('/api/list.json').then((r) => r.json()).then((items) => { /* never arrives */ });</script></body></html>`;

beforeAll(async () => {
  site = await startSiteServer({ '/tzgg/': html(page) });
});
afterAll(() => site.close());

function emptyLane(): BrowserLane & { renders: number } {
  const lane = {
    renders: 0,
    render: async () => {
      lane.renders++;
      return {
        kind: 'rendered' as const,
        bytes: new TextEncoder().encode(page),
        status: 200,
        finalUrl: `${site.url}/tzgg/`,
        ended: 'settled' as const,
        cookies: [],
        ms: 5,
      };
    },
    stats: () => ({ launches: 1, pages: lane.renders, peakRssBytes: 0, busyMs: 0 }),
    close: async () => {},
  };
  return lane;
}

describe('a section the browser could not read', () => {
  it('rests a day between browser tries, keeping what the browser said', async () => {
    const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
    config.bureaus = [
      {
        id: 'x1',
        name: '测试县自然资源局',
        level: 'county',
        province: '测试省',
        homepage: `${site.url}/`,
        sections: [{ bureauId: 'x1', category: 'notices', url: `${site.url}/tzgg/`, hints: {} }],
      },
    ];
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-rest-'));
    const store = await openStore(dir);
    const lane = emptyLane();
    let now = new Date('2026-11-27T04:00:00Z');
    const app = createApp({
      config,
      store,
      fetcher: createFetcher({ ...config.settings.fetch, retries: 0 }),
      queue: new HostQueue({ concurrency: 4, perHost: 1, spacingMs: 0 }),
      browser: lane,
      now: () => now,
    });
    const check = async (at: string) => {
      now = new Date(at);
      const [r] = (await app.check({ sections: app.catalog().sections })).results;
      return { state: r?.state, note: r?.note, renders: lane.renders };
    };
    expect(await check('2026-11-27T04:00:00Z')).toEqual({ state: 'unparsed', note: 'browser-no-list', renders: 1 });
    // An hour later: no tab for it, and the state still says what the browser found.
    expect(await check('2026-11-27T05:00:00Z')).toEqual({ state: 'unparsed', note: 'browser-no-list', renders: 1 });
    // A day after the try: the browser gets it again.
    expect(await check('2026-11-28T05:00:00Z')).toEqual({ state: 'unparsed', note: 'browser-no-list', renders: 2 });
    // The rest survives a restart: the store keeps when the browser last tried.
    expect((await openStore(dir)).section('x1/notices')?.last.browserTriedAt).toBe('2026-11-28T05:00:00.000Z');
  });
});
