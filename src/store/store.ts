import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import type { Observation, Reading } from '../domain/observation.js';
import type { Day, FreshnessState } from '../domain/types.js';

export const STORE_VERSION = 1;
export const STORE_FILE = 'landwatch.json';

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
  last: Observation;
  /** Validators and the reading they belong to, for conditional GET. */
  cache: { etag: string | null; lastModified: string | null; reading: Reading } | null;
  history: HistoryEntry[];
}

/** Ranks per level at one instant: movement in rankings is measured against these. */
export interface RankingSnapshot {
  at: string;
  ranks: Record<string, number>;
}

export interface StoreData {
  schema: 'landwatch-store';
  version: number;
  sections: Record<string, SectionRecord>;
  /** Oldest first; added with this field, so files without it read as none. */
  snapshots?: RankingSnapshot[];
}

/** About a year of weekly snapshots. */
export const SNAPSHOT_LIMIT = 60;

export class StoreError extends Error {
  override name = 'StoreError' as const;
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}. The file was left untouched; move it aside or fix it to continue.`);
  }
}

/** Checked on load; records are our own writes, so the envelope and version are what can go wrong. */
const envelope = z.object({
  schema: z.literal('landwatch-store'),
  version: z.number().int(),
  sections: z.record(z.string(), z.object({ state: z.string(), history: z.array(z.unknown()) }).loose()),
});

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

export interface Store {
  readonly file: string;
  section(key: string): SectionRecord | undefined;
  sections(): SectionRecord[];
  put(key: string, record: SectionRecord): void;
  snapshots(): RankingSnapshot[];
  /** Grows with every change, so derived views (scores, rankings) know when to recompute. */
  revision(): number;
  /** Keeps the newest SNAPSHOT_LIMIT snapshots. */
  addSnapshot(snapshot: RankingSnapshot): void;
  /** Persists everything put since the last flush (one atomic file replace). */
  flush(): Promise<void>;
}

/**
 * Reads and validates an existing store file before lowdb may ever write over it. The parsed data is
 * handed to lowdb as is, so a large store is parsed once, not twice.
 */
function readExisting(file: string): StoreData | null {
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StoreError(file, `store is damaged (not valid JSON: ${(e as Error).message})`);
  }
  const parsed = envelope.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(
      file,
      `store is damaged or not a landwatch store (${issue?.path.join('.') || 'top level'}: ${issue?.message})`,
    );
  }
  if (parsed.data.version !== STORE_VERSION) {
    throw new StoreError(
      file,
      `store was written by format version ${parsed.data.version}; this landwatch reads version ${STORE_VERSION}`,
    );
  }
  return data as StoreData;
}

export async function openStore(dir: string): Promise<Store> {
  const file = path.resolve(dir, STORE_FILE);
  const existing = readExisting(file);
  await mkdir(path.dirname(file), { recursive: true });
  const data: StoreData = existing ?? { schema: 'landwatch-store', version: STORE_VERSION, sections: {} };
  const db = new Low<StoreData>(new JSONFile<StoreData>(file), data);
  let dirty = false;
  let revision = 0;
  return {
    file,
    section: (key) => data.sections[key],
    sections: () => Object.values(data.sections),
    put(key, record) {
      data.sections[key] = record;
      dirty = true;
      revision++;
    },
    snapshots: () => data.snapshots ?? [],
    addSnapshot(snapshot) {
      data.snapshots = [...(data.snapshots ?? []), snapshot].slice(-SNAPSHOT_LIMIT);
      dirty = true;
      revision++;
    },
    revision: () => revision,
    async flush() {
      if (!dirty) return;
      dirty = false;
      await db.write();
    },
  };
}
