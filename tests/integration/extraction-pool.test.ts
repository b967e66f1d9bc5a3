import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { extractionPool } from '../../src/crawl/extraction-pool.js';
import { extractSection } from '../../src/extract/extract.js';
import { openStore } from '../../src/store/store.js';
import * as pages from '../fixtures/pages.js';
import { html, startSiteServer } from '../harness/site-server.js';

const inputs = [
  { bytes: Buffer.from(pages.trsTable), contentType: 'text/html; charset=utf-8' },
  { bytes: Buffer.from(pages.commentedList), contentType: 'text/html; charset=utf-8' },
  { bytes: Buffer.from(pages.blankSection), contentType: 'text/html; charset=utf-8' },
  { bytes: Buffer.from(pages.scriptRendered), contentType: 'text/html; charset=utf-8' },
  { bytes: iconv.encode(pages.gbkSource, 'gbk'), contentType: 'text/html' },
].map((p) => ({ ...p, url: 'http://127.0.0.1/col/', today: '2026-11-27' }));

describe('page extraction on worker threads', () => {
  it('reads every page exactly as the main thread does, and leaves the caller its bytes', async () => {
    const read = extractionPool(2);
    const onThreads = await Promise.all(inputs.map((input) => read(input)));
    expect(onThreads).toEqual(inputs.map((input) => extractSection(input)));
    expect(onThreads.map((e) => e.status)).toEqual(['ok', 'ok', 'blank', 'unparsed', 'ok']);
    // The pool sends a copy: the fetched body is still readable afterwards.
    expect(inputs[0]?.bytes.byteLength).toBeGreaterThan(0);
  });

  it('fails only the pages of a worker that dies, and starts a new one for the next page', async () => {
    const read = extractionPool(1, { file: new URL('../fixtures/crashing-worker.js', import.meta.url) });
    const input = inputs[0] as (typeof inputs)[number];
    await expect(read(input)).rejects.toThrow(/exited with code 3/);
    // A fresh worker takes the next page (and dies too): the pool never hangs on a dead thread.
    await expect(read(input)).rejects.toThrow(/exited with code 3/);
  });

  it('lets a check cycle read a page on the main thread when its worker died', async () => {
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
      const fetch = { ...config.settings.fetch, perHostSpacingMs: 0 };
      const app = createApp({
        config,
        store: await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-pool-'))),
        ...crawlerFor(fetch),
        extract: extractionPool(1, { file: new URL('../fixtures/crashing-worker.js', import.meta.url) }),
        now: () => new Date('2026-11-27T02:00:00Z'),
      });
      const [result] = (await app.check({ sections: app.catalog().sections })).results;
      // Read in full despite the dead worker: the GBK list's newest date, and a judged (not unknown) state.
      expect(result).toMatchObject({ newest: '2026-05-13', reason: null });
      expect(['fresh', 'due', 'stale']).toContain(result?.state);
    } finally {
      await site.close();
    }
  });
});
