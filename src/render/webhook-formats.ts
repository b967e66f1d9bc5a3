import type { OutboxEntry } from '../domain/outbox.js';
import { truncate } from './chat-pages.js';

/**
 * Message bodies for group-bot webhooks Chinese government teams use, each within its platform's limits.
 * Pure; signing and sending live in chat/webhooks.ts.
 */

export type WebhookKind = 'discord' | 'wecom' | 'dingtalk' | 'feishu';

/** Cuts UTF-8 text to a byte budget without splitting a character (企业微信 counts bytes). */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  let size = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (size + n > maxBytes - 3) break;
    out += ch;
    size += n;
  }
  return `${out}…`;
}

export function webhookBody(kind: WebhookKind, entry: OutboxEntry): Record<string, unknown> {
  const title = entry.text.split('\n')[0] ?? 'landwatch';
  switch (kind) {
    case 'discord':
      return { content: entry.page.content ?? '', embeds: entry.page.embeds, allowed_mentions: { parse: [] } };
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: truncateBytes(entry.text, 4096) } };
    case 'dingtalk':
      return {
        msgtype: 'markdown',
        markdown: { title: truncate(title, 60), text: truncateBytes(entry.text.replace(/\n/g, '\n\n'), 18_000) },
      };
    case 'feishu':
      return { msg_type: 'text', content: { text: truncateBytes(entry.text, 18_000) } };
  }
}
