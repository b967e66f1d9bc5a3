/**
 * A year of weekly cycles at national scale (48,000 sections): how big the store grows, how long a flush
 * takes while a cycle runs (4,000 records changed between flushes) and how long a load takes, beside a
 * naive baseline: lowdb's own JSONFile adapter holding the same records as plain JSON.
 *
 * `npx tsx bench/store-year.ts [--json]`; also `npm run bench -- --case store-year-national`.
 */

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { addDays } from '../src/domain/day.js';
import { boundHistory, type SectionRecord } from '../src/domain/section-record.js';
import { generateNetwork } from '../src/sim/network.js';
import { memoryStore } from '../src/store/memory-store.js';
import { openStore, type Store } from '../src/store/store.js';
import { seedStoreFromTruth } from '../tests/harness/seed-store.js';

const DAY = '2026-11-27';
const WEEKS = 52;
const CHANGED_PER_FLUSH = 4000;
/** Four national cycles of flushes for our store; the naive one is slow enough that one cycle tells. */
const FLUSHES = 48;
const NAIVE_FLUSHES = 12;

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  // A file may go (a temporary one renamed, a folded segment deleted) between listing and stat.
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name)).catch(() => ({ size: 0 }))).size;
  return total;
}

/**
 * One week's cycle: each section's state that week (from the network's truth) goes through the real
 * history bound, as in production, and reaches the store as a cycle does, 4,000 sections per flush.
 * Returns the flush times.
 */
async function week(
  store: Store,
  network: ReturnType<typeof generateNetwork>,
  config: ReturnType<typeof loadConfig>,
  day: string,
  afterFlush: () => Promise<void>,
): Promise<number[]> {
  const states = memoryStore();
  seedStoreFromTruth(states, network, config, day);
  const times: number[] = [];
  const records = states.sections();
  for (let start = 0; start < records.length; start += CHANGED_PER_FLUSH) {
    for (const r of records.slice(start, start + CHANGED_PER_FLUSH)) {
      const key = `${r.bureauId}/${r.category}`;
      const previous = store.section(key)?.history ?? [];
      const history = [...previous, ...r.history.map((h) => ({ ...h, changed: h.state !== previous.at(-1)?.state }))];
      store.put(key, { ...r, history: boundHistory(history, config.settings.store) });
    }
    const t0 = performance.now();
    await store.flush();
    times.push(performance.now() - t0);
    await afterFlush();
  }
  return times;
}

