import { dayFromNumber, dayNumber } from '../domain/day.js';
import type { HistoryEntry } from '../domain/section-record.js';
import { FRESHNESS_STATES, type FreshnessState } from '../domain/types.js';

/**
 * [seconds since the previous row, milliseconds as a fraction (the first: since 1970), state index, newest as days since the previous
 * row's newest (the first, or after none: since 1970; none: null), changed 0/1] and, only when they differ
 * from the previous row, [item count, HTTP status or 0, reason or 0].
 */
type HistoryRow =
  | [number, number, number | null, 0 | 1]
  | [number, number, number | null, 0 | 1, number, number, string | 0];

/**
 * A section checked on schedule with nothing new repeats one short row (a week later, same state, same
 * newest) check after check: from format 3 such a run is stored as the row and then a count of repeats.
 */
export type StoredHistory = (HistoryRow | number)[];

export function encodeHistory(history: HistoryEntry[]): StoredHistory {
  const out: StoredHistory = [];
  let previous: HistoryRow | null = null;
  for (const row of historyRows(history)) {
    const last = out.at(-1);
    if (previous && row.length === 4 && previous.length === 4 && row.every((v, i) => v === previous?.[i])) {
      if (typeof last === 'number') out[out.length - 1] = last + 1;
      else out.push(1);
    } else out.push(row);
    previous = row;
  }
  return out;
}

function historyRows(history: HistoryEntry[]): HistoryRow[] {
  let at = 0;
  let newest: number | null = null;
  let tail: [number, number, string | 0] | null = null;
  return history.map((h) => {
    const ms = Date.parse(h.at);
    const day = h.newest ? dayNumber(h.newest) : null;
    const row: HistoryRow = [
      (ms - at) / 1000,
      FRESHNESS_STATES.indexOf(h.state),
      day === null ? null : day - (newest ?? 0),
      h.changed ? 1 : 0,
    ];
    const next: [number, number, string | 0] = [h.itemCount, h.httpStatus ?? 0, h.reason ?? 0];
    if (!tail || tail[0] !== next[0] || tail[1] !== next[1] || tail[2] !== next[2]) {
      (row as (number | string | null)[]).push(...next);
    }
    at = ms;
    newest = day;
    tail = next;
    return row;
  });
}

/**
 * Instants and days recur across a store's records (one instant per cycle, a few thousand days): decoded
 * once each and shared, so a loaded national store holds one string per value, not one per history line.
 */
const instants = new Map<number, string>();
const days = new Map<number, string>();

function shared(cache: Map<number, string>, n: number, make: (n: number) => string): string {
  let s = cache.get(n);
  if (s === undefined) {
    s = make(n);
    cache.set(n, s);
  }
  return s;
}

const instantFrom = (ms: number) => new Date(ms).toISOString();

function stateAt(index: number): FreshnessState {
  const state = FRESHNESS_STATES[index];
  if (state === undefined) throw new RangeError(`history row state ${index} is not a state`);
  return state;
}

/** Rows with each run expanded (a count repeats the row before it). */
function expandRuns(stored: StoredHistory): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const item of stored) {
    if (typeof item !== 'number') rows.push(item);
    else {
      const row = rows.at(-1);
      if (!row) throw new RangeError('history starts with a repeat count');
      for (let i = 0; i < item; i++) rows.push(row);
    }
  }
  return rows;
}

export function decodeHistory(stored: StoredHistory): HistoryEntry[] {
  let at = 0;
  let newest: number | null = null;
  let tail: [number, number, string | 0] = [0, 0, 0];
  return expandRuns(stored).map((row) => {
    // Summed in whole milliseconds: a fraction of a second is not exact in binary, and must not drift.
    at += Math.round(row[0] * 1000);
    newest = row[2] === null ? null : row[2] + (newest ?? 0);
    if (row.length === 7) tail = [row[4], row[5], row[6]];
    return {
      at: shared(instants, at, instantFrom),
      state: stateAt(row[1]),
      newest: newest === null ? null : shared(days, newest, dayFromNumber),
      itemCount: tail[0],
      httpStatus: tail[1] === 0 ? null : tail[1],
      reason: tail[2] === 0 ? null : tail[2],
      changed: row[3] === 1,
    };
  });
}
