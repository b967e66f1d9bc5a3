import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIMessage } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, loadCommands } from '../../commands/index.js';
import { createApp } from '../../src/app/app.js';
import { type DiscordBot, startDiscordBot } from '../../src/chat/bot.js';
import { drainOutbox, type Sink } from '../../src/chat/outbox.js';
import { discordChannelSink } from '../../src/chat/sinks.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import type { ChatMessage } from '../../src/domain/chat-message.js';
import { openStore, type Store } from '../../src/store/store.js';
import { CHANNELS, DiscordFake, GUILD_ID, ROLES, TOKEN } from '../harness/discord-fake.js';

const NONCE_WINDOW_MS = 300;
const now = new Date('2026-11-27T04:00:00Z');
const logger = pino({ level: process.env.LW_LOG ?? 'silent' });
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
let fake: DiscordFake;
let store: Store;
let bot: DiscordBot;

const start = (commands: Map<string, Command> = loadCommands()) =>
  startDiscordBot({
    discord: { token: TOKEN, api: fake.api, guildId: GUILD_ID, waitGuildTimeout: 500 },
    services: createApp({ config, store, ...crawlerFor(config.settings.fetch), now: () => now }).services,
    commands,
    logger,
    alertRole: ROLES.alertHandlers,
  });

const temp = (name: string) => mkdtemp(path.join(tmpdir(), `landwatch-${name}-`));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms`);
    await sleep(20);
  }
}

const alert: ChatMessage = {
  title: '⚠️ 栏目更新预警｜北京市规划和自然资源委员会',
  tone: 'alert',
  lines: [['· ', { text: '工作动态', url: 'http://bj.example/gzdt/' }, '：已超期']],
};

function enqueue(target: Store, channel: 'alerts' | 'ops' | 'digest', message: ChatMessage, keys: string[] = []) {
  const at = now.toISOString();
  const [entry] = target.enqueue([{ channel, createdAt: at, notBefore: at, message, sectionKeys: keys }], now);
  if (!entry) throw new Error('nothing enqueued');
  return entry;
}

beforeAll(async () => {
  fake = await new DiscordFake({ nonceWindowMs: NONCE_WINDOW_MS }).start();
  store = await openStore(await temp('chat'));
  bot = await start();
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('command registration', () => {
  const writes = () =>
    fake.requests.filter((r) => (r.method === 'PUT' || r.method === 'POST') && r.path.endsWith('/commands'));

  it('registers once, skips an unchanged set on the next start, and registers again when one changes', async () => {
    expect(writes()).toHaveLength(1);
    const gets = fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/commands'));
    expect(gets.map((g) => g.query.get('with_localizations'))).toEqual(['true']);
    await bot.stop();
    bot = await start();
    expect(writes()).toHaveLength(1);

    const changed = loadCommands();
    const rates = changed.get('rates') as Command;
    changed.set('rates', { ...rates, data: { ...rates.data, default_member_permissions: '32' } });
    await bot.stop();
    bot = await start(changed);
    expect(writes()).toHaveLength(2);
    const registered = fake.commands.get(GUILD_ID) as { name: string; default_member_permissions: string | null }[];
    expect(registered.find((c) => c.name === 'rates')?.default_member_permissions).toBe('32');
  });
});

describe('exactly once past Discord nonce window', () => {
  it('the stand-in forgets a nonce after its window, as Discord does', async () => {
    const own = await openStore(await temp('nonce'));
    const entry = enqueue(own, 'digest', { title: '重复测试', tone: 'info', lines: [] });
    const sink = discordChannelSink(bot.client, CHANNELS.digest);
    const first = await sink.send(entry);
    expect(await sink.send(entry)).toBe(first);
    await sleep(NONCE_WINDOW_MS + 100);
    expect(await sink.send(entry)).not.toBe(first);
    expect(fake.messagesIn(CHANNELS.digest).filter((m) => m.embeds[0]?.title === '重复测试')).toHaveLength(2);
  });

  it('finds the message a crashed send posted instead of posting it again', async () => {
    const dir = await temp('crash');
    const before = await openStore(dir);
    const entry = enqueue(before, 'ops', {
      title: '🔧 栏目无法读取｜甲局',
      tone: 'ops',
      lines: [['· 工作动态：无法访问']],
    });
    await before.flush();
    const sink = discordChannelSink(bot.client, CHANNELS.ops);
    // Discord accepts the message, and the process stops before its answer is recorded.
    const dies: Sink = {
      name: sink.name,
      send: async (e) => {
        await sink.send(e);
        return new Promise<string>(() => {});
      },
    };
    void drainOutbox(before, { ops: [dies] }, now, logger);
    await until(() => fake.messagesIn(CHANNELS.ops).length === 1);
    await sleep(NONCE_WINDOW_MS + 100);

    const after = await openStore(dir);
    expect(after.outbox()[0]).toMatchObject({ id: entry.id, attempts: 1, sentAt: null, deliveries: {} });
    expect(await drainOutbox(after, { ops: [sink] }, now, logger)).toEqual({ sent: 1, failed: 0 });
    const posted = fake.messagesIn(CHANNELS.ops);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.embeds[0]?.footer?.text).toBe(`lw:${entry.id}`);
    expect(after.outbox()[0]?.deliveries[sink.name]).toBe(posted[0]?.id);
    const lookups = fake.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${CHANNELS.ops}/messages`);
    expect(lookups.map((r) => r.query.get('limit'))).toEqual(['100']);
  });
});

