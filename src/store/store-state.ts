import type { RankingSnapshot, Relocated } from '../domain/section-record.js';
import type { Store, StoreData } from './store.js';

/** Delivered messages are kept this long, so a week's alerts can be counted and looked up. */
const SENT_RETENTION_MS = 30 * 86_400_000;

/** About a year of weekly snapshots. */
export const SNAPSHOT_LIMIT = 60;

/** What changed since the last flush, so a persistence layer writes only that. */
export interface StoreChanges {
  /** Section keys put. */
  sections: Set<string>;
  /** Outbox entries added or marked, by id. */
  outboxEntries: Set<string>;
  /** The outbox's membership changed (entries added or forgotten). */
  outbox: boolean;
  snapshots: boolean;
  alertMemory: boolean;
  relocations: boolean;
}

/** One empty set of accepted addresses: the same object every time, so readers can tell a change by identity. */
const NO_RELOCATIONS: Readonly<Record<string, Relocated>> = Object.freeze({});

export function noChanges(): StoreChanges {
  return {
    sections: new Set(),
    outboxEntries: new Set(),
    outbox: false,
    snapshots: false,
    alertMemory: false,
    relocations: false,
  };
}

export function hasChanges(c: StoreChanges): boolean {
  return c.sections.size > 0 || c.outbox || c.outboxEntries.size > 0 || c.snapshots || c.alertMemory || c.relocations;
}

/**
 * The store's behaviour over its data, the same for every persistence: `persist` is handed the data and
 * what changed since the last flush (never called when nothing did). Flushes are queued, so two never
 * interleave; a failed flush's changes are merged back and written by the next one.
 */
export function storeOver(
  file: string,
  data: StoreData,
  persist: (data: StoreData, changes: StoreChanges) => Promise<void>,
): Store {
  let changes = noChanges();
  let revision = 0;
  let queue: Promise<void> = Promise.resolve();
  const entry = (id: string) => {
    const found = data.outbox?.find((e) => e.id === id);
    if (found) changes.outboxEntries.add(id);
    return found;
  };
  return {
    file,
    section: (key) => data.sections[key],
    sections: () => Object.values(data.sections),
    put(key, record) {
      data.sections[key] = record;
      changes.sections.add(key);
      revision++;
    },
    snapshots: () => data.snapshots ?? [],
    addSnapshot(snapshot: RankingSnapshot) {
      data.snapshots = [...(data.snapshots ?? []), snapshot].slice(-SNAPSHOT_LIMIT);
      changes.snapshots = true;
      revision++;
    },
    revision: () => revision,
    alertMemory: () => data.alertMemory ?? {},
    setAlertMemory(memory) {
      data.alertMemory = memory;
      changes.alertMemory = true;
    },
    outbox: () => data.outbox ?? [],
    enqueue(messages, now) {
      const cutoff = new Date(now.getTime() - SENT_RETENTION_MS).toISOString();
      const kept = (data.outbox ?? []).filter((e) => !e.sentAt || e.sentAt >= cutoff);
      const added = messages.map((m) => {
        data.outboxSeq = (data.outboxSeq ?? 0) + 1;
        return { ...m, id: `lw${data.outboxSeq}`, sentAt: null, deliveries: {}, attempts: 0, lastError: null };
      });
      data.outbox = [...kept, ...added];
      for (const e of added) changes.outboxEntries.add(e.id);
      changes.outbox = true;
      return added;
    },
    markDelivered(id, sink, messageId) {
      const found = entry(id);
      if (found) found.deliveries[sink] = messageId;
    },
    markSent(id, at) {
      const found = entry(id);
      if (!found) return;
      found.sentAt = at.toISOString();
      found.attempts++;
      found.lastError = null;
    },
    markFailed(id, error) {
      const found = entry(id);
      if (!found) return;
      found.attempts++;
      found.lastError = error.slice(0, 500);
    },
    relocations: () => data.relocations ?? NO_RELOCATIONS,
    relocate(key, relocated) {
      data.relocations = { ...(data.relocations ?? {}), [key]: relocated };
      changes.relocations = true;
      revision++;
    },
    flush() {
      const next = queue.then(async () => {
        if (!hasChanges(changes)) return;
        const written = changes;
        changes = noChanges();
        try {
          await persist(data, written);
        } catch (e) {
          changes = mergeChanges(written, changes);
          throw e;
        }
      });
      queue = next.catch(() => {});
      return next;
    },
  };
}

function mergeChanges(a: StoreChanges, b: StoreChanges): StoreChanges {
  return {
    sections: new Set([...a.sections, ...b.sections]),
    outboxEntries: new Set([...a.outboxEntries, ...b.outboxEntries]),
    outbox: a.outbox || b.outbox,
    snapshots: a.snapshots || b.snapshots,
    alertMemory: a.alertMemory || b.alertMemory,
    relocations: a.relocations || b.relocations,
  };
}
