import type { FetchSettings } from '../config.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import { HostQueue } from './host-queue.js';

/** The fetcher and the per-host queue a fetch configuration asks for: every crawl needs both. */
export function crawlerFor(fetch: FetchSettings): { fetcher: Fetcher; queue: HostQueue } {
  return { fetcher: createFetcher(fetch), queue: HostQueue.fromSettings(fetch) };
}
