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
  const task = (name: string, expression: string, run: () => Promise<unknown>): ScheduledTask =>
    cron.schedule(
      expression,
      async () => {
        try {
          await run();
        } catch (e) {
          logger.error({ err: e, task: name }, 'scheduled task failed');
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
    stop: async () => {
      for (const t of tasks) await t.destroy();
    },
  };
}
