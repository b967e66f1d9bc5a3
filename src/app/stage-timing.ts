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

/** Like `timed` for async work: counts the time until it settles, waits included. */
export async function timedAsync<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
  if (!enabled) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    add(stage, performance.now() - started);
  }
}

/** The totals so far (empty when timing is off). */
export function stageTotals(): Record<string, { ms: number; calls: number }> {
  return Object.fromEntries([...totals].map(([k, v]) => [k, { ...v }]));
}
