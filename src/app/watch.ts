import type { Logger } from 'pino';
import { drainOutbox, type Sinks } from '../chat/outbox.js';
import { composeDigestMessage, DASHBOARD_CHART_PATH } from '../digest/digest.js';
import { weekInReview } from '../digest/week.js';
import { type AlertPolicy, DEFAULT_ALERT_POLICY } from '../domain/alerts.js';
import type { Provenance } from '../domain/observation.js';
import { dueSections } from '../domain/plan.js';
import { type Day, type Section, sectionKey, withRelocations } from '../domain/types.js';
import { renderRelocations } from '../render/relocations.js';
import { recordAlerts } from './alerting.js';
import { type CycleDeps, runCheckCycle, type SectionResult } from './cycle.js';
import { snapshotIfDue } from './inspection.js';
import { findRelocations } from './relocations.js';
import type { Services } from './services.js';

/**
 * The automatic part of the bot, one step after another: plan → check → judge and store → decide notices
 * → write them to the outbox → deliver. Every step is a call into a module that does one thing.
 */
export interface WatchDeps extends Pick<CycleDeps, 'config' | 'store' | 'fetcher' | 'queue' | 'extract' | 'now'> {
  services: Services;
  sinks: Sinks;
  logger: Logger;
  policy?: AlertPolicy;
}

export interface Watch {
  /** Checks the given sections (default: those due now), records notices and delivers what it can. */
  cycle(sections?: Section[]): Promise<SectionResult[]>;
  /** Queues the weekly digest and delivers it. */
  digest(): Promise<void>;
  /** Delivers pending messages (held notices, retries). */
  drain(): Promise<{ sent: number; failed: number }>;
  /** Every watched section, at its current address. */
  allSections(): Section[];
}

const CHART = 'trend.png';

export function createWatch(deps: WatchDeps): Watch {
  const detailCache = new Map<string, { day: Day; provenance: Provenance } | null>();
  const categories = new Map(deps.config.categories.map((c) => [c.key, c]));
  const drain = () => drainOutbox(deps.store, deps.sinks, deps.now(), deps.logger);
  // Addresses accepted in chat after a site moved a column replace the configured ones.
  const allSections = () => withRelocations(deps.config.bureaus, deps.store.relocations()).flatMap((b) => b.sections);
  return {
    async cycle(sections) {
      const now = deps.now();
      const planned =
        sections ??
        dueSections(
          allSections(),
          categories,
          (s) => deps.store.section(sectionKey(s.bureauId, s.category))?.last.at ?? null,
          now,
        );
      if (planned.length === 0) {
        await drain();
        return [];
      }
      const results = await runCheckCycle({ ...deps, detailCache }, planned);
      const queued = recordAlerts(results, deps.config, deps.store, now, deps.policy ?? DEFAULT_ALERT_POLICY);
      const moved = await findRelocations(results, deps);
      if (moved.length > 0) {
        const names = new Map(deps.config.categories.map((c) => [c.key, c.name]));
        const messages = renderRelocations(moved, names, now.toISOString()).map((m) => ({
          ...m,
          createdAt: now.toISOString(),
        }));
        queued.push(...deps.store.enqueue(messages, now));
      }
      snapshotIfDue(deps.services.inspection(), deps.store, now);
      await deps.store.flush();
      deps.logger.info({ sections: results.length, queued: queued.length }, 'check cycle done');
      await drain();
      return results;
    },
    async digest() {
      const now = deps.now();
      const at = now.toISOString();
      const message = {
        ...composeDigestMessage(deps.services.inspection(), 'zh-CN', weekInReview(deps.config, deps.store, now)),
        image: { file: CHART, dashboardPath: DASHBOARD_CHART_PATH },
      };
      const files = [{ name: CHART, base64: deps.services.digestChart().toString('base64') }];
      deps.store.enqueue([{ channel: 'digest', createdAt: at, notBefore: at, message, files, sectionKeys: [] }], now);
      await deps.store.flush();
      await drain();
    },
    drain,
    allSections,
  };
}
