import type { Freshness } from './freshness.js';
import type { Observation, Reading } from './observation.js';
import type { Day, FreshnessState, Level, Section } from './types.js';

/** One line of a section's history: enough to show what changed and when. */
export interface HistoryEntry {
  at: string;
  state: FreshnessState;
  newest: Day | null;
  itemCount: number;
  httpStatus: number | null;
  reason: string | null;
  /** State or newest date differed from the previous check. */
  changed: boolean;
}

export interface SectionRecord {
  bureauId: string;
  category: string;
  url: string;
  state: FreshnessState;
  /** When the section entered its current state. */
  since: string;
  ageDays: number | null;
  /**
   * Share of the last read list's items that fit the category's item words (null: no words, or too few
   * items to tell). Kept across 304s and failures, so a sudden change of content can be noticed.
   */
  itemFit?: number | null | undefined;
  last: Observation;
  /** Validators and the reading they belong to, for conditional GET. */
  cache: { etag: string | null; lastModified: string | null; reading: Reading } | null;
  history: HistoryEntry[];
}

/** Ranks per level at one instant: movement in rankings is measured against these. */
export interface RankingSnapshot {
  at: string;
  ranks: Record<string, number>;
  /** Average score per level at that time, for the digest's trend chart. */
  averages?: Partial<Record<Level, number>>;
}

export interface Relocated {
  url: string;
  by: string;
  at: string;
}

export interface HistoryLimits {
  recentChecks: number;
  changes: number;
}

/** Keeps every recent check and the older changes, so the file stays small after years of cycles. */
export function boundHistory(history: HistoryEntry[], limits: HistoryLimits): HistoryEntry[] {
  const keep = new Set<HistoryEntry>(history.slice(-limits.recentChecks));
  const changes = history.filter((h) => h.changed);
  for (const h of changes.slice(-limits.changes)) keep.add(h);
  return history.filter((h) => keep.has(h));
}

/** The section's record after one more observation. Pure: the caller stores the result. */
export function nextRecord(
  previous: SectionRecord | undefined,
  section: Section,
  observation: Observation,
  freshness: Freshness,
  validators: { etag: string | null; lastModified: string | null } | null,
  limits: HistoryLimits,
  /** Item fit of a list read in this check; undefined when nothing was read (304, failure). */
  itemFit?: number | null,
): SectionRecord {
  const newest = observation.reading?.newest?.date ?? null;
  const prevNewest = previous?.last.reading?.newest?.date ?? null;
  const changed = !previous || previous.state !== freshness.state || prevNewest !== newest;
  const entry = {
    at: observation.at,
    state: freshness.state,
    newest,
    itemCount: observation.reading?.itemCount ?? 0,
    httpStatus: observation.httpStatus,
    reason: observation.reason,
    changed,
  };
  const sameUrl = previous?.url === section.url;
  // `validators` is set when a body arrived. A 304 or a failure keeps what we hold for the next try.
  let cache = sameUrl ? (previous?.cache ?? null) : null;
  if (validators) {
    const usable = observation.reading && (validators.etag || validators.lastModified);
    cache = usable && observation.reading ? { ...validators, reading: observation.reading } : null;
  }
  return {
    bureauId: section.bureauId,
    category: section.category,
    url: section.url,
    state: freshness.state,
    since: previous && previous.state === freshness.state ? previous.since : observation.at,
    ageDays: freshness.ageDays,
    itemFit: itemFit !== undefined ? itemFit : sameUrl ? (previous?.itemFit ?? null) : null,
    last: observation,
    cache,
    history: boundHistory([...(sameUrl ? (previous?.history ?? []) : []), entry], limits),
  };
}
