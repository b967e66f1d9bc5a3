import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { open, rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './durable.js';

/**
 * The store's append-only journal: one JSON line per flush with only what that flush changed, synced
 * before the flush returns, so a flush during a national cycle writes the 4,000 records checked since the
 * last one, not all 48,000. The journal is a series of numbered segments (`landwatch.journal.1`, …):
 * appends go to the newest; when the main file is rewritten, the appends from then on go to a new segment
 * and the older ones are deleted once the new main file is on disk.
 */
export class Journal {
  private segments: { index: number; size: number }[];

  constructor(
    private readonly base: string,
    existing: { index: number; size: number }[],
  ) {
    this.segments = existing.length > 0 ? [...existing] : [{ index: 1, size: 0 }];
  }

  /** Bytes in all segments. */
  get size(): number {
    return this.segments.reduce((n, s) => n + s.size, 0);
  }

  private get current() {
    return this.segments.at(-1) as { index: number; size: number };
  }

  async append(line: Buffer): Promise<void> {
    const segment = this.current;
    const file = segmentFile(this.base, segment.index);
    const created = !existsSync(file);
    const handle = await open(file, 'a');
    try {
      await handle.write(line);
      await handle.sync();
    } catch (e) {
      // A half-written line would glue itself to the next one: cut it off.
      await handle.truncate(segment.size).catch(() => {});
      throw e;
    } finally {
      await handle.close();
    }
    // A new file's name is on disk only once its folder is synced.
    if (created) await syncFolder(path.dirname(file));
    segment.size += line.byteLength;
  }

  /** Later appends go to a new segment (unless the newest is still empty); returns the last one before. */
  roll(): number {
    const last = this.current.index;
    if (this.current.size === 0) return last - 1;
    this.segments.push({ index: last + 1, size: 0 });
    return last;
  }

  /** Deletes segments up to `index`, once the main file holds everything in them. */
  async removeThrough(index: number): Promise<void> {
    const folded = this.segments.filter((s) => s.index <= index);
    if (folded.length === 0) return;
    for (const s of folded) await rm(segmentFile(this.base, s.index), { force: true });
    this.segments = this.segments.filter((s) => s.index > index);
    await syncFolder(path.dirname(this.base));
  }
}

export const segmentFile = (base: string, index: number) => `${base}.${index}`;

export interface JournalSegment {
  index: number;
  /** Parsed lines, oldest first. */
  lines: unknown[];
  /** Bytes up to the end of the last whole line. */
  whole: number;
  /** Bytes in the file, with an unfinished last line. */
  size: number;
}

/** The journal's segments, oldest first. */
export function journalSegments(base: string): number[] {
  const dir = path.dirname(base);
  const prefix = `${path.basename(base)}.`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
    .map((n) => Number(n.slice(prefix.length)))
    .sort((a, b) => a - b);
}

/**
 * Every segment's lines. Only the newest segment's last line may be unfinished or unreadable — a process
 * or machine died while appending it, so that flush never returned — and it is dropped. Any other
 * unreadable line is damage, reported as `segment: line N: problem`. `moved`: a segment went while
 * reading (another process folded it in), so read the main file again.
 */
export function readJournal(base: string): JournalSegment[] | { damaged: string } | { moved: true } {
  const indexes = journalSegments(base);
  const segments: JournalSegment[] = [];
  for (const index of indexes) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(segmentFile(base, index));
    } catch (e) {
      // Folded and deleted by a running landwatch since the folder was listed: its main file is newer.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { moved: true };
      throw e;
    }
    const newest = index === indexes.at(-1);
    const lines: unknown[] = [];
    let start = 0;
    let whole = 0;
    for (let n = 1; start < bytes.byteLength; n++) {
      const end = bytes.indexOf(10, start);
      const last = end === -1 || end === bytes.byteLength - 1;
      const where = `${path.basename(segmentFile(base, index))} line ${n}`;
      if (end === -1 && !newest) return { damaged: `${where}: unfinished` };
      if (end === -1) break;
      try {
        lines.push(JSON.parse(bytes.toString('utf8', start, end)));
        whole = end + 1;
      } catch (e) {
        if (!(last && newest)) return { damaged: `${where}: not valid JSON (${(e as Error).message})` };
      }
      start = end + 1;
    }
    segments.push({ index, lines, whole, size: bytes.byteLength });
  }
  return segments;
}

/** Cuts the newest segment back to its last whole line, so the next append starts a line. */
export async function dropUnfinished(base: string, segments: JournalSegment[]): Promise<void> {
  const newest = segments.at(-1);
  if (newest && newest.whole < newest.size) await truncate(segmentFile(base, newest.index), newest.whole);
}
