import { existsSync, readFileSync } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './durable.js';

/**
 * The store's append-only journal: one JSON line per flush with only what that flush changed, synced
 * before the flush returns. A flush during a national cycle then writes the 4,000 records checked since
 * the last one, not all 48,000; the main file folds the journal in now and then (see `persistence.ts`).
 */
export class Journal {
  private created: boolean;

  constructor(
    readonly file: string,
    /** Bytes of whole lines in the file. */
    public size: number,
  ) {
    this.created = size > 0;
  }

  async append(line: Buffer): Promise<void> {
    const handle = await open(this.file, 'a');
    try {
      await handle.write(line);
      await handle.sync();
    } catch (e) {
      // A half-written line would glue itself to the next one: cut it off.
      await handle.truncate(this.size).catch(() => {});
      throw e;
    } finally {
      await handle.close();
    }
    // A new file's name is on disk only once its folder is synced.
    if (!this.created) await syncFolder(path.dirname(this.file));
    this.created = true;
    this.size += line.byteLength;
  }

  /** Empties the journal once the main file holds everything in it. */
  async clear(): Promise<void> {
    if (this.size === 0) return;
    await truncate(this.file, 0);
    this.size = 0;
  }
}

export interface JournalContents {
  /** Parsed lines, oldest first. */
  lines: unknown[];
  /** Bytes up to the end of the last whole line. */
  whole: number;
  /** Bytes in the file, with an unfinished last line. */
  size: number;
}

/**
 * The journal's lines. The last line may be unfinished or unreadable when a process or the machine died
 * while appending it: that flush never returned, so it is dropped. Any other unreadable line is damage,
 * reported as `line N: problem`.
 */
export function readJournal(file: string): JournalContents | { damaged: string } {
  if (!existsSync(file)) return { lines: [], whole: 0, size: 0 };
  const bytes = readFileSync(file);
  const lines: unknown[] = [];
  let start = 0;
  let whole = 0;
  let n = 0;
  while (start < bytes.byteLength) {
    const end = bytes.indexOf(10, start);
    const last = end === -1 || end === bytes.byteLength - 1;
    n++;
    if (end === -1) break;
    try {
      lines.push(JSON.parse(bytes.toString('utf8', start, end)));
      whole = end + 1;
    } catch (e) {
      if (!last) return { damaged: `line ${n}: not valid JSON (${(e as Error).message})` };
    }
    start = end + 1;
  }
  return { lines, whole, size: bytes.byteLength };
}
