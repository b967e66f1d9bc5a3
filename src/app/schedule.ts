import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Settings } from '../config/settings.js';
import type { Watch } from './watch.js';

/** When to look for due sections, post the digest and retry held messages (settings.yaml: schedule). */
export type ScheduleSettings = Settings['schedule'] & { timezone: string };

/** Runs the watch on the clock, in China time, never two runs of a task at once. */
export function startSchedule(watch: Watch, settings: ScheduleSettings, logger: Logger): { stop(): Promise<void> } {
  const log = {
    info: (m: string) => logger.debug(m),
    warn: (m: string) => logger.warn(m),
    error: (m: string | Error) => logger.error(m instanceof Error ? { err: m } : {}, String(m)),
    debug: (m: string) => logger.debug(m),
  };
  // What is running now, so a stop can let it finish (or give up on it) instead of cutting it mid-write.
  const running = new Set<Promise<unknown>>();
  const task = (name: string, expression: string, run: () => Promise<unknown>): ScheduledTask =>
    cron.schedule(
      expression,
      async () => {
        const step = run();
        running.add(step);
        try {
          await step;
        } catch (e) {
          logger.error({ err: e, task: name }, 'scheduled task failed');
        } finally {
          running.delete(step);
        }
      },
      { name, timezone: settings.timezone, noOverlap: true, logger: log },
    );
  const tasks = [
    task('check', settings.checkCron, () => watch.cycle()),
    task('digest', settings.digestCron, () => watch.digest()),
    task('drain', settings.drainCron, () => watch.drain()),
  ];
  return {
    /** No new runs; resolves once the running ones have ended. */
    stop: async () => {
      for (const t of tasks) await t.destroy();
      await Promise.allSettled([...running]);
    },
  };
}
