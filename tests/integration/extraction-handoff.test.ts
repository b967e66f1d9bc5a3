import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { extractionPool } from '../../src/crawl/extraction-pool.js';
import type { Fetcher } from '../../src/crawl/fetcher.js';
import { openStore } from '../../src/store/store.js';
import * as pages from '../fixtures/pages.js';
import { html, startSiteServer } from '../harness/site-server.js';

describe('a body handed to a parser thread without a copy', () => {
  it('is fetched again and read on the main thread when that thread dies with it', async () => {
    const site = await startSiteServer({
      '/gbk/': html(iconv.encode(pages.gbkSource, 'gbk'), { 'content-type': 'text/html' }),
    });
    try {
      const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
      const section = { bureauId: 'x1', category: 'expro_notice', url: `${site.url}/gbk/`, hints: {} };
      config.bureaus = [
        {
          id: 'x1',
          name: '堃镕县国土资源局',
          level: 'county',
          province: '测试省',
          homepage: `${site.url}/`,
          sections: [section],
        },
      ];
      const crawler = crawlerFor({ ...config.settings.fetch, perHostSpacingMs: 0 });
      let requests = 0;
      const handed: Uint8Array[] = [];
      // Every body owns its buffer, as a body allocated at its final size does, so the pool moves it.
      const fetcher: Fetcher = async (req) => {
        requests++;
        const r = await crawler.fetcher(req);
        if (r.kind !== 'body') return r;
        const bytes = new Uint8Array(r.bytes);
        handed.push(bytes);
        return { ...r, bytes };
      };
      const app = createApp({
        config,
        store: await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-handoff-'))),
        ...crawler,
        fetcher,
        extract: extractionPool(1, new URL('../fixtures/crashing-worker.js', import.meta.url)),
        now: () => new Date('2026-11-27T02:00:00Z'),
      });
      const [result] = (await app.check({ sections: app.catalog().sections })).results;
      expect(handed[0]?.byteLength).toBe(0);
      expect(requests).toBe(2);
      expect(result).toMatchObject({ newest: '2026-05-13', reason: null });
    } finally {
      await site.close();
    }
  });
});
