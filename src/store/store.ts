import { mkdir, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { AlertMemory } from '../domain/alerts.js';
import type { OutboxEntry } from '../domain/outbox.js';
import type { RankingSnapshot, Relocated, SectionRecord } from '../domain/section-record.js';
import { removeStaleTemps } from './durable.js';
import { Journal } from './journal.js';
import { encodeBatch } from './journal-batch.js';
import { StoreFile } from './store-file.js';
import { loadStore } from './store-load.js';
import { storeOver } from './store-state.js';

/** The format this landwatch writes; see `store-load.ts` for the ones it reads. */
export const STORE_VERSION = 3;
export const STORE_FILE = 'landwatch.json';
export const JOURNAL_FILE = 'landwatch.journal';

export interface StoreData {
  schema: 'landwatch-store';
  version: number;
  /** Journal batches this data includes (version 3). */
  batch?: number;
  sections: Record<string, SectionRecord>;
  /** Oldest first. This and the fields below were added after version 1 shipped: absent reads as empty. */
  snapshots?: RankingSnapshot[];
  alertMemory?: Record<string, AlertMemory>;
  outbox?: OutboxEntry[];
  /** Sequence for outbox ids. */
  outboxSeq?: number;
  /** Section addresses accepted in chat after a site moved them, by section key. */
  relocations?: Record<string, Relocated>;
}

export class StoreError extends Error {
  override name = 'StoreError' as const;
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}. The file was left untouched; move it aside or fix it to continue.`);
  }
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
  alertMemory(): Record<string, AlertMemory>;
  setAlertMemory(memory: Record<string, AlertMemory>): void;
  /** All entries, oldest first. */
  outbox(): OutboxEntry[];
  /** Adds messages to the outbox with fresh ids, and forgets delivered ones past retention. */
  enqueue(
    messages: Omit<OutboxEntry, 'id' | 'sentAt' | 'deliveries' | 'attempts' | 'lastError'>[],
    now: Date,
  ): OutboxEntry[];
  markDelivered(id: string, sink: string, messageId: string): void;
  markSent(id: string, at: Date): void;
  markFailed(id: string, error: string): void;
  relocations(): Record<string, Relocated>;
  relocate(key: string, relocated: Relocated): void;
  /** Persists everything changed since the last flush; flushes are queued and never interleave. */
  flush(): Promise<void>;
}

export interface StoreTuning {
  /** The journal is folded into the main file once it is this big and as big as the main file. */
  compactFloorBytes?: number;
}

/**
 * The embedded store: lowdb's main file (`landwatch.json`, everything as of its last rewrite) and an
 * append-only journal beside it (`landwatch.journal`, what each flush since changed). A flush appends one
 * synced line; when the journal has grown as big as the main file, the flush rewrites the main file
 * through lowdb instead and empties the journal. Files an older version wrote are rewritten at the first
 * flush, so no older landwatch ever sees a journal it would ignore.
 */
export async function openStore(dir: string, tuning: StoreTuning = {}): Promise<Store> {
  const floor = tuning.compactFloorBytes ?? 1 << 20;
  const file = path.resolve(dir, STORE_FILE);
  const journalFile = path.resolve(dir, JOURNAL_FILE);
  const loaded = loadStore(file, journalFile);
  await mkdir(path.dirname(file), { recursive: true });
  await removeStaleTemps(file);
  // An append a kill cut short: that flush never returned.
  if (loaded && loaded.journal.whole < loaded.journal.size) await truncate(journalFile, loaded.journal.whole);
  const data: StoreData = loaded?.data ?? { schema: 'landwatch-store', version: STORE_VERSION, sections: {} };
  const storeFile = new StoreFile(file);
  const db = new Low<StoreData>(storeFile, data);
  const journal = new Journal(journalFile, loaded?.journal.whole ?? 0);
  let mainBytes = loaded?.mainBytes ?? 0;
  let mainCurrent = loaded?.mainVersion === STORE_VERSION;
  return storeOver(file, data, async (_data, changes) => {
    for (const key of changes.sections) storeFile.changed(key);
    const batch = (data.batch ?? 0) + 1;
    if (!mainCurrent || journal.size >= Math.max(floor, mainBytes)) {
      data.batch = batch;
      await db.write();
      mainBytes = (await stat(file)).size;
      mainCurrent = true;
      await journal.clear();
      return;
    }
    await journal.append(encodeBatch(data, changes, batch, (key, record) => storeFile.fragment(key, record)));
    data.batch = batch;
  });
}
