import type { FetchSettings } from '../config/settings.js';
import { extractionPool, type PageReader } from './extraction-pool.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import { HostQueue } from './host-queue.js';

/** The fetcher, the per-host queue and the page reader a fetch configuration asks for: every crawl needs them. */
export function crawlerFor(fetch: FetchSettings): { fetcher: Fetcher; queue: HostQueue; extract: PageReader } {
  return {
    fetcher: createFetcher(fetch),
    queue: HostQueue.fromSettings(fetch),
    extract: extractionPool(fetch.extractionThreads),
  };
}
