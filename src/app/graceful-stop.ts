import type { Logger } from 'pino';

/** How a stop ended: everything finished, the grace ran out, or a second signal cut it short. */
export type StopOutcome = 'clean' | 'grace-expired' | 'forced';

/**
 * Stops the running parts one after another within a grace period, whatever they are waiting on (a chat
 * platform that went away can hold a client's shutdown for minutes), then always flushes the store. A
 * second signal ends the wait at once; the flush is still attempted.
 */
export async function stopGracefully(options: {
  steps: { name: string; stop: () => Promise<unknown> }[];
  flush: () => Promise<void>;
  graceMs: number;
  /** Resolves on a second signal. */
  forced: Promise<void>;
  logger: Logger;
}): Promise<StopOutcome> {
  const { logger } = options;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<StopOutcome>((resolve) => {
    timer = setTimeout(() => resolve('grace-expired'), options.graceMs);
  });
  const stopped = (async (): Promise<StopOutcome> => {
    for (const step of options.steps) {
      try {
        await step.stop();
      } catch (e) {
        logger.warn({ err: (e as Error).message, step: step.name }, 'stop step failed');
      }
    }
    return 'clean';
  })();
  const outcome = await Promise.race([stopped, expired, options.forced.then((): StopOutcome => 'forced')]);
  clearTimeout(timer);
  if (outcome !== 'clean') logger.warn({ outcome, graceMs: options.graceMs }, 'stopping without waiting further');
  try {
    await options.flush();
  } catch (e) {
    logger.error({ err: (e as Error).message }, 'store flush on stop failed');
  }
  return outcome;
}

/** The first and the second SIGINT/SIGTERM, as promises; `dispose` removes the listeners. */
export function stopSignals(): { first: Promise<void>; second: Promise<void>; dispose(): void } {
  let count = 0;
  let resolveFirst: () => void = () => {};
  let resolveSecond: () => void = () => {};
  const first = new Promise<void>((r) => {
    resolveFirst = r;
  });
  const second = new Promise<void>((r) => {
    resolveSecond = r;
  });
  const onSignal = () => {
    count++;
    if (count === 1) resolveFirst();
    else resolveSecond();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    first,
    second,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
