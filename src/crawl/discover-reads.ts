import type { Day } from '../domain/types.js';
import { decodeBody } from '../extract/charset.js';
import { type DataEndpoint, findDataEndpoint } from '../extract/data-endpoint.js';
import { type ExtractInput, type Extraction, extractSection } from '../extract/extract.js';
import type { BrowserLane } from './browser/lane.js';
import type { Fetcher, FetchResult } from './fetcher.js';
import { HostCookies } from './host-cookies.js';
import type { HostQueue } from './host-queue.js';
import { readSection } from './read-section.js';

/**
 * Discovery's pages, read through the same paths as checks (the page, its data endpoint, the browser lane
 * with the host's challenge cookies), each at most once, within a page budget and a per-page deadline.
 */

export interface DiscoveryReadDeps {
  fetcher: Fetcher;
  queue: Pick<HostQueue, 'run'>;
  today: Day;
  /** The read paths' parts when the caller has them (the bot's browser lane, cookies, endpoints). */
  extract?: ((input: ExtractInput) => Promise<Extraction>) | undefined;
  findEndpoint?: ((html: string, pageUrl: string) => DataEndpoint | null) | undefined;
  browser?: BrowserLane | null | undefined;
  cookies?: HostCookies | undefined;
  endpoints?: Map<string, DataEndpoint> | undefined;
  /** Requests one discovery may make (homepage included). */
  budget?: number | undefined;
  /** How long one page may take before discovery goes on without it. */
  pageDeadlineMs?: number | undefined;
}

export interface DiscoveredPage {
  /** The list read from the page (its own HTML, its endpoint, or the rendered DOM). */
  extraction: Extraction | null;
  /** The page's HTML when a body arrived: for its links and its column title. */
  html: string | null;
  finalUrl: string;
  /**
   * Why a page that is there could not be read now (a server error, a reset, a refusal, too slow); null
   * when it was read, or is not there (404, sent home).
   */
  unreadable: string | null;
}

const OVER_BUDGET: FetchResult = {
  kind: 'failed',
  access: 'unreachable',
  status: null,
  reason: 'discovery page budget spent',
  ms: 0,
};

export interface DiscoveryReader {
  read: (url: string) => Promise<DiscoveredPage | null>;
  /** Requests made so far. */
  fetched: () => number;
  spent: () => boolean;
}

export function discoveryReader(homepage: string, deps: DiscoveryReadDeps): DiscoveryReader {
  const budget = deps.budget ?? 60;
  const deadline = deps.pageDeadlineMs ?? 20_000;
  let fetched = 0;
  // Starts the deadline of the page being read: when its first request leaves the host queue.
  let started: () => void = () => {};
  // Every page but the homepage is a link found on a page: held to the fetch policy as such.
  const fetcher: Fetcher = (req) => {
    if (fetched >= budget) return Promise.resolve(OVER_BUDGET);
    fetched++;
    started();
    return deps.fetcher({ ...req, foundOnPage: req.url !== homepage });
  };
  const readDeps = {
    fetcher,
    queue: deps.queue,
    extract: deps.extract ?? (async (input: ExtractInput) => extractSection(input)),
    findEndpoint: deps.findEndpoint ?? findDataEndpoint,
    browser: deps.browser ?? null,
    cookies: deps.cookies ?? new HostCookies(),
    endpoints: deps.endpoints ?? new Map<string, DataEndpoint>(),
    today: deps.today,
  };
  const pages = new Map<string, Promise<DiscoveredPage | null>>();
  const readOnce = async (url: string): Promise<DiscoveredPage | null> => {
    const read = await readSection({ url, hints: {} }, readDeps);
    const f = read.fetched;
    if (f.kind === 'failed' && f.access !== 'missing')
      return { extraction: null, html: null, finalUrl: url, unreadable: f.reason };
    if (f.kind !== 'body') return null;
    const decoded = decodeBody(f.bytes, f.contentType);
    return {
      extraction: read.extraction,
      html: decoded.ok ? decoded.text : null,
      finalUrl: f.finalUrl,
      unreadable: null,
    };
  };
  const read = (url: string) => {
    const known = pages.get(url);
    if (known) return known;
    if (fetched >= budget) return Promise.resolve(null);
    // A slow or failing page costs that page only: discovery goes on with the others. The deadline runs
    // from the page's first request, so waiting in the host queue behind a slow page does not count.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<DiscoveredPage>((resolve) => {
      started = () => {
        started = () => {};
        const tooSlow = { extraction: null, html: null, finalUrl: url, unreadable: 'discovery page deadline' };
        timer = setTimeout(() => resolve(tooSlow), deadline);
      };
    });
    const page = Promise.race([readOnce(url).catch(() => null), late]).finally(() => clearTimeout(timer));
    pages.set(url, page);
    return page;
  };
  return { read, fetched: () => fetched, spent: () => fetched >= budget };
}
