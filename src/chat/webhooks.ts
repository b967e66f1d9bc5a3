import { createHmac } from 'node:crypto';
import ky from 'ky';
import type { OutboxEntry } from '../domain/outbox.js';
import { type WebhookKind, type WebhookOptions, webhookBodies } from '../render/webhook-formats.js';
import type { Sink } from './outbox.js';

export interface WebhookSettings extends WebhookOptions {
  kind: WebhookKind;
  url: string;
  /** 钉钉 and 飞书 "signed" robots. */
  secret?: string | undefined;
}

/** 钉钉: timestamp and HMAC-SHA256 of "timestamp\nsecret", in the query string. */
export function dingtalkSignedUrl(url: string, secret: string, now: Date): string {
  const timestamp = now.getTime();
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(timestamp));
  u.searchParams.set('sign', sign);
  return u.href;
}

/** 飞书: timestamp in seconds; the signature is the HMAC-SHA256 keyed with "timestamp\nsecret" of nothing. */
export function feishuSignature(secret: string, now: Date): { timestamp: string; sign: string } {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { timestamp, sign: createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64') };
}

/** Group-bot platforms answer 200 with an error code in the body; anything but success is a failure. */
function checkReply(kind: WebhookKind, status: number, body: Record<string, unknown> | null): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (kind === 'discord') return null;
  const code = body?.errcode ?? body?.code ?? body?.StatusCode ?? 0;
  return code === 0 ? null : `${kind} error ${String(code)}: ${String(body?.errmsg ?? body?.msg ?? '')}`;
}

/** One attempt (the outbox retries a failed delivery later); HTTP errors are read, not thrown. */
async function post(kind: WebhookKind, url: string, body: Record<string, unknown>, sink: string): Promise<string> {
  const res = await ky.post(url, { json: body, timeout: 15_000, retry: 0, throwHttpErrors: false });
  const text = await res.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    parsed = null;
  }
  const problem = checkReply(kind, res.status, parsed);
  if (problem) throw new Error(`${sink}: ${problem}`);
  return String(parsed?.id ?? parsed?.msgid ?? 'ok');
}

export function webhookSink(settings: WebhookSettings, now: () => Date = () => new Date()): Sink {
  const host = new URL(settings.url).host;
  const name = `${settings.kind}:${host}`;
  return {
    name,
    async send(entry: OutboxEntry) {
      const ids: string[] = [];
      // 企业微信 takes the digest chart as a second message, after the text it belongs to.
      for (let body of webhookBodies(settings.kind, entry, settings)) {
        let url = settings.url;
        if (settings.secret && settings.kind === 'dingtalk') url = dingtalkSignedUrl(url, settings.secret, now());
        if (settings.secret && settings.kind === 'feishu')
          body = { ...feishuSignature(settings.secret, now()), ...body };
        if (settings.kind === 'discord') url += `${url.includes('?') ? '&' : '?'}wait=true`;
        ids.push(await post(settings.kind, url, body, name));
      }
      return ids[0] ?? 'ok';
    },
  };
}
