import type { FetchSettings } from '../config/settings.js';
import { extractionPool, type PageReader } from './extraction-pool.js';
import { FetchPolicy, type TrustSource } from './fetch-policy.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import { HostQueue } from './host-queue.js';

/**
 * The fetcher, the per-host queue and the page reader a fetch configuration asks for: every crawl needs them.
 * `trust` is what the configured bureau hosts may resolve to (`hostTrustFor(configuredUrls(bureaus))`);
 * without it, hosts a caller asks for directly are trusted.
 */
export function crawlerFor(
  fetch: FetchSettings,
  trust: TrustSource = 'requested',
): { fetcher: Fetcher; queue: HostQueue; extract: PageReader } {
  const queue = HostQueue.fromSettings(fetch);
  const policy = new FetchPolicy({ allowPrivate: fetch.allowPrivate, trust });
  return {
    fetcher: createFetcher(fetch, { policy, queue }),
    queue,
    extract: extractionPool(fetch.extractionThreads),
  };
}
