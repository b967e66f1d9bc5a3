import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { createApp } from '../../src/app/app.js';
import { createWatch, type Watch } from '../../src/app/watch.js';
import { type DiscordBot, startDiscordBot } from '../../src/chat/bot.js';
import type { Sink } from '../../src/chat/outbox.js';
import { discordChannelSink } from '../../src/chat/sinks.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { addDays } from '../../src/domain/day.js';
import { generateNetwork } from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';
import { openStore, type Store } from '../../src/store/store.js';
import { CHANNELS, DiscordFake, GUILD_ID, TOKEN } from '../harness/discord-fake.js';

const START = '2026-11-27';
const logger = pino({ level: 'silent' });
let fake: DiscordFake;
let sim: SimServer;
let bot: DiscordBot;
let dir: string;
let today = START;
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
// Alerts at any hour: the test's clock is noon China time anyway.
const policy = { ...config.settings.alerts, quietHours: null };

async function watchOn(store: Store, sinkWrap: (s: Sink) => Sink = (s) => s): Promise<Watch> {
  const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };
  const deps = {
    config,
    store,
    ...crawlerFor(fetch),
    now: () => new Date(`${today}T04:00:00Z`),
  };
  const sink = (id: string) => sinkWrap(discordChannelSink(bot.client, id));
  return createWatch(createApp({ ...deps, policy }), {
    sinks: { alerts: [sink(CHANNELS.alerts)], ops: [sink(CHANNELS.ops)], digest: [sink(CHANNELS.digest)] },
    logger,
  });
}

