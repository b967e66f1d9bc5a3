import { bestProposals, discoverSections } from '../crawl/discover.js';
import { renderTrendPng } from '../digest/chart.js';
import { composeDigest } from '../digest/digest.js';
import { acknowledge, silence } from '../domain/alerts.js';
import type { ChatMessage } from '../domain/chat-message.js';
import { chinaDay } from '../domain/day.js';
import type { Inspection } from '../domain/inspection.js';
import { messageOf } from '../domain/outbox.js';
import type { HistoryEntry } from '../domain/section-record.js';
import { sectionKey } from '../domain/types.js';
import type { ChatReply } from '../render/chat-pages.js';
import { type Locale, t, tLine } from '../render/i18n.js';
import type { AppParts } from './app-parts.js';
import { averageScores, inspect } from './inspection.js';
import type { CommandContext, DiscoveryOffer } from './ports.js';
import { discoveryDeps } from './read-step.js';
import { weekInReview } from './week-in-review.js';

/**
 * What chat commands and buttons can ask of the running bot. The inspection is recomputed only when the
 * store has changed, so commands answer from memory; a re-check runs the one check pipeline.
 */
export interface Services {
  inspection(): Inspection;
  history(bureauId: string, category: string): HistoryEntry[] | null;
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
  /** Accepts a proposal: the section is checked at its new address from now on. Returns what changed. */
  acceptProposal(token: string, user: string): Promise<string | null>;
}

const SNOOZE_DAYS = 7;
/** Proposals kept for acceptance; older ones expire. */
const OFFERS_KEPT = 500;

export function createServices(parts: AppParts): Services {
  const { store, clock, catalog } = parts;
  let cached: { revision: number; inspection: Inspection } | null = null;
  const offers = new Map<string, { bureauId: string; category: string; url: string }>();
  let offerSeq = 0;
  const inspection = () => {
    const revision = store.revision();
    if (!cached || cached.revision !== revision)
      cached = { revision, inspection: inspect(catalog(), store, clock(), parts.config.calendar) };
    return cached.inspection;
  };
  const history = (bureauId: string, category: string) =>
    store.section(sectionKey(bureauId, category))?.history ?? null;

  const checkBureau: CommandContext['checkBureau'] = async (bureauId, onProgress) => {
    const bureau = catalog().bureau(bureauId);
    if (!bureau) throw new Error(`unknown bureau ${bureauId}`);
    const run = await parts.check({
      sections: bureau.sections,
      onSection: (_r, done, total) => onProgress(done, total),
    });
    // A manager checking one bureau is there for its moved columns' new addresses too.
    await run.relocated;
    return run.results;
  };

  const discover: CommandContext['discover'] = async (bureauId) => {
    const bureau = catalog().bureau(bureauId);
    if (!bureau) return [];
    const found = bestProposals(
      await discoverSections(bureau.homepage, discoveryDeps(parts.reading, catalog().categories, chinaDay(clock()))),
    );
    const current = new Map(bureau.sections.map((s) => [s.category, s.url]));
    return [...found.values()]
      .filter((p) => current.get(p.category) !== p.url)
      .map((p): DiscoveryOffer => {
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
  };

  const setException: CommandContext['setException'] = async (bureauId, category, until, reason) => {
    const keys = (catalog().bureau(bureauId)?.sections ?? [])
      .filter((s) => !category || s.category === category)
      .map((s) => sectionKey(bureauId, s.category));
    store.setAlertMemory(silence(store.alertMemory(), keys, until, reason));
    await store.flush();
    return keys.length;
  };

  const digest = (locale: Locale) => composeDigest(inspection(), locale, weekInReview(catalog(), store, clock()));

  return {
    inspection,
    history,
    async alertAction(action, entryId, user) {
      const entry = store.outbox().find((e) => e.id === entryId);
      if (!entry) return null;
      const now = clock();
      const at = now.toISOString().slice(0, 16).replace('T', ' ');
      const who = { user: user.id, name: user.name };
      let note: ChatMessage['lines'][number];
      if (action === 'ack') {
        store.setAlertMemory(acknowledge(store.alertMemory(), entry.sectionKeys, user.id, now));
        note = tLine('zh-CN', 'acknowledgedBy', { user: who, at });
      } else {
        const until = new Date(now.getTime() + SNOOZE_DAYS * 86_400_000);
        const reason = t('zh-CN', 'snoozeReason', { user: `${user.name} · ${user.id}` });
        store.setAlertMemory(silence(store.alertMemory(), entry.sectionKeys, until, reason));
        note = tLine('zh-CN', 'snoozedBy', { days: SNOOZE_DAYS, user: who, until: until.toISOString().slice(0, 10) });
      }
      await store.flush();
      const message = messageOf(entry);
      return { ...message, fields: [...(message.fields ?? []), { name: t('zh-CN', 'alertHandled'), lines: [note] }] };
    },
    async acceptProposal(token, user) {
      const offer = offers.get(token);
      if (!offer) return null;
      offers.delete(token);
      store.relocate(sectionKey(offer.bureauId, offer.category), {
        url: offer.url,
        by: user,
        at: clock().toISOString(),
      });
      await store.flush();
      return `${offer.category} → ${offer.url}`;
    },
    digestChart: () => {
      const past = store.snapshots().flatMap((s) => (s.averages ? [{ at: s.at, averages: s.averages }] : []));
      return renderTrendPng([...past, { at: clock().toISOString(), averages: averageScores(inspection()) }]);
    },
    digest,
    context: (locale) => ({
      locale,
      now: clock,
      catalog,
      dashboardUrl: parts.config.settings.dashboard.publicUrl,
      inspection,
      history,
      checkBureau,
      digestPreview: () => digest(locale),
      setException,
      discover,
    }),
  };
}
