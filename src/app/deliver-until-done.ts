/**
 * Delivers the outbox until nothing due is left or the bound runs out, retrying with a growing pause: a run
 * that is meant to end (`bot --once`) must not end while its messages wait for the next run. Returns how
 * many still wait.
 */
export async function deliverUntilDone(options: {
  drain: () => Promise<{ sent: number; failed: number }>;
  waiting: () => number;
  boundMs: number;
  sleep?: (ms: number) => Promise<void>;
}): Promise<number> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const until = performance.now() + options.boundMs;
  let pause = 250;
  for (;;) {
    await options.drain();
    const left = options.waiting();
    if (left === 0) return 0;
    const remaining = until - performance.now();
    if (remaining <= 0) return left;
    await sleep(Math.min(pause, remaining));
    pause = Math.min(pause * 2, 5_000);
  }
}