/** One more check of a section, the state unchanged: a history row, a new `last.at`. */
function checkedAgain(
  r: SectionRecord,
  at: string,
  limits: ReturnType<typeof loadConfig>['settings']['store'],
): SectionRecord {
  const prev = r.history.at(-1);
  const entry = {
    at,
    state: r.state,
    newest: prev?.newest ?? null,
    itemCount: prev?.itemCount ?? 0,
    httpStatus: 200,
    reason: null,
    changed: false,
  };
  return { ...r, last: { ...r.last, at }, history: boundHistory([...r.history, entry], limits) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Load time in a fresh process, so the heap this bench built does not slow it. */
async function loadMsInChild(dir: string, naive: boolean): Promise<number> {
  const args = ['--import', 'tsx', import.meta.filename, '--load', dir, ...(naive ? ['--naive'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return Number(out.trim());
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const MB = 1e6;

export async function storeYear() {
  const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-bench-store-'));
  const naiveDir = await mkdtemp(path.join(tmpdir(), 'landwatch-bench-naive-'));
  try {
    const store = await openStore(dir);
    const network = generateNetwork({ seed: 1, size: 3200, origin: DAY });
    let largestBytes = 0;
    const yearWrites: number[] = [];
    const sample = async () => {
      largestBytes = Math.max(largestBytes, await folderBytes(dir));
    };
    for (let w = 0; w < WEEKS; w++)
      yearWrites.push(...(await week(store, network, config, addDays(DAY, w * 7), sample)));
    yearWrites.sort((a, b) => a - b);
    const keys = store.sections().map((r) => `${r.bureauId}/${r.category}`);
    const end = Date.parse(`${addDays(DAY, WEEKS * 7)}T04:00:00.000Z`);
    const changeRound = (s: Store, round: number) => {
      const at = new Date(end + round * 60_000).toISOString();
      for (let i = 0; i < CHANGED_PER_FLUSH; i++) {
        const key = keys[(round * CHANGED_PER_FLUSH + i) % keys.length] as string;
        s.put(key, checkedAgain(s.section(key) as SectionRecord, at, config.settings.store));
      }
    };
    const writes: number[] = [];
    for (let r = 0; r < FLUSHES; r++) {
      changeRound(store, r);
      const t0 = performance.now();
      await store.flush();
      writes.push(performance.now() - t0);
      await sample();
    }
    writes.sort((a, b) => a - b);
    await store.idle();
    const bytes = await folderBytes(dir);

    // The naive baseline: the same records, plain JSON through lowdb's JSONFile, rewritten at each flush.
    const naiveFile = path.join(naiveDir, 'landwatch.json');
    const naive = new Low(new JSONFile<{ sections: Record<string, SectionRecord> }>(naiveFile), { sections: {} });
    for (const key of keys) naive.data.sections[key] = store.section(key) as SectionRecord;
    await naive.write();
    const naiveWrites: number[] = [];
    for (let r = 0; r < NAIVE_FLUSHES; r++) {
      for (let i = 0; i < CHANGED_PER_FLUSH; i++) {
        const key = keys[(r * CHANGED_PER_FLUSH + i) % keys.length] as string;
        naive.data.sections[key] = checkedAgain(
          naive.data.sections[key] as SectionRecord,
          new Date(end + r).toISOString(),
          config.settings.store,
        );
      }
      const t0 = performance.now();
      await naive.write();
      naiveWrites.push(performance.now() - t0);
    }
    naiveWrites.sort((a, b) => a - b);
    const naiveBytes = (await stat(naiveFile)).size;
    const loadMs = await loadMsInChild(dir, false);
    const naiveLoadMs = await loadMsInChild(naiveDir, true);
    return {
      case: 'store-year-national',
      sections: keys.length,
      diskMB: round(bytes / MB),
      largestDiskMB: round(largestBytes / MB),
      writeP50Ms: Math.round(percentile(writes, 50)),
      writeP99Ms: Math.round(percentile(writes, 99)),
      writeMaxMs: Math.round(writes.at(-1) ?? 0),
      /** Every flush of the year's cycles (52 × 12). */
      yearWriteP99Ms: Math.round(percentile(yearWrites, 99)),
      yearWriteMaxMs: Math.round(yearWrites.at(-1) ?? 0),
      loadMs,
      naive: {
        diskMB: round(naiveBytes / MB),
        writeP50Ms: Math.round(percentile(naiveWrites, 50)),
        writeP99Ms: Math.round(percentile(naiveWrites, 99)),
        loadMs: naiveLoadMs,
      },
      ratios: {
        disk: round(bytes / naiveBytes, 2),
        writeP99: round(percentile(writes, 99) / percentile(naiveWrites, 99), 2),
        load: round(loadMs / naiveLoadMs, 2),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(naiveDir, { recursive: true, force: true });
  }
}

export function describeStoreYear(r: Awaited<ReturnType<typeof storeYear>>): string {
  return [
    `\n${r.case}: ${r.sections} sections, ${WEEKS} weekly cycles, then ${FLUSHES} flushes of ${CHANGED_PER_FLUSH} changed records`,
    `  landwatch store   ${r.diskMB} MB on disk (largest during the year ${r.largestDiskMB} MB); flush p50 ${r.writeP50Ms} ms, p99 ${r.writeP99Ms} ms, max ${r.writeMaxMs} ms (over the year's ${WEEKS * 12} flushes: p99 ${r.yearWriteP99Ms} ms, max ${r.yearWriteMaxMs} ms); load ${r.loadMs} ms`,
    `  naive lowdb JSON  ${r.naive.diskMB} MB on disk; flush p50 ${r.naive.writeP50Ms} ms, p99 ${r.naive.writeP99Ms} ms; load ${r.naive.loadMs} ms`,
    `  ratio (store / naive): disk ${r.ratios.disk}, flush p99 ${r.ratios.writeP99}, load ${r.ratios.load}`,
  ].join('\n');
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      load: { type: 'string' },
      naive: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (values.load) {
    const t0 = performance.now();
    if (values.naive) await new Low(new JSONFile<unknown>(path.join(values.load, 'landwatch.json')), {}).read();
    else await openStore(values.load);
    console.log(Math.round(performance.now() - t0));
  } else {
    const r = await storeYear();
    console.log(values.json ? JSON.stringify(r, null, 2) : describeStoreYear(r));
  }
}
