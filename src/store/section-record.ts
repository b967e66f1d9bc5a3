import type { Freshness } from '../domain/freshness.js';
import type { Observation } from '../domain/observation.js';
import type { Section } from '../domain/types.js';
import { boundHistory, type HistoryLimits, type SectionRecord } from './store.js';

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
