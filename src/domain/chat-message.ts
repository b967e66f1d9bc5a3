/**
 * A chat message as plain data, the same for every platform: text exactly as written or scraped (never
 * escaped here), links as text and address, people as id and name. Each platform's renderer escapes it for
 * itself at delivery, so stored messages never carry one platform's markup into another.
 */

/** How a message is coloured where the platform can: information, a warning, a recovery, operations. */
export type ChatTone = 'info' | 'alert' | 'ok' | 'ops';

export type Segment =
  /** Raw text. */
  | string
  | { text: string; url: string }
  /** Our own emphasis (a rank, a category name); never scraped text. */
  | { strong: string }
  /** A person: a mention that pings no one where the platform allows it, the name elsewhere. */
  | { user: string; name: string };

export type ChatLine = Segment[];

export interface ChatField {
  name: string;
  lines: ChatLine[];
  inline?: boolean;
}

export interface ChatSection {
  title: string;
  tone: ChatTone;
  lines: ChatLine[];
  fields?: ChatField[];
}

export interface ChatMessage extends ChatSection {
  /** Further sections under the first (the digest's rankings per level): one embed each on Discord. */
  more?: ChatSection[];
  /** An image sent with the message: `file` names one of the entry's files; the dashboard may serve it too. */
  image?: { file: string; dashboardPath?: string };
  footer?: string;
}
