import { createHash } from 'node:crypto';
import { messageOf, type OutboxEntry } from '../domain/outbox.js';
import { truncate } from './chat-pages.js';
import { discordPage } from './discord-message.js';
import { dingtalkMarkdown, feishuText, wecomMarkdown } from './group-bot-messages.js';

/**
 * Message bodies for group-bot webhooks Chinese government teams use, each within its platform's limits.
 * Pure; signing and sending live in chat/webhooks.ts.
 */

export type WebhookKind = 'discord' | 'wecom' | 'dingtalk' | 'feishu';

export interface WebhookOptions {
  /** The dashboard's public address: 钉钉 and 飞书 link the digest chart there, as they cannot upload it. */
  publicUrl?: string | undefined;
}

/** 企业微信 takes images up to 2 MB before base64. */
export const WECOM_IMAGE_BYTES = 2 * 1024 * 1024;

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

function chartUrl(entry: OutboxEntry, options: WebhookOptions): string | undefined {
  const path = messageOf(entry).image?.dashboardPath;
  if (!path || !options.publicUrl) return undefined;
  return new URL(path.replace(/^\//, ''), options.publicUrl.endsWith('/') ? options.publicUrl : `${options.publicUrl}/`)
    .href;
}

/** The entry's image in 企业微信's image message, or why it is left out. */
function wecomImage(entry: OutboxEntry): { body: Record<string, unknown> } | { note: string } | null {
  const name = messageOf(entry).image?.file;
  const file = name ? entry.files?.find((f) => f.name === name) : undefined;
  if (!file) return null;
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > WECOM_IMAGE_BYTES)
    return { note: `附图 ${file.name}（${Math.round(bytes.length / 1024)} KB）超过企业微信 2 MB 的限制，未发送` };
  const md5 = createHash('md5').update(bytes).digest('hex');
  return { body: { msgtype: 'image', image: { base64: file.base64, md5 } } };
}

/** What to post, in order: usually one body; 企业微信 gets the image as a second message. */
export function webhookBodies(
  kind: WebhookKind,
  entry: OutboxEntry,
  options: WebhookOptions = {},
): Record<string, unknown>[] {
  const message = messageOf(entry);
  switch (kind) {
    case 'discord': {
      const page = discordPage(message, entry.id);
      return [{ content: page.content ?? '', embeds: page.embeds, allowed_mentions: { parse: [] } }];
    }
    case 'wecom': {
      const image = wecomImage(entry);
      const notes = image && 'note' in image ? [image.note] : [];
      const text = { msgtype: 'markdown', markdown: { content: truncateBytes(wecomMarkdown(message, notes), 4096) } };
      return image && 'body' in image ? [text, image.body] : [text];
    }
    case 'dingtalk': {
      const { title, text } = dingtalkMarkdown(message, chartUrl(entry, options));
      return [
        {
          msgtype: 'markdown',
          markdown: { title: truncate(title, 60), text: truncateBytes(text, 18_000) },
          // Nobody is mentioned, whatever the text says.
          at: { isAtAll: false, atMobiles: [], atUserIds: [] },
        },
      ];
    }
    case 'feishu':
      return [
        { msg_type: 'text', content: { text: truncateBytes(feishuText(message, chartUrl(entry, options)), 18_000) } },
      ];
  }
}
