import type { PageReader } from '../crawl/extraction-pool.js';
import type { Fetcher, FetchResult } from '../crawl/fetcher.js';
import type { HostQueue } from '../crawl/host-queue.js';
import type { Admission } from '../crawl/semaphore.js';
import { itemFit, MIN_ITEMS_TO_FIT } from '../domain/discovery.js';
import type { Observation, Provenance, Reading } from '../domain/observation.js';
import type { SectionRecord } from '../domain/section-record.js';
import type { Category, Day, Section } from '../domain/types.js';
import { extractDetailDate } from '../extract/detail.js';
import { type ExtractInput, type Extraction, extractSection, toReading, withDetailDates } from '../extract/extract.js';
import { timed } from './stage-timing.js';

/** Detail-page dates already read, by URL; shared across runs so each detail is fetched once. */
export type DetailCache = Map<string, { day: Day; provenance: Provenance } | null>;

export interface ReadDeps {
  fetcher: Fetcher;
  queue: HostQueue;
  /** Reads fetched pages, possibly on worker threads; inline when absent. */
  extract?: PageReader | undefined;
  detailCache: DetailCache;
  /** Detail pages read per undated list. */
  detailFetches: number;
}

/** What reading a section gave: the observation to store and, when a body arrived, its validators. */
export interface SectionRead {
  observation: Observation;
  validators: { etag: string | null; lastModified: string | null } | null;
  /** Titles of the list's items when a list was read; not stored. */
  titles?: string[];
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Fetches a section (conditionally, from what its record holds) and reads its list. `at` is the run's start
 * for every section in it: one run is one inspection of the sites it covers, which is how site availability
 * tells a whole site down from one broken column.
 */
export async function readSection(
  section: Section,
  record: SectionRecord | undefined,
  deps: ReadDeps,
  at: string,
  today: Day,
): Promise<SectionRead> {
  const cache = record?.url === section.url ? record.cache : null;
  let admission: Admission | undefined;
  const result: FetchResult = await deps.queue.run(hostOf(section.url), async () => {
    const fetched = await deps.fetcher({
      url: section.url,
      etag: cache?.etag,
      lastModified: cache?.lastModified,
      insecureTls: section.hints.insecureTls,
    });
    // A body waits for room among the pages not yet parsed while it still holds its fetch slot, so fetching
    // slows to the parsers' pace instead of piling bodies up in memory.
    if (fetched.kind === 'body') admission = await deps.extract?.admit?.();
    return fetched;
  });
  try {
    return await readFetched(section, cache, result, deps, at, today, () => admission?.());
  } finally {
    admission?.();
  }
}

async function readFetched(
  section: Section,
  cache: SectionRecord['cache'] | null,
  result: FetchResult,
  deps: ReadDeps,
  at: string,
  today: Day,
  parsed: () => void,
): Promise<SectionRead> {
  const base = { at, url: section.url, notModified: false };
  if (result.kind === 'failed') {
    return {
      observation: {
        ...base,
        access: result.access,
        httpStatus: result.status,
        reason: result.reason,
        bytes: 0,
        ms: result.ms,
        reading: null,
      },
      validators: null,
    };
  }
  if (result.kind === 'not-modified') {
    const reading: Reading | null = cache?.reading ?? null;
    return {
      observation: {
        ...base,
        access: 'ok',
        httpStatus: 304,
        reason: null,
        bytes: 0,
        ms: result.ms,
        notModified: true,
        reading,
      },
      validators: null,
    };
  }
  // Read before the body moves to a parser thread, which leaves this view empty.
  const bytes = result.bytes.byteLength;
  const input = {
    bytes: result.bytes,
    contentType: result.contentType,
    url: result.finalUrl,
    hints: section.hints,
    today,
  };
  const read = await readPage(deps, input, bytes);
  // Before any further fetch: it needs a queue slot, which bodies waiting for room may hold.
  parsed();
  let extraction = read ?? (await refetchAndRead(deps, section, input));
  if (extraction.status === 'undated') extraction = await addDetailDates(extraction, deps, today);
  const blocked = extraction.challenge;
  return {
    observation: {
      ...base,
      access: blocked ? 'blocked' : 'ok',
      httpStatus: result.status,
      reason: blocked ? 'challenge-page' : result.truncated ? 'truncated' : null,
      bytes,
      ms: result.ms,
      reading: blocked ? null : toReading(extraction),
    },
    validators: { etag: result.etag, lastModified: result.lastModified },
    titles: blocked ? [] : extraction.items.map((i) => i.title),
  };
}

/** Item fit rounded for the store, or null when the list is too short to tell. */
export function fitOf(titles: string[], category: Category): number | null {
  const fit = titles.length >= MIN_ITEMS_TO_FIT ? itemFit(titles, category) : null;
  return fit === null ? null : Math.round(fit * 100) / 100;
}

/** Detail-page dates remembered across runs (about 150 bytes each). */
const DETAIL_CACHE_LIMIT = 100_000;

/**
 * A worker that crashed or went away costs a re-read here, never the section; null when the body went to
 * the dead thread with it.
 */
async function readPage(deps: ReadDeps, input: ExtractInput, size: number): Promise<Extraction | null> {
  if (!deps.extract) return extractSection(input);
  try {
    return await deps.extract(input);
  } catch {
    return input.bytes.byteLength === size ? extractSection(input) : null;
  }
}

/** The page again, read on the main thread, for a body lost with its parser thread. */
async function refetchAndRead(deps: ReadDeps, section: Section, input: ExtractInput): Promise<Extraction> {
  const again = await deps.queue.run(hostOf(section.url), () =>
    deps.fetcher({ url: section.url, insecureTls: section.hints.insecureTls }),
  );
  if (again.kind === 'body') return extractSection({ ...input, bytes: again.bytes, contentType: again.contentType });
  const note = `its parser thread died and fetching it again gave ${again.kind === 'failed' ? again.reason : '304'}`;
  return {
    status: 'unparsed',
    family: 'unknown',
    charset: null,
    items: [],
    newest: null,
    newestIndex: null,
    challenge: false,
    note,
  };
}

/** Lists without dates: read the first few detail pages' PubDate (cached by URL). */
async function addDetailDates(extraction: Extraction, deps: ReadDeps, today: Day): Promise<Extraction> {
  const cache = deps.detailCache;
  const targets = extraction.items.slice(0, deps.detailFetches).map((item, index) => ({ index, url: item.url }));
  const dates = new Map<number, { day: Day; provenance: Provenance }>();
  await Promise.all(
    targets.map(async ({ index, url }) => {
      if (!url) return;
      let found = cache.get(url);
      if (found === undefined) {
        const res = await deps.queue.run(hostOf(url), () => deps.fetcher({ url }));
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
  return withDetailDates(extraction, dates);
}
