import type { Config } from '../config/config.js';
import type { PageReader } from '../crawl/extraction-pool.js';
import type { Fetcher, FetchResult } from '../crawl/fetcher.js';
import type { HostQueue } from '../crawl/host-queue.js';
import { chinaDay } from '../domain/day.js';
import { itemFit, MIN_ITEMS_TO_FIT } from '../domain/discovery.js';
import { judgeFreshness } from '../domain/freshness.js';
import type { Observation, Provenance, Reading } from '../domain/observation.js';
import { nextRecord } from '../domain/section-record.js';
import {
  type Bureau,
  type Category,
  type Day,
  type FreshnessState,
  ruleFor,
  type Section,
  sectionKey,
} from '../domain/types.js';
import { extractDetailDate } from '../extract/detail.js';
import { type ExtractInput, type Extraction, extractSection, toReading, withDetailDates } from '../extract/extract.js';
import type { Store } from '../store/store.js';

export interface CycleDeps {
  config: Config;
  store: Store;
  fetcher: Fetcher;
  queue: HostQueue;
  /** Reads fetched pages, possibly on worker threads; inline when absent. */
  extract?: PageReader | undefined;
  now: () => Date;
  /** Detail-page dates already read, by URL; shared across cycles so each detail is fetched once. */
  detailCache?: Map<string, { day: Day; provenance: Provenance } | null>;
  onSection?: (result: SectionResult, done: number, total: number) => void;
}

/** One line of `landwatch check` (DESIGN.md §3). */
export interface SectionResult {
  bureau: string;
  category: string;
  url: string;
  state: FreshnessState;
  newest: Day | null;
  ageDays: number | null;
  previous: FreshnessState | null;
  reason: string | null;
  /** Item fit of the list read now (undefined: nothing read) and at the check before. */
  itemFit?: number | null | undefined;
  previousItemFit: number | null;
}

