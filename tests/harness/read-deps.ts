import { parseSettings } from '../../src/config/settings.js';
import type { BrowserLane } from '../../src/crawl/browser/lane.js';
import { createFetcher } from '../../src/crawl/fetcher.js';
import { HostCookies } from '../../src/crawl/host-cookies.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import type { ReadDeps } from '../../src/crawl/read-section.js';
import type { Day } from '../../src/domain/types.js';
import { extractSection } from '../../src/extract/extract.js';
import { jpageEndpoint } from './script-sites.js';

export const TODAY = '2026-11-27' as Day;
export const fetchSettings = parseSettings('test-settings.yaml', 'fetch:\n  timeoutMs: 3000\n  retries: 0\n').fetch;

/** The queue the cycle would use, with no spacing so tests stay fast. */
export const testQueue = () => new HostQueue({ concurrency: 8, perHost: 1, spacingMs: 0 });

/** readSection's real adapters: undici fetcher, host queue, inline extraction, the given lane. */
export function readDeps(browser: BrowserLane | null, queue = testQueue()): ReadDeps {
  return {
    fetcher: createFetcher(fetchSettings),
    queue,
    extract: async (input) => extractSection(input),
    findEndpoint: jpageEndpoint,
    browser,
    cookies: new HostCookies(),
    endpoints: new Map(),
    today: TODAY,
  };
}
