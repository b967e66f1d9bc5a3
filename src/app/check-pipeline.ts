import type { Settings } from '../config/settings.js';
import type { Fetcher } from '../crawl/fetcher.js';
import { hostOf } from '../crawl/host-of.js';
import type { HostQueue } from '../crawl/host-queue.js';
import type { AlertPolicy } from '../domain/alerts.js';
import type { Catalog } from '../domain/catalog.js';
import { chinaDay } from '../domain/day.js';
import { judgeFreshness } from '../domain/freshness.js';
import type { OutboxEntry } from '../domain/outbox.js';
import { dueSections } from '../domain/plan.js';
import { nextRecord } from '../domain/section-record.js';
import type { SectionResult } from '../domain/section-result.js';
import { type Day, ruleFor, type Section, sectionKey } from '../domain/types.js';
import type { WorkingCalendar } from '../domain/working-days.js';
import type { Store } from '../store/store.js';
import type { CatalogSource } from './catalog.js';
import { inspect, snapshotIfDue } from './inspection.js';
import { recordNotices } from './notices.js';
import { fitOf, observeSection, type ReadContext, type SectionObservation } from './read-step.js';
import { recordRelocations, relocationSearch } from './relocations.js';
import { timed, timedAsync } from './stage-timing.js';

export interface PipelineDeps {
  catalog: CatalogSource;
  settings: Settings;
  store: Store;
  fetcher: Fetcher;
  queue: HostQueue;
  /**
   * The read paths' parts, kept across runs as the bot keeps one crawler: each detail page is read once, a
   * passed challenge's cookies and a found data endpoint serve the next run (and discovery) too.
   */
  reading: ReadContext;
  /** Read once per run; everything in the run gets that instant. */
  clock: () => Date;
  policy: AlertPolicy;
  /** Holidays and make-up days, for rules counted in working days. */
  calendar: WorkingCalendar;
}

export interface CheckOptions {
  /** The sections to check; by default those due now. */
  sections?: readonly Section[] | undefined;
  onSection?: ((result: SectionResult, done: number, total: number) => void) | undefined;
}

export interface CheckRun {
  at: string;
  results: SectionResult[];
  /** Messages written to the outbox by this run's judgements (notices). */
  queued: OutboxEntry[];
  /**
   * Proposals for the run's moved sections, written to the outbox once its site searches end. A search
   * reads a few dozen pages a polite second apart, so the run's states and notices do not wait for it.
   * Never rejects: a search or write that failed resolves with its error.
   */
  relocated: Promise<{ queued: OutboxEntry[]; error: Error | null }>;
}

export type CheckSections = (options?: CheckOptions) => Promise<CheckRun>;

/** Lanes in progress at once, at most (unless `concurrency` asks for more): a national list's every host. */
const LANES_IN_PROGRESS = 8192;
/**
 * Lanes per host beyond the requests it takes at once: a section waiting for a browser tab, or for its
 * parse, does not hold up the host's others, which queue on the host as any request does.
 */
const SPARE_LANES_PER_HOST = 1;

/**
 * The one check pipeline, used by the schedule, by `/check` and by `landwatch check`:
 * plan → read → judge → persist → notices → snapshot, then relocations. Notices are decided for the sections
 * stored in each write, in that same write, so a crash delays nothing already judged. Delivery is not
 * part of it: the outbox holds what was decided, and whoever runs the pipeline drains it.
 */