interface Fetched {
  observation: Observation;
  validators: { etag: string | null; lastModified: string | null } | null;
  /** Titles of the list's items when a list was read; not stored. */
  titles?: string[];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * lowdb rewrites the whole file on every write, so a cycle writes on a timer rather than per page or per
 * count: a crash loses at most this much work, and a 48,000-page cycle writes a dozen times, not a hundred.
 */
const FLUSH_EVERY_MS = 10_000;

export async function runCheckCycle(deps: CycleDeps, only?: Section[]): Promise<SectionResult[]> {
  const { config, store } = deps;
  const categories = new Map<string, Category>(config.categories.map((c) => [c.key, c]));
  const bureaus = new Map<string, Bureau>(config.bureaus.map((b) => [b.id, b]));
  const sections = only ?? config.bureaus.flatMap((b) => b.sections);
  const started = deps.now();
  // One string for the whole cycle: 48,000 history entries share it instead of holding a copy each.
  const at = started.toISOString();
  const today = chinaDay(started);
  const detailCache = deps.detailCache ?? new Map();
  const limits = config.settings.store;
  // Sections sharing a URL and hints share one fetch per cycle; the fetch is let go once all have it.
  const fetchKey = (section: Section) => `${section.url}\u0000${JSON.stringify(section.hints)}`;
  const users = new Map<string, number>();
  for (const section of sections) {
    const key = fetchKey(section);
    users.set(key, (users.get(key) ?? 0) + 1);
  }
  const inflight = new Map<string, Promise<Fetched>>();
  const results: SectionResult[] = [];
  let lastFlush = performance.now();

  const fetchSection = (section: Section): Promise<Fetched> => {
    const key = fetchKey(section);
    let p = inflight.get(key);
    if (!p) {
      p = observe(section, deps, at, today, detailCache);
      inflight.set(key, p);
    }
    const left = (users.get(key) ?? 1) - 1;
    users.set(key, left);
    if (left <= 0) inflight.delete(key);
    return p;
  };

  const checkSection = async (section: Section) => {
    const category = categories.get(section.category);
    const bureau = bureaus.get(section.bureauId);
    if (!category || !bureau) return;
    const fetched = await fetchSection(section);
    const key = sectionKey(section.bureauId, section.category);
    const previous = store.section(key);
    const freshness = judgeFreshness(
      fetched.observation.access,
      fetched.observation.reading,
      ruleFor(category, bureau.level),
      today,
      config.calendar,
    );
    const fit = fetched.titles && fitOf(fetched.titles, category);
    store.put(key, nextRecord(previous, section, fetched.observation, freshness, fetched.validators, limits, fit));
    const result: SectionResult = {
      bureau: section.bureauId,
      category: section.category,
      url: section.url,
      state: freshness.state,
      newest: fetched.observation.reading?.newest?.date ?? null,
      ageDays: freshness.ageDays,
      previous: previous?.state ?? null,
      reason: fetched.observation.reason,
      itemFit: fit,
      previousItemFit: previous?.itemFit ?? null,
    };
    results.push(result);
    deps.onSection?.(result, results.length, sections.length);
    if (performance.now() - lastFlush >= FLUSH_EVERY_MS) {
      lastFlush = performance.now();
      await store.flush();
    }
  };

  // A bounded window of sections in progress, taken host by host in turn: memory stays flat however long
  // the watch list, and no host's politeness wait holds up the others.
  const order = interleaveByHost(sections);
  let next = 0;
  const lane = async () => {
    while (next < order.length) await checkSection(order[next++] as Section);
  };
  const window = Math.min(order.length, Math.max(SECTIONS_IN_PROGRESS, deps.config.settings.fetch.concurrency * 4));
  await Promise.all(Array.from({ length: window }, lane));
  await store.flush();
  return results;
}

/** Sections being fetched or waiting for their host at once, at most (unless `concurrency` asks for more). */
const SECTIONS_IN_PROGRESS = 4096;

/** The first section of every host, then every host's second, …: a window over it spreads across hosts. */
export function interleaveByHost(sections: Section[]): Section[] {
  const byHost = new Map<string, Section[]>();
  for (const s of sections) {
    const host = hostOf(s.url);
    const list = byHost.get(host);
    if (list) list.push(s);
    else byHost.set(host, [s]);
  }
  const lists = [...byHost.values()];
  const out: Section[] = [];
  for (let round = 0; out.length < sections.length; round++) {
    for (const list of lists) {
      const s = list[round];
      if (s) out.push(s);
    }
  }
  return out;
}

/**
 * `at` is the cycle's start for every section in it: one cycle is one inspection of the sites it covers,
 * which is how site availability tells a whole site down from one broken column.
 */
async function observe(
  section: Section,
  deps: CycleDeps,
  at: string,
  today: Day,
  detailCache: NonNullable<CycleDeps['detailCache']>,
): Promise<Fetched> {
  const { store, fetcher, queue } = deps;
  const key = sectionKey(section.bureauId, section.category);
  const cached = store.section(key);
  const cache = cached?.url === section.url ? cached.cache : null;
  const result: FetchResult = await queue.run(hostOf(section.url), () =>
    fetcher({
      url: section.url,
      etag: cache?.etag,
      lastModified: cache?.lastModified,
      insecureTls: section.hints.insecureTls,
    }),
  );
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
  let extraction = await readPage(deps.extract, {
    bytes: result.bytes,
    contentType: result.contentType,
    url: result.finalUrl,
    hints: section.hints,
    today,
  });
  if (extraction.status === 'undated') extraction = await addDetailDates(extraction, deps, today, detailCache);
  const blocked = extraction.challenge;
  return {
    observation: {
      ...base,
      access: blocked ? 'blocked' : 'ok',
      httpStatus: result.status,
      reason: blocked ? 'challenge-page' : result.truncated ? 'truncated' : null,
      bytes: result.bytes.byteLength,
      ms: result.ms,
      reading: blocked ? null : toReading(extraction),
    },
    validators: { etag: result.etag, lastModified: result.lastModified },
    titles: blocked ? [] : extraction.items.map((i) => i.title),
  };
}

/** Item fit rounded for the store, or null when the list is too short to tell. */
function fitOf(titles: string[], category: Category): number | null {
  const fit = titles.length >= MIN_ITEMS_TO_FIT ? itemFit(titles, category) : null;
  return fit === null ? null : Math.round(fit * 100) / 100;
}

/** Detail-page dates remembered across cycles (about 150 bytes each). */
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

/** Lists without dates: read the first few detail pages' PubDate (cached by URL). */
async function addDetailDates(
  extraction: Extraction,
  deps: CycleDeps,
  today: Day,
  cache: NonNullable<CycleDeps['detailCache']>,
): Promise<Extraction> {
  const limit = deps.config.settings.fetch.detailFetches;
  const targets = extraction.items.slice(0, limit).map((item, index) => ({ index, url: item.url }));
  const dates = new Map<number, { day: Day; provenance: Provenance }>();
  await Promise.all(
    targets.map(async ({ index, url }) => {
      if (!url) return;
      let found = cache.get(url);
      if (found === undefined) {
        const res = await deps.queue.run(hostOf(url), () => deps.fetcher({ url }));
        found = res.kind === 'body' ? extractDetailDate(res.bytes, res.contentType, today) : null;
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
