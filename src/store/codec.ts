import type { NewestItem, Observation, Reading } from '../domain/observation.js';
import type { HistoryEntry, SectionRecord } from '../domain/section-record.js';
import type { FreshnessState } from '../domain/types.js';
import { decodeHistory, encodeHistory, type StoredHistory } from './history-rows.js';

/**
 * The store's on-disk form of a section record (format versions 2 and 3). A national watch list holds 48,000
 * records with dozens of history lines each, so the file spells nothing twice: the bureau and category
 * are the record's key, the observation's address is the record's, the newest item's address is relative
 * to the column, the validators' reading is usually the last reading, and a history line is a short row
 * of numbers, each relative to the line before; from format 3 the last observation also leaves out what
 * its history row says. Pure, and the exact inverse of `decodeRecord`.
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
  h: StoredHistory;
}

/**
 * A reading without what its record's last history row says (item count, newest day), an `ok` status, a
 * raw date text that is just the date, and no title years.
 */
type StoredReading = Omit<Reading, 'titleYears' | 'status' | 'itemCount' | 'newest'> & {
  status?: Reading['status'];
  itemCount?: number;
  newest: StoredItem | null;
  titleYears?: number[];
};
type StoredItem = Omit<NewestItem, 'date' | 'provenance'> & {
  date?: NewestItem['date'];
  provenance: { path: string; raw?: string };
};

/** What a record's last history row says, which its readings need not repeat. */
interface RowDefaults {
  itemCount: number | undefined;
  date: string | null | undefined;
}

/** Marks an item address stored relative to its column's folder. */
const RELATIVE = './';

function folderOf(url: string): string {
  return url.slice(0, url.lastIndexOf('/') + 1);
}

function encodeItem(item: NewestItem, column: string, defaults: RowDefaults): StoredItem {
  const { date, provenance, url, ...rest } = item;
  const folder = folderOf(column);
  const stored: StoredItem = {
    ...rest,
    url: url?.startsWith(folder) ? RELATIVE + url.slice(folder.length) : url,
    provenance: provenance.raw === date ? { path: provenance.path } : provenance,
  };
  if (date !== defaults.date) stored.date = date;
  return stored;
}

function decodeItem(stored: StoredItem, column: string, defaults: RowDefaults): NewestItem {
  const { date, provenance, url, ...rest } = stored;
  const day = date ?? (defaults.date as string);
  return {
    ...rest,
    url: url?.startsWith(RELATIVE) ? folderOf(column) + url.slice(RELATIVE.length) : url,
    date: day,
    provenance: { path: provenance.path, raw: provenance.raw ?? day },
  };
}

function encodeReading(reading: Reading | null, column: string, defaults: RowDefaults): StoredReading | null {
  if (!reading) return reading;
  const { titleYears, newest, status, itemCount, ...rest } = reading;
  const stored: StoredReading = { ...rest, newest: newest && encodeItem(newest, column, defaults) };
  if (status !== 'ok') stored.status = status;
  if (itemCount !== defaults.itemCount) stored.itemCount = itemCount;
  if (titleYears.length > 0) stored.titleYears = titleYears;
  return stored;
}

function decodeReading(
  stored: StoredReading | null | undefined,
  column: string,
  defaults: RowDefaults,
): Reading | null {
  if (!stored) return null;
  const { titleYears, newest, status, itemCount, ...rest } = stored;
  return {
    ...rest,
    status: status ?? 'ok',
    itemCount: itemCount ?? (defaults.itemCount as number),
    newest: newest && decodeItem(newest, column, defaults),
    titleYears: titleYears ?? [],
  };
}

function rowDefaults(history: HistoryEntry[]): RowDefaults {
  const tail = history.at(-1);
  return { itemCount: tail?.itemCount, date: tail?.newest };
}

export function encodeRecord(record: SectionRecord): StoredRecord {
  const { url, at, reason, notModified, reading, access, httpStatus, bytes, ...last } = record.last;
  const history = record.history;
  const defaults = rowDefaults(history);
  const stored: StoredRecord['last'] = { ...last, reading: encodeReading(reading, record.url, defaults) };
  if (url !== record.url) stored.url = url;
  if (at !== history.at(-1)?.at) stored.at = at;
  if (access !== 'ok') stored.access = access;
  if (httpStatus !== (history.at(-1)?.httpStatus ?? 200)) stored.httpStatus = httpStatus;
  if (reason !== null) stored.reason = reason;
  if (bytes !== 0) stored.bytes = bytes;
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
      out.c.r = encodeReading(cached, record.url, defaults);
  }
  return out;
}

/**
 * The record `stored` holds. Format 2 records carry every field these defaults fill, so both formats
 * decode here. Throws (RangeError) on a value that cannot be decoded; the loader names the record.
 */
export function decodeRecord(key: string, stored: StoredRecord): SectionRecord {
  const slash = key.indexOf('/');
  const history = decodeHistory(stored.h);
  const defaults = rowDefaults(history);
  const { reading, ...last } = stored.last;
  const observation: Observation = {
    url: stored.u,
    at: history.at(-1)?.at ?? stored.since,
    access: 'ok',
    httpStatus: history.at(-1)?.httpStatus ?? 200,
    reason: null,
    bytes: 0,
    ms: 0,
    notModified: false,
    ...(last as Partial<Omit<Observation, 'reading'>>),
    reading: decodeReading(reading, stored.u, defaults),
  };
  const cached =
    stored.c && (stored.c.r !== undefined ? decodeReading(stored.c.r, stored.u, defaults) : observation.reading);
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
