import type { Adapter } from 'lowdb';
import type { SectionRecord } from '../domain/section-record.js';
import { encodeRecord } from './codec.js';
import { replaceDurably } from './durable.js';
import type { StoreData } from './store.js';

/** Pieces of about this many bytes are written at a time. */
const PIECE = 1 << 20;
/** Pieces between syncs of a long write. */
const SYNC_EVERY = 4;
const COMMA = Buffer.from(',');
const END = Buffer.from('}}');

/**
 * lowdb's adapter for the store file. lowdb's own JSON adapters build the whole file as one string, which
 * at national scale is hundreds of megabytes held twice during a write; this one writes record by record
 * into a temporary file and renames it over the old one (see `replaceDurably`), so a crash or power loss
 * mid-write leaves the last good file.
 * Writes are queued: two never interleave. Reading is done (and validated) by `store-load.ts`.
 */
export class StoreFile implements Adapter<StoreData> {
  private queue: Promise<void> = Promise.resolve();
  /**
   * Each record's encoded bytes by section key, dropped when the store puts a new record there (records
   * are never changed in place). A flush during a cycle then encodes only the sections checked since the
   * last one instead of all 48,000. A Map and not a WeakMap: 48,000 weak entries slow every collection.
   */
  private readonly encoded = new Map<string, Buffer>();

  constructor(private readonly file: string) {}

  /** The record under `key` changed: encode it again on the next write. */
  changed(key: string): void {
    this.encoded.delete(key);
  }

  /** `"key":{record}`, encoded once per version of the record. */
  fragment(key: string, record: SectionRecord): Buffer {
    let bytes = this.encoded.get(key);
    if (!bytes) {
      bytes = Buffer.from(`${JSON.stringify(key)}:${JSON.stringify(encodeRecord(record))}`);
      this.encoded.set(key, bytes);
    }
    return bytes;
  }

  async read(): Promise<StoreData | null> {
    throw new Error('StoreFile is write-only: openStore reads and validates the file');
  }

  /**
   * Takes the data as it is now, at once (the records' encoded bytes are cached, so this is cheap), and
   * writes that: the store may change while the file is written, and the file still says one instant.
   */
  write(data: StoreData): Promise<void> {
    const { sections, ...rest } = data;
    const pieces: Buffer[] = [Buffer.from(`${JSON.stringify(rest).slice(0, -1)},"sections":{`)];
    let first = true;
    for (const key of Object.keys(sections)) {
      const record = sections[key];
      if (!record) continue;
      if (!first) pieces.push(COMMA);
      pieces.push(this.fragment(key, record));
      first = false;
    }
    pieces.push(END);
    const next = this.queue.then(() => this.writeNow(pieces));
    this.queue = next.catch(() => {});
    return next;
  }

  private writeNow(pieces: Buffer[]): Promise<void> {
    return replaceDurably(this.file, async (handle) => {
      let batch: Buffer[] = [];
      let size = 0;
      let written = 0;
      for (const piece of pieces) {
        batch.push(piece);
        size += piece.byteLength;
        if (size >= PIECE) {
          await handle.write(Buffer.concat(batch));
          // Synced as it goes: 20 MB of dirty pages synced at once stall the journal's small syncs.
          if (++written % SYNC_EVERY === 0) await handle.datasync();
          batch = [];
          size = 0;
        }
      }
      await handle.write(Buffer.concat(batch));
    });
  }
}
