import { z } from 'zod';
import type { OutboxEntry } from '../domain/outbox.js';
import type { SectionRecord } from '../domain/section-record.js';
import type { StoreData } from './store.js';
import type { StoreChanges } from './store-state.js';

/**
 * One journal line: what one flush changed. `batch` counts flushes; the main file says which batch it
 * holds everything up to, so lines it already folded in are skipped. Records are in the compact form of
 * `codec.ts` (validated and decoded by the loader); outbox entries whole; `outbox` is the list of ids
 * when membership changed.
 */
export const batchLine = z.object({
  batch: z.number().int().positive(),
  sections: z.record(z.string(), z.unknown()).optional(),
  outbox: z.array(z.string()).optional(),
  entries: z.record(z.string(), z.object({ id: z.string() }).loose()).optional(),
  outboxSeq: z.number().int().optional(),
  snapshots: z.array(z.object({ at: z.string(), ranks: z.record(z.string(), z.number()) }).loose()).optional(),
  alertMemory: z.record(z.string(), z.object({}).loose()).optional(),
  relocations: z.record(z.string(), z.object({ url: z.string(), by: z.string(), at: z.string() })).optional(),
});
export type BatchLine = z.infer<typeof batchLine>;

/** The journal line for `changes`, with records' encoded `"key":{…}` fragments from `fragment`. */
export function encodeBatch(
  data: StoreData,
  changes: StoreChanges,
  batch: number,
  fragment: (key: string, record: SectionRecord) => Buffer,
): Buffer {
  const rest: Pick<StoreData, 'outboxSeq' | 'snapshots' | 'alertMemory' | 'relocations'> & {
    outbox?: string[];
    entries?: Record<string, OutboxEntry>;
  } = {};
  if (changes.outbox) rest.outbox = (data.outbox ?? []).map((e) => e.id);
  if (changes.outboxEntries.size > 0) {
    rest.entries = {};
    for (const e of data.outbox ?? []) if (changes.outboxEntries.has(e.id)) rest.entries[e.id] = e;
  }
  if (changes.outbox) rest.outboxSeq = data.outboxSeq ?? 0;
  if (changes.snapshots) rest.snapshots = data.snapshots ?? [];
  if (changes.alertMemory) rest.alertMemory = data.alertMemory ?? {};
  if (changes.relocations) rest.relocations = data.relocations ?? {};
  const parts: Buffer[] = [Buffer.from(`{"batch":${batch},"sections":{`)];
  let first = true;
  for (const key of changes.sections) {
    const record = data.sections[key];
    if (!record) continue;
    if (!first) parts.push(Buffer.from(','));
    parts.push(fragment(key, record));
    first = false;
  }
  parts.push(Buffer.from(`}${JSON.stringify(rest) === '{}' ? '' : `,${JSON.stringify(rest).slice(1, -1)}`}}\n`));
  return Buffer.concat(parts);
}

/** Applies a line's non-record parts to `data` (records are decoded by the loader). */
export function applyBatch(data: StoreData, line: BatchLine): void {
  if (line.entries || line.outbox) {
    const byId = new Map((data.outbox ?? []).map((e) => [e.id, e]));
    for (const [id, e] of Object.entries(line.entries ?? {})) byId.set(id, e as unknown as OutboxEntry);
    const order = line.outbox ?? (data.outbox ?? []).map((e) => e.id);
    data.outbox = order.flatMap((id) => byId.get(id) ?? []);
  }
  if (line.outboxSeq !== undefined) data.outboxSeq = line.outboxSeq;
  if (line.snapshots) data.snapshots = line.snapshots as unknown as StoreData['snapshots'];
  if (line.alertMemory) data.alertMemory = line.alertMemory as unknown as StoreData['alertMemory'];
  if (line.relocations) data.relocations = line.relocations;
  data.batch = line.batch;
}
