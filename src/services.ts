import type { CommandContext } from '../commands/index.js';
import type { Config } from './config.js';
import type { Fetcher } from './crawl/fetcher.js';
import type { HostQueue } from './crawl/host-queue.js';
import { runCheckCycle, type SectionResult } from './cycle.js';
import { composeDigest } from './digest/digest.js';
import { weekInReview } from './digest/week.js';
import { sectionKey } from './domain/types.js';
import { type Inspection, inspect } from './inspection.js';
import type { ChatReply } from './render/chat-pages.js';
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
}

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
    digest: (locale) => composeDigest(inspection(), locale, weekInReview(deps.config, deps.store, deps.now())),
    context: (locale) => ({
      locale,
      now: deps.now,
      config: deps.config,
      inspection,
      history: services.history,
      checkBureau: services.checkBureau,
      digestPreview: () => services.digest(locale),
    }),
  };
  return services;
}
