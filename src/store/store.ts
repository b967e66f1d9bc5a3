import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { AlertMemory } from '../domain/alerts.js';
import type { OutboxEntry } from '../domain/outbox.js';
import type { RankingSnapshot, Relocated, SectionRecord } from '../domain/section-record.js';
import { decodeRecord, type StoredRecord } from './codec.js';
import { StoreFile } from './store-file.js';
import { storeOver } from './store-state.js';

/** Version 2 writes records in the compact form of `codec.ts`; version 1 files (plain records) still load. */
export const STORE_VERSION = 2;
const READABLE_VERSIONS = new Set([1, 2]);
export const STORE_FILE = 'landwatch.json';

export interface StoreData {
  schema: 'landwatch-store';
  version: number;
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

/** Checked on load; records are our own writes, so the envelope and version are what can go wrong. */
const envelope = z.object({
  schema: z.literal('landwatch-store'),
  version: z.number().int(),
  sections: z.record(
    z.string(),
    z.union([
      z.object({ state: z.string(), history: z.array(z.unknown()) }).loose(),
      z.object({ s: z.string(), u: z.string(), h: z.array(z.array(z.unknown())) }).loose(),
    ]),
  ),
});

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
  if (!READABLE_VERSIONS.has(parsed.data.version)) {
    throw new StoreError(
      file,
      `store was written by format version ${parsed.data.version}; this landwatch reads versions ${[...READABLE_VERSIONS].join(' and ')}`,
    );
  }
  const store = data as StoreData;
  if (parsed.data.version === 2) {
    const stored = store.sections as unknown as Record<string, StoredRecord>;
    for (const key of Object.keys(stored)) store.sections[key] = decodeRecord(key, stored[key] as StoredRecord);
  }
  store.version = STORE_VERSION;
  return store;
}

export async function openStore(dir: string): Promise<Store> {
  const file = path.resolve(dir, STORE_FILE);
  const existing = readExisting(file);
  await mkdir(path.dirname(file), { recursive: true });
  const data: StoreData = existing ?? { schema: 'landwatch-store', version: STORE_VERSION, sections: {} };
  const storeFile = new StoreFile(file);
  const db = new Low<StoreData>(storeFile, data);
  return storeOver(file, data, async (_data, changes) => {
    for (const key of changes.sections) storeFile.changed(key);
    await db.write();
  });
}
