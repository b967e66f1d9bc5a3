import type { ChatMessage, ChatSection, ChatTone } from '../domain/chat-message.js';
import { COLORS, type EmbedData, embedChars, LIMITS, type Page, truncate } from './chat-pages.js';
import { fitLines, linesMarkup, type Markup } from './message-markup.js';

/**
 * Neutral messages → Discord embeds, one per section. Raw text is backslash-escaped (Markdown, masked
 * links, `<@id>`, `<#id>`, `<t:…>`) and `@everyone`/`@here` are broken with a zero-width space; senders also
 * pass `allowed_mentions: { parse: [] }`, so even a person's `<@id>` notifies no one. Pure.
 */

/** Inline Markdown and the `<…>` of mentions; `-`, `#`, `>` only matter at a line's start. */
function escapeInline(text: string): string {
  return text.replace(/([\\*_~`|[\]<])/g, '\\$1').replace(/@(everyone|here)/gi, '@\u200b$1');
}

export const DISCORD_MARKUP: Markup = {
  text: escapeInline,
  link: (text, url) => `[${text}](${url})`,
  strong: (text) => `**${text}**`,
  user: (id) => `<@${id.replace(/\D/g, '')}>`,
  lineStart: (line) => line.replace(/^(\s*)([#>+-]|\d+\.)/, '$1\\$2'),
};

const TONE_COLORS: Record<ChatTone, number> = COLORS;

/** Every outbox message carries its entry id, so a resend can find what an earlier attempt posted. */
export function deliveryMarker(entryId: string): string {
  return `lw:${entryId}`;
}

export function carriesMarker(embeds: readonly { footer?: { text?: string } | null }[], entryId: string): boolean {
  const marker = deliveryMarker(entryId);
  return embeds.some((e) => e.footer?.text === marker || e.footer?.text?.endsWith(` · ${marker}`));
}

function embedOf(section: ChatSection): EmbedData {
  const description = fitLines(linesMarkup(section.lines, DISCORD_MARKUP), LIMITS.description);
  return {
    title: truncate(escapeInline(section.title), LIMITS.title),
    color: TONE_COLORS[section.tone],
    ...(description ? { description } : {}),
    ...(section.fields?.length
      ? {
          fields: section.fields.slice(0, LIMITS.fields).map((f) => ({
            name: truncate(escapeInline(f.name), LIMITS.fieldName) || '\u200b',
            value: fitLines(linesMarkup(f.lines, DISCORD_MARKUP), LIMITS.fieldValue) || '—',
            ...(f.inline ? { inline: true } : {}),
          })),
        }
      : {}),
  };
}

/** Cuts the longest descriptions until the embeds fit Discord's 6000-character total. */
function fitTotal(embeds: EmbedData[]): EmbedData[] {
  for (;;) {
    const excess = embeds.reduce((n, e) => n + embedChars(e), 0) - LIMITS.embedTotal;
    if (excess <= 0) return embeds;
    const longest = embeds.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const length = longest.description?.length ?? 0;
    longest.description = fitLines((longest.description ?? '').split('\n'), Math.max(2, length - excess));
    if (longest.description.length >= length) return embeds;
  }
}

export function discordPage(message: ChatMessage, entryId?: string): Page {
  const embeds = [message, ...(message.more ?? [])].slice(0, LIMITS.embeds).map(embedOf);
  const [first] = embeds;
  if (first && message.image) first.image = { url: `attachment://${message.image.file}` };
  const footer = [message.footer, entryId ? deliveryMarker(entryId) : undefined].filter(Boolean).join(' · ');
  const last = embeds.at(-1);
  if (last && footer) last.footer = { text: truncate(footer, LIMITS.footer) };
  return { content: '', embeds: fitTotal(embeds) };
}
