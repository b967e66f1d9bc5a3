import { readFileSync } from 'node:fs';

/**
 * Where a check cycle's main-thread time goes, by stage, for the bench (`LANDWATCH_STAGE_TIMING=1`). Off,
 * `timed` is one branch on a constant and nothing is counted.
 */
export type Stage = 'detail-dates' | 'record' | 'store';

const enabled = process.env.LANDWATCH_STAGE_TIMING === '1';
const totals = new Map<Stage, { ms: number; calls: number }>();

function add(stage: Stage, ms: number): void {
  const t = totals.get(stage);
  if (t) {
    t.ms += ms;
    t.calls++;
  } else totals.set(stage, { ms, calls: 1 });
}

/** Runs `work`, counting its time under `stage` when timing is on. */
export function timed<T>(stage: Stage, work: () => T): T {
  if (!enabled) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    add(stage, performance.now() - started);
  }
}

/** This thread's CPU milliseconds (Linux; ticks of 10 ms), or NaN where /proc is not there. */
function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Like `timed` for async work that runs for a while (a store flush): counts the thread's CPU until it
 * settles rather than the wall time, so its waits are not counted; other work the thread runs meanwhile is.
 */
export async function timedAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  const started = threadCpuMs();
  try {
    return await work();
  } finally {
    add(stage, threadCpuMs() - started);
  }
}

/** The totals so far (empty when timing is off). */
export function stageTotals(): Record<string, { ms: number; calls: number }> {
  return Object.fromEntries([...totals].map(([k, v]) => [k, { ...v }]));
}
