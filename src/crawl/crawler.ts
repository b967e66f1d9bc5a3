import type { BrowserSettings } from '../config/browser-settings.js';
import type { FetchSettings } from '../config/settings.js';
import { type BrowserLane, createBrowserLane } from './browser/lane.js';
import { extractionPool, type PageReader } from './extraction-pool.js';
import { FetchPolicy, type TrustSource } from './fetch-policy.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import { HostQueue } from './host-queue.js';

export interface Crawler {
  fetcher: Fetcher;
  queue: HostQueue;
  extract: PageReader;
  /** The browser lane, when settings ask for one; it launches Chromium only when a page needs it. */
  browser: BrowserLane | null;
}

/**
 * The fetcher, the per-host queue, the page reader and the browser lane: every crawl needs them.
 * `trust` is what the configured bureau hosts may resolve to (`hostTrustFor(configuredUrls(bureaus))`);
 * without it, hosts a caller asks for directly are trusted.
 */
export function crawlerFor(
  fetch: FetchSettings,
  options: { trust?: TrustSource | undefined; browser?: BrowserSettings | undefined } = {},
): Crawler {
  const queue = HostQueue.fromSettings(fetch);
  const policy = new FetchPolicy({ allowPrivate: fetch.allowPrivate, trust: options.trust ?? 'requested' });
  const browser = options.browser;
  return {
    fetcher: createFetcher(fetch, { policy, queue }),
    queue,
    extract: extractionPool(fetch.extractionThreads),
    browser: browser?.enabled ? createBrowserLane({ settings: browser, userAgent: fetch.userAgent, queue }) : null,
  };
}
