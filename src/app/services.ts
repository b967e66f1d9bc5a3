import type { CommandContext, DiscoveryOffer } from '../../commands/index.js';
import type { Config } from '../config/config.js';
import { bestProposals, discoverSections } from '../crawl/discover.js';
import type { Fetcher } from '../crawl/fetcher.js';
import type { HostQueue } from '../crawl/host-queue.js';
import { renderTrendPng } from '../digest/chart.js';
import { composeDigest } from '../digest/digest.js';
import { weekInReview } from '../digest/week.js';
import { acknowledge, silence } from '../domain/alerts.js';
import type { ChatMessage } from '../domain/chat-message.js';
import { chinaDay } from '../domain/day.js';
import { messageOf } from '../domain/outbox.js';
import type { HistoryEntry } from '../domain/section-record.js';
import { sectionKey, withRelocations } from '../domain/types.js';
import type { ChatReply } from '../render/chat-pages.js';
import { type Locale, t, tLine } from '../render/i18n.js';
import type { Store } from '../store/store.js';
import { runCheckCycle, type SectionResult } from './cycle.js';
import { averageScores, type Inspection, inspect } from './inspection.js';

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
  /**
   * A button on an alert: acknowledge it, or snooze its sections for a week, remembered by the user's id.
   * Returns the updated message, which names the user (a mention on Discord, the name elsewhere).
   */
  alertAction(
    action: 'ack' | 'snooze',
    entryId: string,
    user: { id: string; name: string },
  ): Promise<ChatMessage | null>;
  /** Proposed addresses for a bureau's sections, found from its homepage. */
  discover(bureauId: string): Promise<DiscoveryOffer[]>;
  /** Accepts a proposal: the section is checked at its new address from now on. Returns what changed. */
  acceptProposal(token: string, user: string): Promise<string | null>;
  /** A manager's exception: no alerts for a bureau's sections (or one) until a date; null lifts it. */
  setException(bureauId: string, category: string | undefined, until: Date | null, reason: string): Promise<number>;
}

const SNOOZE_DAYS = 7;
/** Proposals kept for acceptance; older ones expire. */
const OFFERS_KEPT = 500;

export function createServices(deps: ServiceDeps): Services {
  let cached: { revision: number; inspection: Inspection } | null = null;
  const offers = new Map<string, { bureauId: string; category: string; url: string }>();
  let offerSeq = 0;
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
      const bureau = withRelocations(deps.config.bureaus, deps.store.relocations()).find((b) => b.id === bureauId);
      if (!bureau) throw new Error(`unknown bureau ${bureauId}`);
      return runCheckCycle({ ...deps, onSection: (_r, done, total) => onProgress(done, total) }, bureau.sections);
    },
    async alertAction(action, entryId, user) {
      const entry = deps.store.outbox().find((e) => e.id === entryId);
      if (!entry) return null;
      const now = deps.now();
      const at = now.toISOString().slice(0, 16).replace('T', ' ');
      const who = { user: user.id, name: user.name };
      let note: ChatMessage['lines'][number];
      if (action === 'ack') {
        deps.store.setAlertMemory(acknowledge(deps.store.alertMemory(), entry.sectionKeys, user.id, now));
        note = tLine('zh-CN', 'acknowledgedBy', { user: who, at });
      } else {
        const until = new Date(now.getTime() + SNOOZE_DAYS * 86_400_000);
        const reason = t('zh-CN', 'snoozeReason', { user: `${user.name} · ${user.id}` });
        deps.store.setAlertMemory(silence(deps.store.alertMemory(), entry.sectionKeys, until, reason));
        note = tLine('zh-CN', 'snoozedBy', { days: SNOOZE_DAYS, user: who, until: until.toISOString().slice(0, 10) });
      }
      await deps.store.flush();
      const message = messageOf(entry);
      return { ...message, fields: [...(message.fields ?? []), { name: t('zh-CN', 'alertHandled'), lines: [note] }] };
    },
    async discover(bureauId) {
      const bureau = withRelocations(deps.config.bureaus, deps.store.relocations()).find((b) => b.id === bureauId);
      if (!bureau) return [];
      const found = bestProposals(
        await discoverSections(bureau.homepage, {
          fetcher: deps.fetcher,
          queue: deps.queue,
          categories: deps.config.categories,
          today: chinaDay(deps.now()),
        }),
      );
      const current = new Map(bureau.sections.map((s) => [s.category, s.url]));
      return [...found.values()]
        .filter((p) => current.get(p.category) !== p.url)
        .map((p) => {
          const token = `o${++offerSeq}`;
          offers.set(token, { bureauId, category: p.category, url: p.url });
          if (offers.size > OFFERS_KEPT) offers.delete(offers.keys().next().value as string);
          return {
            token,
            category: p.category,
            url: p.url,
            current: current.get(p.category) ?? null,
            confidence: p.confidence,
            linkText: p.evidence.linkText,
            foundBy: p.evidence.by,
            sample: p.evidence.sample,
          };
        });
    },
    async acceptProposal(token, user) {
      const offer = offers.get(token);
      if (!offer) return null;
      offers.delete(token);
      deps.store.relocate(sectionKey(offer.bureauId, offer.category), {
        url: offer.url,
        by: user,
        at: deps.now().toISOString(),
      });
      await deps.store.flush();
      return `${offer.category} → ${offer.url}`;
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
      discover: services.discover,
    }),
  };
  return services;
}
