import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SectionResult } from '../src/app/cycle.js';
import type { Inspection } from '../src/app/inspection.js';
import type { Config } from '../src/config/config.js';
import type { HistoryEntry } from '../src/domain/section-record.js';
import type { ChatReply } from '../src/render/chat-pages.js';
import type { Locale } from '../src/render/i18n.js';

export type CommandOptions = Record<string, string | number | boolean | undefined>;

export interface Choice {
  name: string;
  value: string;
}

/** What a command may use. The chat layer builds it per interaction; tests build it by hand. */
export interface CommandContext {
  locale: Locale;
  now(): Date;
  config: Config;
  /** Scores, rankings and rates from the stored states, cached between checks. */
  inspection(): Inspection;
  history(bureauId: string, category: string): HistoryEntry[] | null;
  /** Re-checks one bureau's sections now, reporting progress per finished section. */
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

export interface Command {
  /** The registration payload, with zh-CN localizations. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Managers only: registered with default_member_permissions and checked again on use. */
  managerOnly?: boolean;
  /** Slow work: acknowledge at once and edit the reply later. */
  defer?: boolean;
  execute(
    options: CommandOptions,
    ctx: CommandContext,
    progress: (reply: ChatReply) => Promise<void>,
  ): Promise<ChatReply>;
  /** Choices for the focused option, answered from memory (at most 25). */
  autocomplete?(focused: { name: string; value: string }, options: CommandOptions, ctx: CommandContext): Choice[];
}
