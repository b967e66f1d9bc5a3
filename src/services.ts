import type { CommandContext } from '../commands/index.js';
import type { Config } from './config.js';
import type { Fetcher } from './crawl/fetcher.js';
import type { HostQueue } from './crawl/host-queue.js';
import { runCheckCycle, type SectionResult } from './cycle.js';
import { renderTrendPng } from './digest/chart.js';
import { composeDigest } from './digest/digest.js';
import { weekInReview } from './digest/week.js';
import { acknowledge, silence } from './domain/alerts.js';
import { sectionKey } from './domain/types.js';
import { averageScores, type Inspection, inspect } from './inspection.js';
import type { ChatReply, Page } from './render/chat-pages.js';
import type { Locale } from './render/i18n.js';
import type { HistoryEntry, Store } from './store/store.js';

/**
 * What chat commands can ask of the running bot, wired to the real store, fetcher and clock. The inspection
 * is recomputed only when the store has changed, so commands answer from memory.
 */
export interface ServiceDeps {
  config: Config;
  store: Store;
  fetcher: Fetcher;
  queue: HostQueue;
  now: () => Date;
}

export interface Services {
  inspection(): Inspection;
  history(bureauId: string, category: string): HistoryEntry[] | null;
  checkBureau(bureauId: string, onProgress: (done: number, total: number) => void): Promise<SectionResult[]>;
  context(locale: Locale): CommandContext;
  /** The weekly digest as it stands now. */
  digest(locale: Locale): ChatReply;
  /** The digest's trend chart (PNG): weekly snapshots and now. */
  digestChart(): Buffer;
  /** A button on an alert: acknowledge it, or snooze its sections for a week. Returns the updated message. */
  alertAction(action: 'ack' | 'snooze', entryId: string, user: string): Promise<Page | null>;
  /** A manager's exception: no alerts for a bureau's sections (or one) until a date; null lifts it. */
  setException(bureauId: string, category: string | undefined, until: Date | null, reason: string): Promise<number>;
}

const SNOOZE_DAYS = 7;

export function createServices(deps: ServiceDeps): Services {
  let cached: { revision: number; inspection: Inspection } | null = null;
  const inspection = () => {
    const revision = deps.store.revision();
    if (!cached || cached.revision !== revision)
      cached = { revision, inspection: inspect(deps.config, deps.store, deps.now()) };
    return cached.inspection;
  };
  const services: Services = {
    inspection,
    history: (bureauId, category) => deps.store.section(sectionKey(bureauId, category))?.history ?? null,
    checkBureau: async (bureauId, onProgress) => {
      const bureau = deps.config.bureaus.find((b) => b.id === bureauId);
      if (!bureau) throw new Error(`unknown bureau ${bureauId}`);
      return runCheckCycle({ ...deps, onSection: (_r, done, total) => onProgress(done, total) }, bureau.sections);
    },
    async alertAction(action, entryId, user) {
      const entry = deps.store.outbox().find((e) => e.id === entryId);
      if (!entry) return null;
      const now = deps.now();
      const stamp = now.toISOString().slice(0, 16).replace('T', ' ');
      let note: string;
      if (action === 'ack') {
        deps.store.setAlertMemory(acknowledge(deps.store.alertMemory(), entry.sectionKeys, user, now));
        note = `✅ 已确认：${user} · ${stamp}`;
      } else {
        const until = new Date(now.getTime() + SNOOZE_DAYS * 86_400_000);
        deps.store.setAlertMemory(silence(deps.store.alertMemory(), entry.sectionKeys, until, `暂停提醒（${user}）`));
        note = `💤 暂停提醒 ${SNOOZE_DAYS} 天：${user} · 至 ${until.toISOString().slice(0, 10)}`;
      }
      await deps.store.flush();
      const [first, ...rest] = entry.page.embeds;
      const fields = [...(first?.fields ?? []), { name: '处理情况', value: note }];
      return { ...entry.page, embeds: [{ ...first, fields }, ...rest] };
    },
    async setException(bureauId, category, until, reason) {
      const bureau = deps.config.bureaus.find((b) => b.id === bureauId);
      const keys = (bureau?.sections ?? [])
        .filter((s) => !category || s.category === category)
        .map((s) => sectionKey(bureauId, s.category));
      deps.store.setAlertMemory(silence(deps.store.alertMemory(), keys, until, reason));
      await deps.store.flush();
      return keys.length;
    },
    digestChart: () => {
      const past = deps.store.snapshots().flatMap((s) => (s.averages ? [{ at: s.at, averages: s.averages }] : []));
      return renderTrendPng([...past, { at: deps.now().toISOString(), averages: averageScores(inspection()) }]);
    },
    digest: (locale) => composeDigest(inspection(), locale, weekInReview(deps.config, deps.store, deps.now())),
    context: (locale) => ({
      locale,
      now: deps.now,
      config: deps.config,
      inspection,
      history: services.history,
      checkBureau: services.checkBureau,
      digestPreview: () => services.digest(locale),
      setException: services.setException,
    }),
  };
  return services;
}
