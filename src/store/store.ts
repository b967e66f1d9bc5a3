import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { AlertMemory } from '../domain/alerts.js';
import type { OutboxEntry } from '../domain/outbox.js';
import type { RankingSnapshot, Relocated, SectionRecord } from '../domain/section-record.js';
import { removeStaleTemps } from './durable.js';
import { dropUnfinished, Journal } from './journal.js';
import { type FoldPolicy, journaled } from './persistence.js';
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
  /** Replaced, never changed in place, when an address is accepted: the same object until then. */
  relocations(): Readonly<Record<string, Relocated>>;
  relocate(key: string, relocated: Relocated): void;
  /** Persists everything changed since the last flush; flushes are queued and never interleave. */
  flush(): Promise<void>;
}

/** The embedded store, which can also say when its background rewrite of the main file is done. */
export interface EmbeddedStore extends Store {
  idle(): Promise<void>;
}

/**
 * The embedded store: lowdb's main file (`landwatch.json`, everything as of its last rewrite) and an
 * append-only journal beside it (`landwatch.journal.N`, what each flush since changed); see
 * `persistence.ts`. `fold` tunes when the journal is folded into the main file (tests, benchmarks).
 */
export async function openStore(dir: string, fold: Partial<FoldPolicy> = {}): Promise<EmbeddedStore> {
  const file = path.resolve(dir, STORE_FILE);
  const journalBase = path.resolve(dir, JOURNAL_FILE);
  const loaded = loadStore(file, journalBase);
  await mkdir(path.dirname(file), { recursive: true });
  await removeStaleTemps(file);
  // An append a kill cut short: that flush never returned.
  if (loaded) await dropUnfinished(journalBase, loaded.journal);
  const data: StoreData = loaded?.data ?? { schema: 'landwatch-store', version: STORE_VERSION, sections: {} };
  const adapter = new StoreFile(file);
  const main = {
    file,
    db: new Low<StoreData>(adapter, data),
    adapter,
    bytes: loaded?.mainBytes ?? 0,
    current: loaded?.mainVersion === STORE_VERSION,
  };
  const segments = (loaded?.journal ?? []).map((s) => ({ index: s.index, size: s.whole }));
  const persistence = journaled(main, new Journal(journalBase, segments), {
    floorBytes: fold.floorBytes ?? 1 << 20,
    share: fold.share ?? 0.5,
  });
  return { ...storeOver(file, data, persistence.persist), idle: persistence.idle };
}
