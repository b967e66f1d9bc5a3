import { dayFromNumber, dayNumber } from '../domain/day.js';
import type { NewestItem, Observation, Reading } from '../domain/observation.js';
import type { HistoryEntry, SectionRecord } from '../domain/section-record.js';
import { FRESHNESS_STATES, type FreshnessState } from '../domain/types.js';

/**
 * The store's on-disk form of a section record (format version 2). A national watch list holds 48,000
 * records with dozens of history lines each, so the file spells nothing twice: the bureau and category
 * are the record's key, the observation's address is the record's, the newest item's address is relative
 * to the column, the validators' reading is usually the last reading, and a history line is a short row
 * of numbers, each relative to the line before. Pure, and the exact inverse of `decodeRecord`.
 */
export interface StoredRecord {
  u: string;
  s: FreshnessState;
  since: string;
  age: number | null;
  /** Item fit; absent when the record has none (null is kept: "too few items to tell"). */
  f?: number | null;
  /** The last observation without what the record and its history already say. */
  last: Partial<Omit<Observation, 'reading'>> & { reading: StoredReading | null };
  /** Validators; `r` is present only when their reading differs from the last one. */
  c?: { e: string | null; m: string | null; r?: StoredReading | null };
  /** History rows, see `encodeHistory`. */
  h: HistoryRow[];
}

type StoredReading = Omit<Reading, 'titleYears'> & { titleYears?: number[] };

/**
 * [seconds since the previous row (the first: since 1970), state index, newest as days since the previous
 * row's newest (the first, or after none: since 1970; none: null), changed 0/1] and, only when they differ
 * from the previous row, [item count, HTTP status or 0, reason or 0].
 */
type HistoryRow =
  | [number, number, number | null, 0 | 1]
  | [number, number, number | null, 0 | 1, number, number, string | 0];

/** Marks an item address stored relative to its column's folder. */
const RELATIVE = './';

export function encodeHistory(history: HistoryEntry[]): HistoryRow[] {
  let at = 0;
  let newest: number | null = null;
  let tail: [number, number, string | 0] | null = null;
  return history.map((h) => {
    const seconds = Date.parse(h.at) / 1000;
    const day = h.newest ? dayNumber(h.newest) : null;
    const row: HistoryRow = [
      seconds - at,
      FRESHNESS_STATES.indexOf(h.state),
      day === null ? null : day - (newest ?? 0),
      h.changed ? 1 : 0,
    ];
    const next: [number, number, string | 0] = [h.itemCount, h.httpStatus ?? 0, h.reason ?? 0];
    if (!tail || tail[0] !== next[0] || tail[1] !== next[1] || tail[2] !== next[2]) {
      (row as (number | string | null)[]).push(...next);
    }
    at = seconds;
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

const instantFrom = (seconds: number) => new Date(seconds * 1000).toISOString();

export function decodeHistory(rows: HistoryRow[]): HistoryEntry[] {
  let at = 0;
  let newest: number | null = null;
  let tail: [number, number, string | 0] = [0, 0, 0];
  return rows.map((row) => {
    at += row[0];
    newest = row[2] === null ? null : row[2] + (newest ?? 0);
    if (row.length === 7) tail = [row[4], row[5], row[6]];
    return {
      at: shared(instants, at, instantFrom),
      state: FRESHNESS_STATES[row[1]] ?? 'unparsed',
      newest: newest === null ? null : shared(days, newest, dayFromNumber),
      itemCount: tail[0],
      httpStatus: tail[1] === 0 ? null : tail[1],
      reason: tail[2] === 0 ? null : tail[2],
      changed: row[3] === 1,
    };
  });
}

function folderOf(url: string): string {
  return url.slice(0, url.lastIndexOf('/') + 1);
}

function encodeReading(reading: Reading | null, column: string): StoredReading | null {
  if (!reading) return reading;
  const { titleYears, newest, ...rest } = reading;
  const stored: StoredReading = { ...rest, newest };
  if (titleYears.length > 0) stored.titleYears = titleYears;
  const folder = folderOf(column);
  if (newest?.url?.startsWith(folder)) stored.newest = { ...newest, url: RELATIVE + newest.url.slice(folder.length) };
  return stored;
}

function decodeReading(stored: StoredReading | null | undefined, column: string): Reading | null {
  if (!stored) return null;
  const { titleYears, newest, ...rest } = stored;
  let item: NewestItem | null = newest;
  if (newest?.url?.startsWith(RELATIVE))
    item = { ...newest, url: folderOf(column) + newest.url.slice(RELATIVE.length) };
  return { ...rest, newest: item, titleYears: titleYears ?? [] };
}

export function encodeRecord(record: SectionRecord): StoredRecord {
  const { url, at, reason, notModified, reading, ...last } = record.last;
  const history = record.history;
  const stored: StoredRecord['last'] = { ...last, reading: encodeReading(reading, record.url) };
  if (url !== record.url) stored.url = url;
  if (at !== history.at(-1)?.at) stored.at = at;
  if (reason !== null) stored.reason = reason;
  if (notModified) stored.notModified = true;
  const out: StoredRecord = {
    u: record.url,
    s: record.state,
    since: record.since,
    age: record.ageDays,
    last: stored,
    h: encodeHistory(history),
  };
  if (record.itemFit !== undefined) out.f = record.itemFit;
  if (record.cache) {
    const { etag, lastModified, reading: cached } = record.cache;
    out.c = { e: etag, m: lastModified };
    // Usually the same object; compared by content so a reloaded store stays compact too.
    if (cached !== reading && JSON.stringify(cached) !== JSON.stringify(reading))
      out.c.r = encodeReading(cached, record.url);
  }
  return out;
}

export function decodeRecord(key: string, stored: StoredRecord): SectionRecord {
  const slash = key.indexOf('/');
  const history = decodeHistory(stored.h);
  const { reading, ...last } = stored.last;
  const defaults = { url: stored.u, at: history.at(-1)?.at ?? stored.since, reason: null, notModified: false };
  const observation: Observation = {
    ...defaults,
    ...(last as Omit<Observation, 'reading'>),
    reading: decodeReading(reading, stored.u),
  };
  const cached = stored.c && (stored.c.r !== undefined ? decodeReading(stored.c.r, stored.u) : observation.reading);
  return {
    bureauId: key.slice(0, slash),
    category: key.slice(slash + 1),
    url: stored.u,
    state: stored.s,
    since: stored.since,
    ageDays: stored.age,
    itemFit: stored.f,
    last: observation,
    cache: stored.c && cached ? { etag: stored.c.e, lastModified: stored.c.m, reading: cached } : null,
    history,
  };
}
