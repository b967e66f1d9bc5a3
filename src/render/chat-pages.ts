/**
 * Chat replies as plain data: pages of embeds that always fit Discord's limits (2000 characters of
 * content, 10 embeds, 6000 embed characters, 4096 per description, 25 fields of 256/1024). The chat
 * layer turns them into platform messages; nothing here knows discord.js.
 */

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedData {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
  /** e.g. `attachment://trend.png` for an image sent with the message. */
  image?: { url: string };
}

export interface Page {
  content?: string;
  embeds: EmbedData[];
  /** Buttons a manager may press (e.g. accept a proposed address); the chat layer draws and routes them. */
  actions?: { id: string; label: string }[];
}

export interface ChatReply {
  pages: Page[];
  /** Files uploaded with the first page (e.g. the inspection workbook). */
  files?: { name: string; data: Uint8Array }[];
  /** Only the asker sees it (errors, refusals). */
  ephemeral?: boolean;
}

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  choices: 25,
  choiceName: 100,
} as const;

/** Lines per page: short enough to read on a phone, far inside every limit. */
const PAGE_CHARS = 3500;

export const COLORS = { info: 0x2d66a5, alert: 0xd9822b, ok: 0x3c9a5f, ops: 0x7a7a7a } as const;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Text scraped from a site must not format or link anything: escape Markdown and neutralise mentions. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|<>#[\]()-])/g, '\\$1').replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** A Markdown link whose text is escaped; URLs with spaces or parentheses are shown bare. */
export function link(text: string, url: string | null | undefined): string {
  const safe = escapeMarkdown(text);
  if (!url || /[\s()<>]/.test(url) || !/^https?:\/\//.test(url)) return safe;
  return `[${safe}](${url})`;
}

/** Clamps every part of an embed to its limit. */
export function fitEmbed(e: EmbedData): EmbedData {
  return {
    ...e,
    ...(e.title !== undefined ? { title: truncate(e.title, LIMITS.title) } : {}),
    ...(e.description !== undefined ? { description: truncate(e.description, LIMITS.description) } : {}),
    ...(e.footer ? { footer: { text: truncate(e.footer.text, LIMITS.footer) } } : {}),
    ...(e.fields
      ? {
          fields: e.fields.slice(0, LIMITS.fields).map((f) => ({
            ...f,
            name: truncate(f.name || '\u200b', LIMITS.fieldName),
            value: truncate(f.value || '\u200b', LIMITS.fieldValue),
          })),
        }
      : {}),
  };
}

export function embedChars(e: EmbedData): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Splits lines into pages of one embed each, never breaking a line, and numbers the pages in the footer.
 * `head` (e.g. a summary) is repeated at the top of every page.
 */
export function paginate(
  title: string,
  lines: string[],
  options: { head?: string; color?: number; footer?: string } = {},
): Page[] {
  const head = options.head ? `${options.head}\n\n` : '';
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = head.length;
  for (const raw of lines) {
    const line = truncate(raw, 1000);
    if (current.length > 0 && size + line.length + 1 > PAGE_CHARS) {
      chunks.push(current);
      current = [];
      size = head.length;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks.map((chunk, i) => ({
    embeds: [
      fitEmbed({
        title,
        description: `${head}${chunk.join('\n')}`.trim() || '—',
        ...(options.color !== undefined ? { color: options.color } : {}),
        footer: {
          text:
            [options.footer, chunks.length > 1 ? `${i + 1}/${chunks.length}` : ''].filter(Boolean).join(' · ') ||
            'landwatch',
        },
      }),
    ],
  }));
}

/** Whether a page satisfies every message limit (used by tests and by the sender as a last check). */
export function pageFits(page: Page): boolean {
  if ((page.content?.length ?? 0) > LIMITS.content || page.embeds.length > LIMITS.embeds) return false;
  return page.embeds.reduce((n, e) => n + embedChars(e), 0) <= LIMITS.embedTotal;
}
