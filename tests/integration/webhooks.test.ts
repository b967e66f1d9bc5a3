import { createHash, createHmac } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { createWatch } from '../../src/app/watch.js';
import { feishuSignature, webhookSink } from '../../src/chat/webhooks.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import type { OutboxEntry } from '../../src/domain/outbox.js';
import { truncateBytes } from '../../src/render/webhook-formats.js';
import { openStore } from '../../src/store/store.js';
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

const TITLE = '⚠️ 栏目更新预警｜临沂市国土资源局';
const entry: OutboxEntry = {
  id: 'lw1',
  createdAt: '2026-06-01T04:00:00.000Z',
  channel: 'alerts',
  notBefore: '2026-06-01T04:00:00.000Z',
  message: {
    title: TITLE,
    tone: 'alert',
    lines: [
      ['· ', { text: '征地公告', url: 'http://gtj.linyi.example/zdgg/' }, '：已超期，最新 2026-05-01（31 天前）'],
    ],
  },
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
    expect(received.at(-1)?.body).toEqual({
      msgtype: 'markdown',
      markdown: {
        content: `<font color="warning">**${TITLE}**</font>\n· [征地公告](http://gtj.linyi.example/zdgg/)：已超期，最新 2026-05-01（31 天前）`,
      },
    });
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
      content: { text: `${TITLE}\n· 征地公告 http://gtj.linyi.example/zdgg/：已超期，最新 2026-05-01（31 天前）` },
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

describe('the digest chart in group chats', () => {
  const lastMarkdown = () => (received.at(-1)?.body.markdown ?? {}) as { content?: string; text?: string };
  const digestEntry = (base64: string): OutboxEntry => ({
    ...entry,
    id: 'lw2',
    channel: 'digest',
    message: {
      title: '每周简报 · 2026-06-01',
      tone: 'info',
      lines: [['36 个单位']],
      image: { file: 'trend.png', dashboardPath: '/chart/trend.png' },
    },
    files: [{ name: 'trend.png', base64 }],
    sectionKeys: [],
  });

  it('posts the digest to 企业微信 with its chart as an image message whose base64 and md5 are the PNG', async () => {
    const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
    const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-wecom-')));
    const deps = { config, store, ...crawlerFor(config.settings.fetch), now: () => now };
    const sink = webhookSink({ kind: 'wecom', url: `${server.url}/cgi-bin/webhook/send?key=k2` });
    const watch = createWatch(createApp(deps), { sinks: { digest: [sink] }, logger: pino({ level: 'silent' }) });
    const before = received.length;
    await watch.digest();
    const [text, image] = received.slice(before).map((r) => r.body);
    expect(received.length - before).toBe(2);
    expect(text).toMatchObject({ msgtype: 'markdown' });
    expect(((text?.markdown ?? {}) as { content?: string }).content).toMatch(/^\*\*每周简报 · 2026-06-01\*\*\n/);
    const png = Buffer.from(store.outbox()[0]?.files?.[0]?.base64 ?? '', 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(image).toEqual({
      msgtype: 'image',
      image: { base64: png.toString('base64'), md5: createHash('md5').update(png).digest('hex') },
    });
    expect(store.outbox()[0]?.sentAt).not.toBeNull();
  });

  it("leaves out a chart over 企业微信's 2 MB with a note above the text", async () => {
    const before = received.length;
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 7).toString('base64');
    await webhookSink({ kind: 'wecom', url: `${server.url}/cgi-bin/webhook/send?key=k3` }).send(digestEntry(big));
    expect(received.length - before).toBe(1);
    expect(lastMarkdown().content).toMatch(
      /^> 附图 trend\.png（2048 KB）超过企业微信 2 MB 的限制，未发送\n\*\*每周简报/,
    );
  });

  it('links 钉钉 and 飞书 to the dashboard chart when its public address is set, and sends text alone otherwise', async () => {
    const png = Buffer.from('not really a png').toString('base64');
    const ding = (publicUrl?: string) =>
      webhookSink({ kind: 'dingtalk', url: `${server.url}/robot/send?access_token=t`, publicUrl }).send(
        digestEntry(png),
      );
    await ding('https://landwatch.example.gov.cn/watch');
    expect(lastMarkdown().text).toBe(
      '#### 每周简报 · 2026-06-01\n\n36 个单位\n\n![趋势图](https://landwatch.example.gov.cn/watch/chart/trend.png)',
    );
    await ding();
    expect(lastMarkdown().text).toBe('#### 每周简报 · 2026-06-01\n\n36 个单位');
    reply = { code: 0 };
    await webhookSink({
      kind: 'feishu',
      url: `${server.url}/open-apis/bot/v2/hook/abc`,
      publicUrl: 'https://landwatch.example.gov.cn/',
    }).send(digestEntry(png));
    expect(received.at(-1)?.body).toEqual({
      msg_type: 'text',
      content: { text: '每周简报 · 2026-06-01\n36 个单位\n趋势图：https://landwatch.example.gov.cn/chart/trend.png' },
    });
    reply = { errcode: 0 };
  });
});
