import type { BrowserLane } from '../crawl/browser/lane.js';
import type { DiscoverDeps } from '../crawl/discover.js';
import type { PageReader } from '../crawl/extraction-pool.js';
import type { Fetcher } from '../crawl/fetcher.js';
import { HostCookies } from '../crawl/host-cookies.js';
import { hostOf } from '../crawl/host-of.js';
import type { HostQueue } from '../crawl/host-queue.js';
import { HostTurns } from '../crawl/host-turns.js';
import { BROWSER_RESTED, refusalText } from '../crawl/read-paths.js';
import { type DataEndpoint, readSection } from '../crawl/read-section.js';
import { itemFit, MIN_ITEMS_TO_FIT } from '../domain/discovery.js';
import type { Observation, Provenance } from '../domain/observation.js';
import { NEEDS_BROWSER } from '../domain/read-reasons.js';
import type { SectionRecord } from '../domain/section-record.js';
import type { Category, Day, Section } from '../domain/types.js';
import { extractDetailDate } from '../extract/detail.js';
import { type ExtractInput, type Extraction, extractSection, toReading, withDetailDates } from '../extract/extract.js';
import { blockReason } from '../extract/family.js';
import { timed } from './stage-timing.js';

/** Detail-page dates already read, by URL; shared across runs so each detail is fetched once. */
export type DetailCache = Map<string, { day: Day; provenance: Provenance } | null>;

/** What reading sections needs, and what it keeps across runs (cookies, endpoints, detail dates). */
export interface ReadContext {
  fetcher: Fetcher;
  queue: HostQueue;
  /** Reads fetched pages, possibly on worker threads; inline when absent. */
  extract?: PageReader | undefined;
  browser: BrowserLane | null;
  findEndpoint: (html: string, pageUrl: string) => DataEndpoint | null;
  cookies: HostCookies;
  browserTurns: HostTurns;
  endpoints: Map<string, DataEndpoint>;
  detailCache: DetailCache;
  /** Detail pages read per undated list. */
  detailFetches: number;
}

export function readContext(
  deps: Pick<ReadContext, 'fetcher' | 'queue' | 'extract' | 'browser' | 'findEndpoint' | 'detailFetches'>,
): ReadContext {
  return {
    ...deps,
    cookies: new HostCookies(),
    browserTurns: new HostTurns(),
    endpoints: new Map(),
    detailCache: new Map(),
  };
}

/** What observing a section gave: the observation to store and, when a body arrived, its validators. */
export interface SectionObservation {
  observation: Observation;
  validators: { etag: string | null; lastModified: string | null } | null;
  /** Titles of the list's items when a list was read; not stored. */
  titles?: string[];
}

/**
 * Reads a section by the path that read it last time first (page, data endpoint, browser), conditionally
 * from what its record holds, and turns what came back into an observation. `at` is the run's start for
 * every section in it: one run is one inspection of the sites it covers, which is how site availability
 * tells a whole site down from one broken column.
 */
export async function observeSection(
  section: Section,
  record: SectionRecord | undefined,
  ctx: ReadContext,
  at: string,
  today: Day,
  urgency: () => number = () => 0,
): Promise<SectionObservation> {
  const cache = record?.url === section.url ? record.cache : null;
  const last = record?.url === section.url ? record.last : undefined;
  // A page a browser could not read lately is not worth a tab every check: it rests a day between tries.
  const triedAt = last?.browserTriedAt;
  const browserRest = triedAt !== undefined && Date.parse(at) - Date.parse(triedAt) < BROWSER_REST_MS;
  const read = await readSection(
    {
      url: section.url,
      hints: section.hints,
      render: section.hints.render,
      browserRest,
      etag: cache?.etag,
      lastModified: cache?.lastModified,
    },
    {
      fetcher: ctx.fetcher,
      queue: ctx.queue,
      extract: (input) => readPage(ctx.extract, input),
      admit: admitWith(ctx.extract, urgency),
      findEndpoint: ctx.findEndpoint,
      browser: ctx.browser,
      cookies: ctx.cookies,
      browserTurns: ctx.browserTurns,
      endpoints: ctx.endpoints,
      today,
    },
    record?.url === section.url ? record.last.via : undefined,
  );
  const { fetched, via } = read;
  const rested = read.reason === BROWSER_RESTED;
  const base = {
    at,
    url: section.url,
    notModified: false,
    via,
    // Resting, the section keeps what the browser last said, and when it said it.
    note: rested ? (last?.note ?? null) : read.reason,
    browserTriedAt: rested ? triedAt : browserFailed(read.reason) ? at : undefined,
  };
  if (fetched.kind === 'failed') {
    return {
      observation: {
        ...base,
        access: fetched.access,
        httpStatus: fetched.status,
        // Blocked says by what (a script challenge, throttling, a captcha, a refusal); the status stays beside it.
        reason: fetched.access === 'blocked' ? blockReason(fetched.status, refusalText(fetched.body)) : fetched.reason,
        bytes: 0,
        ms: fetched.ms,
        reading: null,
      },
      validators: null,
    };
  }
  if (fetched.kind === 'not-modified') {
    return {
      observation: {
        ...base,
        // A 304 answers for the path that read the list last time.
        via: record?.last.via,
        access: 'ok',
        httpStatus: 304,
        reason: null,
        bytes: 0,
        ms: fetched.ms,
        notModified: true,
        reading: cache?.reading ?? null,
      },
      validators: null,
    };
  }
  // A body is always read into an extraction (the page, the endpoint's reply or the rendered DOM).
  let extraction = read.extraction as Extraction;
  if (extraction.status === 'undated') extraction = await addDetailDates(extraction, ctx, today);
  const blocked = extraction.challenge;
  return {
    observation: {
      ...base,
      access: blocked ? 'blocked' : 'ok',
      httpStatus: fetched.status,
      reason: blocked
        ? 'challenge'
        : extraction.status === 'unparsed'
          ? (extraction.reason ?? 'no-list')
          : fetched.truncated
            ? 'truncated'
            : null,
      bytes: fetched.bytes.byteLength,
      ms: fetched.ms,
      reading: blocked ? null : toReading(extraction),
    },
    validators: { etag: fetched.etag, lastModified: fetched.lastModified },
    titles: blocked ? [] : extraction.items.map((i) => i.title),
  };
}

