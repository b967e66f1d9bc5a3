import type { Catalog } from '../domain/catalog.js';
import type { Inspection } from '../domain/inspection.js';
import type { HistoryEntry } from '../domain/section-record.js';
import type { SectionResult } from '../domain/section-result.js';
import type { ChatReply } from '../render/chat-pages.js';
import type { Locale } from '../render/i18n.js';

/**
 * What a command may use: the application layer's published face. Commands import this and the domain and
 * render, never the store, crawl or chat. The chat layer builds one per interaction; tests build it by hand.
 */
export interface CommandContext {
  locale: Locale;
  now(): Date;
  /** What is watched, with accepted addresses applied. */
  catalog(): Catalog;
  /** Where people reach the dashboard (settings.yaml: dashboard.publicUrl), for links in replies. */
  dashboardUrl: string | undefined;
  /** Scores, rankings and rates from the stored states, cached between checks. */
  inspection(): Inspection;
  history(bureauId: string, category: string): HistoryEntry[] | null;
  /** Re-checks one bureau's sections now through the check pipeline, reporting progress per section. */
  checkBureau(bureauId: string, onProgress: (done: number, total: number) => void): Promise<SectionResult[]>;
  /** The weekly digest as it would be posted now. */
  digestPreview(): ChatReply;
  /** Looks for a bureau's sections from its homepage; proposals carry tokens a manager can accept. */
  discover(bureauId: string): Promise<DiscoveryOffer[]>;
  /** Silences alerts for a bureau's sections (or one) until `until`, with a reason; null lifts it. */
  setException(bureauId: string, category: string | undefined, until: Date | null, reason: string): Promise<number>;
}

/** A proposed section address, with the token that accepts it. */
export interface DiscoveryOffer {
  token: string;
  category: string;
  url: string;
  current: string | null;
  confidence: number;
  linkText: string;
  /** The link text names the category, or only the page's items fit it. */
  foundBy: 'name' | 'items';
  /** The first item titles on the proposed page, as evidence. */
  sample: string[];
}
