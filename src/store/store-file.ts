import type { Adapter } from 'lowdb';
import type { SectionRecord } from '../domain/section-record.js';
import { encodeRecord } from './codec.js';
import { replaceDurably } from './durable.js';
import type { StoreData } from './store.js';

/** Pieces of about this many bytes are written at a time. */
const PIECE = 1 << 20;
const COMMA = Buffer.from(',');
const END = Buffer.from('}}');

/**
 * lowdb's adapter for the store file. lowdb's own JSON adapters build the whole file as one string, which
 * at national scale is hundreds of megabytes held twice during a write; this one writes record by record
 * into a temporary file and renames it over the old one (see `replaceDurably`), so a crash or power loss
 * mid-write leaves the last good file.
 * Writes are queued: two flushes never interleave. Reading is done (and validated) by `openStore`.
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

  write(data: StoreData): Promise<void> {
    const next = this.queue.then(() => this.writeNow(data));
    this.queue = next.catch(() => {});
    return next;
  }

  private writeNow(data: StoreData): Promise<void> {
    return replaceDurably(this.file, async (handle) => {
      const { sections, ...rest } = data;
      let piece: Buffer[] = [Buffer.from(`${JSON.stringify(rest).slice(0, -1)},"sections":{`)];
      let size = 0;
      let first = true;
      for (const key of Object.keys(sections)) {
        const record = sections[key];
        if (!record) continue;
        const bytes = this.fragment(key, record);
        if (!first) piece.push(COMMA);
        piece.push(bytes);
        first = false;
        size += bytes.byteLength;
        if (size >= PIECE) {
          await handle.write(Buffer.concat(piece));
          piece = [];
          size = 0;
        }
      }
      piece.push(END);
      await handle.write(Buffer.concat(piece));
    });
  }
}