beforeAll(async () => {
  fake = await new DiscordFake().start();
  sim = await startSimServer(generateNetwork({ seed: 21, size: 20, origin: START, faultRate: 0.1 }), { today: START });
  config.bureaus = sim.bureaus();
  dir = await mkdtemp(path.join(tmpdir(), 'landwatch-alerts-'));
  const store = await openStore(dir);
  const fetch = config.settings.fetch;
  const { services } = createApp({
    config,
    store,
    ...crawlerFor(fetch),
    now: () => new Date(),
  });
  bot = await startDiscordBot({
    discord: { token: TOKEN, api: fake.api, guildId: GUILD_ID, waitGuildTimeout: 500 },
    services,
    commands: loadCommands(),
    logger,
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await sim?.close();
});

const all = () => config.bureaus.flatMap((b) => b.sections);
const sentNonces = () => fake.messages.map((m) => m.nonce);

describe('alerts from the simulated network to Discord, exactly once', () => {
  it('posts alerts, recoveries and a digest; every outbox entry appears once, also through 500s and a crash', async () => {
    // Week 0: the first look; then two weeks pass, with Discord failing for a while in the second.
    let store = await openStore(dir);
    let watch = await watchOn(store);
    await watch.cycle(all());
    const afterFirst = fake.messagesIn(CHANNELS.alerts).length;
    expect(afterFirst).toBeGreaterThan(0);

    today = addDays(START, 14);
    sim.setToday(today);
    fake.inject(/^POST \/channels\/\d+\/messages$/, 500, 12);
    await watch.cycle(all());
    const pending = store.outbox().filter((e) => !e.sentAt);
    expect(pending.length).toBeGreaterThan(0);
    // The first message of a failing channel records the error; the rest wait behind it, in order.
    expect(pending.some((e) => e.lastError)).toBe(true);

    // The bot "crashes" after Discord accepted a message but before the outbox recorded it.
    let crashed = false;
    watch = await watchOn(store, (s) => ({
      name: s.name,
      send: async (entry) => {
        const id = await s.send(entry);
        if (!crashed) {
          crashed = true;
          throw new Error('process killed after send');
        }
        return id;
      },
    }));
    await watch.drain();
    // Restart from disk: a new store instance, a new watch; everything still pending goes out now.
    store = await openStore(dir);
    watch = await watchOn(store);
    await watch.drain();
    expect(store.outbox().filter((e) => !e.sentAt)).toEqual([]);

    today = addDays(START, 60);
    sim.setToday(today);
    await watch.cycle(all());
    await watch.digest();

    const texts = fake.messagesIn(CHANNELS.alerts).map((m) => m.embeds[0]?.title ?? '');
    expect(texts.some((t) => t.startsWith('⚠️ 栏目更新预警'))).toBe(true);
    expect(texts.some((t) => t.startsWith('✅ 栏目已恢复更新'))).toBe(true);
    expect(fake.messagesIn(CHANNELS.digest).map((m) => m.embeds[0]?.title)).toEqual([`每周简报 · ${today}`]);
    // The digest carries its trend chart as a PNG, shown inside the first embed.
    expect(fake.messagesIn(CHANNELS.digest)[0]?.embeds[0]?.image?.url).toBe('attachment://trend.png');
    const chart = fake.uploads.find((f) => f.name === 'trend.png');
    expect(chart?.data.subarray(1, 4).toString()).toBe('PNG');
    // People can acknowledge an alert and snooze another from the message itself. The bot serves
    // buttons from the same store the watch writes, as in production (one process, one store).
    await bot.stop();
    bot = await startDiscordBot({
      discord: { token: TOKEN, api: fake.api, guildId: GUILD_ID, waitGuildTimeout: 500 },
      services: createApp({
        config,
        store,
        ...crawlerFor(config.settings.fetch),
        now: () => new Date(`${today}T04:00:00Z`),
      }).services,
      commands: loadCommands(),
      logger,
    });
    // Alerts delivered more than 30 days ago have left the outbox; take two that are still in it.
    const live = new Set(store.outbox().map((e) => e.id));
    const alerts = fake
      .messagesIn(CHANNELS.alerts)
      .filter((m) => live.has(String(m.nonce)) && (m.components?.length ?? 0) > 0);
    const [first, second] = alerts;
    const ackId =
      (first?.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components[0]?.custom_id ?? '';
    expect(ackId).toMatch(/^lw:ack:lw\d+$/);
    const ack = await fake.waitFor(fake.clickButton(first as never, ackId), (s) => s.callbacks.length > 0);
    expect(ack.callbacks[0], JSON.stringify(ack.callbacks[0])).toMatchObject({ type: 7 });
    const fields = (ack.callbacks[0]?.data as { embeds?: { fields?: { name: string; value: string }[] }[] } | undefined)
      ?.embeds?.[0]?.fields;
    expect(fields?.at(-1)).toEqual({
      name: '处理情况',
      // The person is a mention (which pings no one: allowed_mentions is empty), remembered by id.
      value: expect.stringMatching(/^✅ 已确认：<@\d{17,20}> · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    });
    const snoozeId =
      (second?.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components[1]?.custom_id ?? '';
    const snooze = await fake.waitFor(fake.clickButton(second as never, snoozeId), (s) => s.callbacks.length > 0);
    expect(JSON.stringify(snooze.callbacks[0]?.data)).toContain('💤 暂停提醒 7 天');
    const memory = (await openStore(dir)).alertMemory();
    const ackedKey = store.outbox().find((e) => e.id === ackId.split(':')[2])?.sectionKeys[0] ?? '';
    expect(memory[ackedKey]?.acknowledged?.by).toMatch(/^\d{17,20}$/);

    // Exactly once: one Discord message per outbox entry, none twice.
    const nonces = sentNonces();
    expect(new Set(nonces).size).toBe(nonces.length);
    // Every entry ever queued (ids lw1…lwN; delivered ones older than 30 days are pruned) was sent.
    const last = Math.max(...store.outbox().map((e) => Number(e.id.slice(2))));
    expect([...nonces].sort()).toEqual(Array.from({ length: last }, (_, i) => `lw${i + 1}`).sort());
    expect(store.outbox().every((e) => e.sentAt)).toBe(true);
  }, 60_000);
});