describe('alert buttons', () => {
  const button = (m: APIMessage, n: number) =>
    (m.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components[n]?.custom_id ?? '';
  const clicked = (m: APIMessage, n: number, opts: Parameters<DiscordFake['clickButton']>[2]) =>
    fake.waitFor(fake.clickButton(m, button(m, n), opts), (s) => s.callbacks.length > 0);
  /** The alert as posted (replies to button presses land in the same channel). */
  const posted = (entryId: string) => fake.messagesIn(CHANNELS.alerts).find((m) => m.nonce === entryId) as APIMessage;
  let firstAlert = '';

  it('refuse members without Manage Server or the alert role, in their language, and change nothing', async () => {
    const entry = enqueue(store, 'alerts', alert, ['bj/work_news']);
    await discordChannelSink(bot.client, CHANNELS.alerts).send(entry);
    firstAlert = entry.id;
    const message = posted(entry.id);
    const zh = await clicked(message, 0, { permissions: '0' });
    expect(zh.callbacks[0]).toEqual({
      type: 4,
      data: expect.objectContaining({ content: '只有管理员或预警处理人员可以确认或暂停预警。', flags: 64 }),
    });
    const en = await clicked(message, 1, { permissions: '0', locale: 'en-US' });
    expect(((en.callbacks[0]?.data ?? {}) as { content?: string }).content).toBe(
      'Only managers and members of the alert role can acknowledge or snooze alerts.',
    );
    expect(store.alertMemory()['bj/work_news']).toBeUndefined();
  });

  it('let a member of the alert role acknowledge, shown as a mention that pings nobody and kept by id', async () => {
    const message = posted(firstAlert);
    const ack = await clicked(message, 0, {
      permissions: '0',
      roles: [ROLES.alertHandlers],
      userId: '1400000000000000077',
    });
    expect(ack.callbacks[0]?.type).toBe(7);
    const data = ack.callbacks[0]?.data as {
      allowed_mentions?: unknown;
      embeds: { fields?: { name: string; value: string }[]; footer?: { text: string } }[];
      components: unknown[];
    };
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0]?.fields?.at(-1)).toEqual({
      name: '处理情况',
      value: '✅ 已确认：<@1400000000000000077> · 2026-11-27 04:00',
    });
    expect(data.embeds[0]?.footer?.text).toMatch(/^lw:lw\d+$/);
    expect(data.components).toEqual([]);
    expect(store.alertMemory()['bj/work_news']?.acknowledged).toEqual({
      by: '1400000000000000077',
      at: now.toISOString(),
    });
  });

  it('let a manager snooze for a week; the reason names who', async () => {
    const entry = enqueue(store, 'alerts', alert, ['bj/notices']);
    await discordChannelSink(bot.client, CHANNELS.alerts).send(entry);
    const message = posted(entry.id);
    const snooze = await clicked(message, 1, {});
    const data = (snooze.callbacks[0]?.data ?? { embeds: [] }) as { embeds: { fields: { value: string }[] }[] };
    const value = data.embeds[0]?.fields.at(-1)?.value;
    expect(value).toBe('💤 暂停提醒 7 天：<@1400000000000000002> · 至 2026-12-04');
    expect(store.alertMemory()['bj/notices']).toMatchObject({
      quietUntil: '2026-12-04T04:00:00.000Z',
      quietReason: '暂停提醒（user002 · 1400000000000000002）',
    });
  });
});
