import type { Logger } from 'pino';
import { drainOutbox, type Sinks } from '../chat/outbox.js';
import { composeDigestMessage, DASHBOARD_CHART_PATH } from '../digest/digest.js';
import type { Section } from '../domain/types.js';
import { digestWorkbookFiles } from '../render/workbook.js';
import type { App } from './app.js';
import type { CheckRun } from './check-pipeline.js';
import { weekInReview } from './week-in-review.js';

/**
 * The automatic part of the bot: run the check pipeline on what is due, then deliver what it decided; post
 * the weekly digest; retry held messages. Every step is a call into a module that does one thing.
 */
export interface Watch {
  /** Checks the given sections (default: those due now) and delivers what it can. */
  cycle(sections?: readonly Section[]): Promise<CheckRun>;
  /** Queues the weekly digest and delivers it. */
  digest(): Promise<void>;
  /** Delivers pending messages (held notices, retries). */
  drain(): Promise<{ sent: number; failed: number }>;
}

const CHART = 'trend.png';

export function createWatch(app: App, chat: { sinks: Sinks; logger: Logger }): Watch {
  const { store, clock } = app.parts;
  const drain = () => drainOutbox(store, chat.sinks, clock(), chat.logger);
  return {
    async cycle(sections) {
      const run = await app.check({ sections });
      if (run.results.length > 0)
        chat.logger.info({ sections: run.results.length, queued: run.queued.length }, 'check cycle done');
      await drain();
      // Relocation proposals follow the cycle's notices, once the searches for moved columns end.
      const relocated = await run.relocated;
      if (relocated.error) chat.logger.warn({ err: relocated.error }, 'relocation search failed');
      if (relocated.queued.length > 0) await drain();
      return run;
    },
    async digest() {
      const now = clock();
      const at = now.toISOString();
      const message = {
        ...composeDigestMessage(app.services.inspection(), 'zh-CN', weekInReview(app.catalog(), store, now)),
        image: { file: CHART, dashboardPath: DASHBOARD_CHART_PATH },
      };
      const files = [
        { name: CHART, base64: app.services.digestChart().toString('base64') },
        // The workbook rides along when settings.yaml asks (digest.attachWorkbook) and it fits an upload.
        ...(await digestWorkbookFiles(app.parts.config.settings.digest, app.services.inspection())),
      ];
      store.enqueue([{ channel: 'digest', createdAt: at, notBefore: at, message, files, sectionKeys: [] }], now);
      await store.flush();
      await drain();
    },
    drain,
  };
}
