import type { BrowserSettings } from '../config/browser-settings.js';
import type { FetchSettings } from '../config/settings.js';
import { type BrowserLane, createBrowserLane } from './browser/lane.js';
import { extractionPool, type PageReader } from './extraction-pool.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import { HostQueue } from './host-queue.js';

export interface Crawler {
  fetcher: Fetcher;
  queue: HostQueue;
  extract: PageReader;
  /** The browser lane, when settings ask for one; it launches Chromium only when a page needs it. */
  browser: BrowserLane | null;
}

/** The fetcher, the per-host queue, the page reader and the browser lane: every crawl needs them. */
export function crawlerFor(fetch: FetchSettings, browser?: BrowserSettings): Crawler {
  const queue = HostQueue.fromSettings(fetch);
  return {
    fetcher: createFetcher(fetch),
    queue,
    extract: extractionPool(fetch.extractionThreads),
    browser: browser?.enabled ? createBrowserLane({ settings: browser, userAgent: fetch.userAgent, queue }) : null,
  };
}
