import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import type { Fetcher, FetchRequest } from '../../src/crawl/fetcher.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import { openStore } from '../../src/store/store.js';
import * as pages from '../fixtures/pages.js';

/** A queue that remembers which host each task was queued on. */
class RecordingQueue extends HostQueue {
  readonly queuedOn: string[] = [];
  override run<T>(host: string, task: () => Promise<T>): Promise<T> {
    this.queuedOn.push(host);
    return super.run(host, task);
  }
}

/** The cycle's requests for one undated list whose detail pages carry these dates, by item. */
async function checkUndated(details: Record<string, string>) {
  const list = pages.undatedList.replace('/d/2.html', 'http://elsewhere.example/d/2.html');
  const requests: FetchRequest[] = [];
  // No network: the oracle is what the cycle asked the fetcher and the queue for.
  const fetcher: Fetcher = async (req) => {
    requests.push(req);
    const item = req.url.match(/\/d\/(\d)\.html$/)?.[1] ?? '';
    const bytes = Buffer.from(req.url.endsWith('/list/') ? list : pages.detailPage(details[item] ?? '2026-01-01'));
    return {
      kind: 'body',
      status: 200,
      bytes,
      truncated: false,
      contentType: 'text/html; charset=utf-8',
      etag: null,
      lastModified: null,
      finalUrl: req.url,
      ms: 1,
    };
  };
  const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
  const section = { bureauId: 'a', category: 'land_change_survey', url: 'http://bureau.example/list/', hints: {} };
  config.bureaus = [
    {
      id: 'a',
      name: '甲市自然资源局',
      level: 'city',
      province: '乙省',
      homepage: 'http://bureau.example/',
      sections: [section],
    },
  ];
  const queue = new RecordingQueue({ concurrency: 4, perHost: 1, spacingMs: 0 });
  const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-details-')));
  const app = createApp({ config, store, fetcher, queue, now: () => new Date('2026-11-27T04:00:00Z') });
  const [result] = (await app.check({ sections: app.catalog().sections })).results;
  return { result, requests, queue };
}

describe('detail links of an undated list', () => {
  it('are fetched as links found on a page, each queued on its own host; past a pinned first item, three', async () => {
    // The first item is pinned (older than the second): the third is read to find the newest below it.
    const { result, requests, queue } = await checkUndated({ '1': '2026-10-01', '2': '2026-11-21', '3': '2026-11-20' });
    expect(result?.newest).toBe('2026-11-21');
    expect(requests.map((r) => [r.url, r.foundOnPage])).toEqual([
      ['http://bureau.example/list/', undefined],
      ['http://bureau.example/d/1.html', true],
      ['http://elsewhere.example/d/2.html', true],
      ['http://bureau.example/d/3.html', true],
    ]);
    expect(queue.queuedOn).toEqual(['bureau.example', 'bureau.example', 'elsewhere.example', 'bureau.example']);
  });

  it('stops at two when the first is no older than the second', async () => {
    const { result, requests } = await checkUndated({ '1': '2026-11-21', '2': '2026-11-20', '3': '2026-11-25' });
    expect(result?.newest).toBe('2026-11-21');
    expect(requests.map((r) => r.url)).toEqual([
      'http://bureau.example/list/',
      'http://bureau.example/d/1.html',
      'http://elsewhere.example/d/2.html',
    ]);
  });
});
