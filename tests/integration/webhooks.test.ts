import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feishuSignature, webhookSink } from '../../src/chat/webhooks.js';
import type { OutboxEntry } from '../../src/domain/outbox.js';
import { truncateBytes } from '../../src/render/webhook-formats.js';
import { type SiteServer, startSiteServer } from '../harness/site-server.js';

const received: { path: string; query: URLSearchParams; body: Record<string, unknown> }[] = [];
let server: SiteServer;
let reply: Record<string, unknown> = { errcode: 0, errmsg: 'ok' };

beforeAll(async () => {
  const route = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  };
  server = await startSiteServer({
    '/cgi-bin/webhook/send': route,
    '/robot/send': route,
    '/open-apis/bot/v2/hook/abc': route,
  });
});

afterAll(async () => {
  await server.close();
});

const entry: OutboxEntry = {
  id: 'lw1',
  createdAt: '2026-06-01T04:00:00.000Z',
  channel: 'alerts',
  notBefore: '2026-06-01T04:00:00.000Z',
  text: '⚠️ 栏目更新预警｜临沂市国土资源局\n· 征地公告 http://gtj.linyi.example/zdgg/：已超期，最新 2026-05-01（31 天前）',
  page: { embeds: [] },
  sectionKeys: ['sd-linyi/expro_notice'],
  sentAt: null,
  deliveries: {},
  attempts: 0,
  lastError: null,
};
const now = new Date('2026-06-01T04:00:00Z');

describe('group-bot webhooks', () => {
  it('sends 企业微信 markdown', async () => {
    await webhookSink({ kind: 'wecom', url: `${server.url}/cgi-bin/webhook/send?key=k1` }).send(entry);
    expect(received.at(-1)?.body).toEqual({ msgtype: 'markdown', markdown: { content: entry.text } });
  });

  it('signs 钉钉 requests with HMAC-SHA256 of "timestamp\\nsecret"', async () => {
    await webhookSink(
      { kind: 'dingtalk', url: `${server.url}/robot/send?access_token=t`, secret: 'SECabc' },
      () => now,
    ).send(entry);
    const q = received.at(-1)?.query;
    expect(q?.get('timestamp')).toBe(String(now.getTime()));
    const expected = createHmac('sha256', 'SECabc').update(`${now.getTime()}\nSECabc`).digest('base64');
    expect(q?.get('sign')).toBe(expected);
    expect(q?.get('access_token')).toBe('t');
    expect((received.at(-1)?.body.markdown as { title?: string } | undefined)?.title).toBe(
      '⚠️ 栏目更新预警｜临沂市国土资源局',
    );
  });

  it('signs 飞书 bodies and reports a platform error code as a failure', async () => {
    reply = { code: 0, msg: 'success' };
    await webhookSink({ kind: 'feishu', url: `${server.url}/open-apis/bot/v2/hook/abc`, secret: 's3' }, () => now).send(
      entry,
    );
    expect(received.at(-1)?.body).toMatchObject({
      ...feishuSignature('s3', now),
      msg_type: 'text',
      content: { text: entry.text },
    });
    reply = { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' };
    await expect(
      webhookSink({ kind: 'feishu', url: `${server.url}/open-apis/bot/v2/hook/abc` }).send(entry),
    ).rejects.toThrow(/feishu error 19021/);
    reply = { errcode: 0 };
  });

  it('keeps 企业微信 content within 4096 bytes without splitting a character', () => {
    const long = '征'.repeat(3000);
    const cut = truncateBytes(long, 4096);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(4096);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('\ufffd');
  });
});