export function createCheckPipeline(deps: PipelineDeps): CheckSections {
  const { reading } = deps;
  return async (options = {}) => {
    const now = deps.clock();
    const at = now.toISOString();
    const today = chinaDay(now);
    const catalog = deps.catalog();
    const { store } = deps;
    const sections = options.sections ?? plan(catalog, store, now);
    const results: SectionResult[] = [];
    const queued: OutboxEntry[] = [];
    let unnoticed: SectionResult[] = [];
    const persist = async () => {
      queued.push(...recordNotices(unnoticed, catalog, store, now, deps.policy));
      unnoticed = [];
      await timedAsync('store', () => store.flush());
    };
    // Each section with its category and bureau, looked up once; a section the catalog no longer knows is skipped.
    const judgeable = sections.flatMap((section) => {
      const category = catalog.category(section.category);
      const bureau = catalog.bureau(section.bureauId);
      return category && bureau
        ? [{ section, url: section.url, host: hostOf(section.url), category, level: bureau.level }]
        : [];
    });
    // A host's sections are read one after another, each step a politeness wait apart, so the host with the
    // most sections still to judge is the run's critical path: its pages are parsed first.
    const toJudge = new Map<string, number>();
    for (const { host } of judgeable) toJudge.set(host, (toJudge.get(host) ?? 0) + 1);
    const read = sharedReads(sections, (section) => {
      const host = hostOf(section.url);
      const record = store.section(sectionKey(section.bureauId, section.category));
      return observeSection(section, record, reading, at, today, () => toJudge.get(host) ?? 0);
    });
    const relocations = relocationSearch(
      judgeable.map((j) => j.section.bureauId),
      catalog,
      reading,
      today,
    );
    let lastFlush = performance.now();
    // lowdb rewrites the whole file on every write, so a run writes on a timer rather than per section: a
    // crash loses at most this much work, and a 48,000-section run writes a dozen times, not thousands.
    const flushEvery = deps.settings.store.flushEveryMs;

    const check = async ({ section, host, category, level }: (typeof judgeable)[number]) => {
      const fetched = await read(section);
      toJudge.set(host, (toJudge.get(host) ?? 1) - 1);
      const result = timed('record', () => judgeAndStore(section, fetched, category, level, today, deps));
      results.push(result);
      unnoticed.push(result);
      relocations.judged(result);
      options.onSection?.(result, results.length, sections.length);
      if (performance.now() - lastFlush >= flushEvery) {
        lastFlush = performance.now();
        await persist();
      }
    };

    // A bounded number of hosts' lanes at once: memory stays flat however long the watch list, and no host's
    // politeness wait holds up the others.
    const lanes = hostLanes(judgeable, deps.settings.fetch.perHostConcurrency + SPARE_LANES_PER_HOST);
    let next = 0;
    const worker = async () => {
      while (next < lanes.length) for (const entry of lanes[next++] ?? []) await check(entry);
    };
    const window = Math.min(lanes.length, Math.max(LANES_IN_PROGRESS, deps.settings.fetch.concurrency * 4));
    await Promise.all(Array.from({ length: window }, worker));
    await persist();
    snapshotIfDue(inspect(catalog, store, now, deps.calendar), store, now);
    await store.flush();
    const relocated = relocations
      .found()
      .then((moved) => recordRelocations(moved, catalog, store, now))
      .then(async (entries) => {
        if (entries.length > 0) await store.flush();
        return { queued: entries, error: null };
      })
      .catch((e: unknown) => ({ queued: [], error: e instanceof Error ? e : new Error(String(e)) }));
    return { at, results, queued, relocated };
  };
}

function plan(catalog: Catalog, store: Store, now: Date): readonly Section[] {
  return dueSections(
    catalog.sections,
    (key) => catalog.category(key),
    (s) => store.section(sectionKey(s.bureauId, s.category))?.last.at ?? null,
    now,
  );
}

/** Sections sharing a URL and hints share one read per run; the read is let go once all have it. */
function sharedReads(
  sections: readonly Section[],
  read: (section: Section) => Promise<SectionObservation>,
): (section: Section) => Promise<SectionObservation> {
  const keyOf = (section: Section) => `${section.url}\u0000${JSON.stringify(section.hints)}`;
  const users = new Map<string, number>();
  for (const section of sections) users.set(keyOf(section), (users.get(keyOf(section)) ?? 0) + 1);
  const inflight = new Map<string, Promise<SectionObservation>>();
  return (section) => {
    const key = keyOf(section);
    let p = inflight.get(key);
    if (!p) {
      p = read(section);
      inflight.set(key, p);
    }
    const left = (users.get(key) ?? 1) - 1;
    users.set(key, left);
    if (left <= 0) inflight.delete(key);
    return p;
  };
}

function judgeAndStore(
  section: Section,
  fetched: SectionObservation,
  category: NonNullable<ReturnType<Catalog['category']>>,
  level: NonNullable<ReturnType<Catalog['bureau']>>['level'],
  today: Day,
  { store, settings, calendar }: Pick<PipelineDeps, 'store' | 'settings' | 'calendar'>,
): SectionResult {
  const key = sectionKey(section.bureauId, section.category);
  const previous = store.section(key);
  const { observation } = fetched;
  const freshness = judgeFreshness(observation.access, observation.reading, ruleFor(category, level), today, calendar);
  const fit = fetched.titles && fitOf(fetched.titles, category);
  store.put(key, nextRecord(previous, section, observation, freshness, fetched.validators, settings.store, fit));
  return {
    bureau: section.bureauId,
    category: section.category,
    url: section.url,
    state: freshness.state,
    newest: observation.reading?.newest?.date ?? null,
    ageDays: freshness.ageDays,
    previous: previous?.state ?? null,
    reason: observation.reason,
    note: observation.note,
    itemFit: fit,
    previousItemFit: previous?.itemFit ?? null,
  };
}

/**
 * A run's sections as lanes, each one host's sections in their order (dealt into `perHost` lanes where a
 * host takes more than one request at once), the longest first. A host serves its requests one after
 * another whatever the order, so its sections go back to back while hosts run side by side: the run ends
 * when its busiest host is done, not when the last of many rounds over all hosts reaches it.
 */
export function hostLanes<T extends { url: string }>(sections: readonly T[], perHost: number): T[][] {
  const byHost = new Map<string, T[][]>();
  for (const s of sections) {
    const host = hostOf(s.url);
    let lanes = byHost.get(host);
    if (!lanes) {
      lanes = [];
      byHost.set(host, lanes);
    }
    const count = lanes.reduce((n, lane) => n + lane.length, 0);
    const lane = lanes[count % perHost];
    if (lane) lane.push(s);
    else lanes.push([s]);
  }
  return [...byHost.values()].flat().sort((a, b) => b.length - a.length);
}
