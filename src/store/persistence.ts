import { stat } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { Journal } from './journal.js';
import { encodeBatch } from './journal-batch.js';
import type { StoreData } from './store.js';
import type { StoreFile } from './store-file.js';
import type { StoreChanges } from './store-state.js';

export interface FoldPolicy {
  /** The journal is folded into the main file once it is this big … */
  floorBytes: number;
  /** … and this share of the main file's size. */
  share: number;
}

/**
 * How the embedded store persists a flush: one synced journal line with what changed. Once the journal
 * has grown past the fold policy, the main file is rewritten from the data as of that flush, in the
 * background (at national scale that is ~20 MB and half a second of disk): later flushes append to a new
 * segment meanwhile, and the folded segments are deleted once the new main file is on disk. A main file
 * that is missing or of an older format is rewritten within the flush itself, so no older landwatch ever
 * opens a file whose journal it would ignore.
 */
export function journaled(
  main: { file: string; db: Low<StoreData>; adapter: StoreFile; bytes: number; current: boolean },
  journal: Journal,
  policy: FoldPolicy,
) {
  let folding: Promise<void> | null = null;
  let foldError: unknown = null;

  const fold = async () => {
    const through = journal.roll();
    await main.db.write();
    main.bytes = (await stat(main.file)).size;
    main.current = true;
    await journal.removeThrough(through);
  };

  return {
    async persist(data: StoreData, changes: StoreChanges): Promise<void> {
      for (const key of changes.sections) main.adapter.changed(key);
      const batch = (data.batch ?? 0) + 1;
      if (!main.current) {
        data.batch = batch;
        await fold();
        return;
      }
      await journal.append(encodeBatch(data, changes, batch, (key, record) => main.adapter.fragment(key, record)));
      data.batch = batch;
      if (foldError) {
        // This flush is on disk; the caller still learns the main file could not be rewritten.
        const e = foldError;
        foldError = null;
        throw e;
      }
      if (!folding && journal.size >= Math.max(policy.floorBytes, policy.share * main.bytes)) {
        folding = fold()
          .catch((e: unknown) => {
            foldError = e;
          })
          .finally(() => {
            folding = null;
          });
      }
    },
    /** Resolves once no rewrite of the main file is under way. */
    async idle(): Promise<void> {
      while (folding) await folding;
    },
  };
}
