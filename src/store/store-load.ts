import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SectionRecord } from '../domain/section-record.js';
import { decodeRecord, type StoredRecord } from './codec.js';
import { type JournalSegment, readJournal, segmentFile } from './journal.js';
import { applyBatch, batchLine } from './journal-batch.js';
import { compactRecord, plainRecord, recordProblem } from './record-schema.js';
import { STORE_VERSION, type StoreData, StoreError } from './store.js';

/** 1: plain records; 2: compact records (`codec.ts`); 3: version 2 with a journal beside the file. */
const READABLE_VERSIONS = new Set([1, 2, 3]);

const envelope = z.object({
  schema: z.literal('landwatch-store'),
  version: z.number().int(),
  batch: z.number().int().optional(),
  sections: z.record(z.string(), z.unknown()),
});

export interface LoadedStore {
  data: StoreData;
  /** Size of the main file (0: none yet). */
  mainBytes: number;
  /** The format the main file was written in (null: none yet). */
  mainVersion: number | null;
  journal: JournalSegment[];
}

/** One record checked and decoded; any problem is a StoreError naming the record and field. */
function loadRecord(file: string, where: string, key: string, value: unknown, version: number): SectionRecord {
  const problem = recordProblem(version === 1 ? plainRecord : compactRecord, value);
  const fail = (p: string) =>
    new StoreError(file, `${where}record "${key}" is damaged or was not written by landwatch (${p})`);
  if (problem) throw fail(problem);
  if (version === 1) return value as SectionRecord;
  try {
    return decodeRecord(key, value as StoredRecord);
  } catch (e) {
    throw fail(`${(e as Error).name}: ${(e as Error).message}`);
  }
}

function readMain(file: string): { data: StoreData; bytes: number; version: number } | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StoreError(file, `store is damaged (not valid JSON: ${(e as Error).message})`);
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(
      file,
      `store is damaged or not a landwatch store (${issue?.path.join('.') || 'top level'}: ${issue?.message})`,
    );
  }
  const { version } = parsed.data;
  if (!READABLE_VERSIONS.has(version)) {
    throw new StoreError(
      file,
      `store was written by format version ${version}; this landwatch reads versions ${[...READABLE_VERSIONS].join(', ').replace(/, (\d+)$/, ' and $1')}`,
    );
  }
  const data = raw as StoreData;
  const stored = data.sections as Record<string, unknown>;
  for (const key of Object.keys(stored)) data.sections[key] = loadRecord(file, '', key, stored[key], version);
  data.version = STORE_VERSION;
  return { data, bytes: Buffer.byteLength(text), version };
}

/** The journal's lines after the main file's batch applied to its data; 'gap' when one is missing. */
function replay(main: StoreData, journalBase: string, journal: JournalSegment[]): 'gap' | undefined {
  let expected = (main.batch ?? 0) + 1;
  for (const segment of journal) {
    const name = segmentFile(journalBase, segment.index);
    for (const [i, value] of segment.lines.entries()) {
      const parsed = batchLine.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StoreError(name, `journal line ${i + 1} is damaged (${issue?.path.join('.')}: ${issue?.message})`);
      }
      const line = parsed.data;
      if (line.batch < expected) continue;
      // Flushes are numbered one by one: a missing one was folded into a main file newer than ours.
      if (line.batch > expected) return 'gap';
      for (const [key, record] of Object.entries(line.sections ?? {}))
        main.sections[key] = loadRecord(name, `line ${i + 1}: `, key, record, STORE_VERSION);
      applyBatch(main, line);
      expected++;
    }
  }
}

/**
 * Reads the main file and replays the journal's newer lines, validating every record, before anything
 * may write: a damaged store is refused with a StoreError and left as it is. When a running landwatch
 * folds the journal in meanwhile (a segment goes, or a batch is missing), everything is read again.
 */
export function loadStore(file: string, journalBase: string): LoadedStore | null {
  for (let tries = 0; tries < 3; tries++) {
    const main = readMain(file);
    const journal = readJournal(journalBase);
    if ('moved' in journal) continue;
    if ('damaged' in journal) throw new StoreError(journalBase, `journal is damaged (${journal.damaged})`);
    if (!main && journal.length === 0) return null;
    const data: StoreData = main?.data ?? { schema: 'landwatch-store', version: STORE_VERSION, sections: {} };
    if (replay(data, journalBase, journal) === 'gap') continue;
    return { data, mainBytes: main?.bytes ?? 0, mainVersion: main?.version ?? null, journal };
  }
  throw new StoreError(journalBase, 'journal kept changing while it was read, or a batch is missing from it');
}