/** Room for the page among those waiting to be parsed, asked for with the section's urgency at that moment. */
function admitWith(reader: PageReader | undefined, urgency: () => number) {
  const admit = reader?.admit;
  return admit && (() => admit(urgency()));
}

/** How long a section the browser could not read rests before the browser tries it again. */
const BROWSER_REST_MS = 24 * 3_600_000;

/** The browser tried and found no list (its deadline, a page that settled empty, a crash); not its absence. */
function browserFailed(note: string | null): boolean {
  return note !== null && !note.startsWith(NEEDS_BROWSER);
}

/** Item fit rounded for the store, or null when the list is too short to tell. */
export function fitOf(titles: string[], category: Category): number | null {
  const fit = titles.length >= MIN_ITEMS_TO_FIT ? itemFit(titles, category) : null;
  return fit === null ? null : Math.round(fit * 100) / 100;
}

/** Detail-page dates remembered across runs (about 150 bytes each). */
const DETAIL_CACHE_LIMIT = 100_000;

/** A worker that crashed or went away costs a re-read here, never the section. */
async function readPage(read: PageReader | undefined, input: ExtractInput): Promise<Extraction> {
  if (!read) return extractSection(input);
  try {
    return await read(input);
  } catch {
    return extractSection(input);
  }
}

/**
 * Lists without dates: read the first detail pages' PubDate (cached by URL). Two tell the newest when the
 * first is no older than the second; a first older than the second is a pinned item (置顶), and the
 * rest of the `detailFetches` are read to find the newest below it.
 */
async function addDetailDates(extraction: Extraction, ctx: ReadContext, today: Day): Promise<Extraction> {
  const targets = extraction.items.slice(0, ctx.detailFetches).map((item, index) => ({ index, url: item.url }));
  const dates = new Map<number, { day: Day; provenance: Provenance }>();
  const first = targets.slice(0, FIRST_DETAILS);
  await readDetailDates(first, dates, ctx, today);
  const [a, b] = [dates.get(0)?.day, dates.get(1)?.day];
  const settled = first.length < FIRST_DETAILS || (a !== undefined && b !== undefined && a >= b);
  if (!settled) await readDetailDates(targets.slice(FIRST_DETAILS), dates, ctx, today);
  return withDetailDates(extraction, dates);
}

/** Detail pages read before deciding whether a list's first item is pinned. */
const FIRST_DETAILS = 2;

async function readDetailDates(
  targets: { index: number; url: string | null }[],
  dates: Map<number, { day: Day; provenance: Provenance }>,
  ctx: ReadContext,
  today: Day,
): Promise<void> {
  const cache = ctx.detailCache;
  await Promise.all(
    targets.map(async ({ index, url }) => {
      if (!url) return;
      let found = cache.get(url);
      if (found === undefined) {
        // On the detail page's own host, and held to the fetch policy as a link found on a page.
        // With the host's challenge cookies: a detail page sits behind the same shield as its list.
        const host = hostOf(url);
        const res = await ctx.queue.run(host, () =>
          ctx.fetcher({ url, foundOnPage: true, cookies: ctx.cookies.header(host) }),
        );
        found =
          res.kind === 'body'
            ? timed('detail-dates', () => extractDetailDate(res.bytes, res.contentType, today))
            : null;
        if (res.kind === 'body') {
          // Oldest first out (a Map keeps insertion order): a national list reads ~20,000 detail pages.
          if (cache.size >= DETAIL_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
          cache.set(url, found);
        }
      }
      if (found)
        dates.set(index, {
          day: found.day,
          provenance: { path: `${url} ${found.provenance.path}`, raw: found.provenance.raw },
        });
    }),
  );
}

/** Discovery's deps: the same read paths (browser lane, cookies, endpoints) that checks use. */
export function discoveryDeps(ctx: ReadContext, categories: readonly Category[], today: Day): DiscoverDeps {
  return {
    fetcher: ctx.fetcher,
    queue: ctx.queue,
    extract: (input) => readPage(ctx.extract, input),
    findEndpoint: ctx.findEndpoint,
    browser: ctx.browser,
    cookies: ctx.cookies,
    endpoints: ctx.endpoints,
    categories,
    today,
  };
}
