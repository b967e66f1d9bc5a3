import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIEmbed, APIMessage } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { createApp } from '../../src/app/app.js';
import { type DiscordBot, startDiscordBot } from '../../src/chat/bot.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { generateNetwork } from '../../src/sim/network.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';
import { openStore } from '../../src/store/store.js';
import { DiscordFake, GUILD_ID, messageProblems, TOKEN } from '../harness/discord-fake.js';
import { seedStoreFromTruth } from '../harness/seed-store.js';

const DAY = '2026-11-27';
const ASKER = '1400000000000000010';
const OTHER = '1400000000000000011';
let fake: DiscordFake;
let sim: SimServer;
let bot: DiscordBot;
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const logger = pino({ level: process.env.E2E_LOG ?? 'silent' });
const commands = loadCommands();

async function start(): Promise<DiscordBot> {
  return startDiscordBot({
    discord: { token: TOKEN, api: fake.api, guildId: GUILD_ID, waitGuildTimeout: 500 },
    services,
    commands,
    logger,
  });
}
let services: Services;

import type { Services } from '../../src/app/services.js';

beforeAll(async () => {
  fake = await new DiscordFake({ heartbeatIntervalMs: 500 }).start();
  const network = generateNetwork({ seed: 5, size: 120, origin: DAY });
  sim = await startSimServer(network, { today: DAY });
  const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-e2e-')));
  seedStoreFromTruth(store, network, config, DAY);
  // One section is registered at a stale address, as after a site redesign, for /discover to correct.
  config.bureaus = sim.bureaus().map((b) =>
    b.id === 'sx'
      ? {
          ...b,
          sections: b.sections.map((s) => (s.category === 'work_news' ? { ...s, url: `${b.homepage}old/xwdt/` } : s)),
        }
      : b,
  );
  const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };
  services = createApp({
    config,
    store,
    ...crawlerFor(fetch),
    now: () => new Date(`${DAY}T05:00:00Z`),
  }).services;
  bot = await start();
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await sim?.close();
});

const firstEmbed = (data: unknown): APIEmbed | undefined => (data as { embeds?: APIEmbed[] })?.embeds?.[0];
const replied = (id: string) => fake.waitFor(id, (s) => s.callbacks.length > 0);

describe('the bot against a local Discord stand-in', () => {
  it('registers every command once, with zh-CN localizations and manager permissions', async () => {
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${GUILD_ID}/commands`));
    expect(puts).toHaveLength(1);
    const registered = fake.commands.get(GUILD_ID) as {
      name: string;
      name_localizations: Record<string, string>;
      default_member_permissions: string | null;
    }[];
    expect(registered.map((c) => c.name).sort()).toEqual([
      'check',
      'digest',
      'discover',
      'exception',
      'history',
      'rankings',
      'rates',
      'report',
      'score',
      'stale',
    ]);
    expect(registered.find((c) => c.name === 'rankings')?.name_localizations['zh-CN']).toBe('排名');
    for (const name of ['check', 'digest', 'exception', 'discover', 'report'])
      expect(registered.find((c) => c.name === name)?.default_member_permissions).toBe('32');
    expect(registered.find((c) => c.name === 'score')?.default_member_permissions ?? null).toBeNull();
    // A restart with the same definitions does not register again.
    await bot.stop();
    bot = await start();
    expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(1);
  });

  it("answers /rankings in the user's locale, paged with buttons only the asker may press", async () => {
    const id = fake.sendCommand('rankings', { level: 'county' }, { userId: ASKER });
    const state = await replied(id);
    expect(state.callbacks[0]?.type).toBe(4);
    const data = state.callbacks[0]?.data as {
      embeds: APIEmbed[];
      components: { components: { custom_id: string; disabled?: boolean }[] }[];
      allowed_mentions: unknown;
    };
    expect(data.embeds[0]?.title).toBe('县级单位排名');
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const next = data.components[0]?.components[2];
    expect(next?.custom_id).toMatch(/^lw:p:\d+:1$/);
    const message = state.original as APIMessage;

    const other = fake.clickButton(message, next?.custom_id ?? '', { userId: OTHER });
    const refusal = await replied(other);
    expect(refusal.callbacks[0]).toMatchObject({ type: 4, data: { content: '只有提问者可以翻页。', flags: 64 } });

    const mine = fake.clickButton(message, next?.custom_id ?? '', { userId: ASKER });
    const update = await replied(mine);
    expect(update.callbacks[0]?.type).toBe(7);
    expect(firstEmbed(update.callbacks[0]?.data)?.footer?.text).toMatch(/^2\/\d+$/);

    const en = await replied(fake.sendCommand('rankings', { level: 'city', top: 5 }, { locale: 'en-US' }));
    expect(firstEmbed(en.callbacks[0]?.data)?.title).toBe('City rankings');
    expect(
      firstEmbed(en.callbacks[0]?.data)
        ?.description?.split('\n')
        .filter((l) => l.startsWith('**')),
    ).toHaveLength(5);
  });

  it('autocompletes bureaus from memory with at most 25 choices, then scores one', async () => {
    const ac = await replied(fake.sendAutocomplete('score', 'bureau', { bureau: '县' }));
    expect(ac.callbacks[0]?.type).toBe(8);
    const choices =
      (ac.callbacks[0]?.data as { choices?: { name: string; value: string }[] } | undefined)?.choices ?? [];
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.includes('县'))).toBe(true);
    const pick = choices[0]?.value ?? '';
    const score = await replied(fake.sendCommand('score', { bureau: pick }));
    const embeds = (score.callbacks[0]?.data as { embeds?: APIEmbed[] } | undefined)?.embeds ?? [];
    expect(embeds[0]?.description).toMatch(/总分/);
    expect(embeds[0]?.fields?.map((f) => f.name)).toContain('政务公开');
    expect(embeds[1]?.description).toContain('工作动态');
  });

  it('answers /stale, /rates and /history', async () => {
    const stale = await replied(fake.sendCommand('stale', { level: 'county' }));
    expect(firstEmbed(stale.callbacks[0]?.data)?.title).toBe('超期与空白栏目');
    const rates = await replied(fake.sendCommand('rates', { level: 'province' }));
    expect(firstEmbed(rates.callbacks[0]?.data)?.description).toContain('省级 · **工作动态**');
    const bureau = config.bureaus[0]?.id ?? '';
    const history = await replied(fake.sendCommand('history', { bureau, category: 'work_news' }));
    expect(firstEmbed(history.callbacks[0]?.data)?.title).toMatch(/工作动态 检查记录$/);
    const unknown = await replied(fake.sendCommand('history', { bureau: 'no-such-bureau', category: 'work_news' }));
    expect(unknown.callbacks[0]).toMatchObject({
      type: 4,
      data: { content: '找不到单位“no-such-bureau”。', flags: 64 },
    });
  });

  it('refuses manager commands to members without Manage Server, and runs /check deferred with progress', async () => {
    const refused = await replied(fake.sendCommand('check', { bureau: 'bj' }, { permissions: '0' }));
    expect(refused.callbacks[0]).toMatchObject({ type: 4, data: { content: '只有管理员可以使用此命令。', flags: 64 } });

    const id = fake.sendCommand('check', { bureau: 'bj' });
    const done = await fake.waitFor(id, (s) => (s.original?.embeds[0]?.title ?? '').endsWith('检查完成'), 20_000);
    expect(done.callbacks[0]?.type).toBe(5);
    const edits = fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes(done.token));
    expect(edits.length).toBeGreaterThanOrEqual(1);
  });

  it('sets a manager exception that the digest lists', async () => {
    const set = await replied(fake.sendCommand('exception', { bureau: 'bj', days: 30, reason: '网站改版中' }));
    expect((set.callbacks[0]?.data as { content?: string } | undefined)?.content).toMatch(
      /^已为 北京市.+ 的 15 个栏目设置例外，至 2026-12-27：网站改版中$/,
    );
    const digest = services.digest('zh-CN').pages[0]?.embeds[1]?.fields?.find((f) => f.name === '有效例外');
    expect(digest?.value).toContain('网站改版中（至 2026-12-27）');
    await replied(fake.sendCommand('exception', { bureau: 'bj', days: 0 }));
    expect(services.digest('zh-CN').pages[0]?.embeds[1]?.fields?.find((f) => f.name === '有效例外')?.value).toBe('—');
  });

  it('lets a manager find a moved section with /discover and accept its new address', async () => {
    const id = fake.sendCommand('discover', { bureau: 'sx' });
    const state = await fake.waitFor(id, (s) => (s.original?.embeds.length ?? 0) > 0, 20_000);
    expect(state.callbacks[0]?.type).toBe(5);
    const embed = state.original?.embeds[0];
    expect(embed?.title).toMatch(/栏目地址建议$/);
    expect(embed?.description).toContain('old/xwdt/');
    // Discovery may also propose columns not watched yet (新增); pick the moved one by its number.
    const n = embed?.description?.match(/\*\*(\d+)\. 工作动态\*\*[^\n]*\n[^\n]*old\/xwdt\//)?.[1];
    const rows = state.original?.components as { components: { custom_id: string; label: string }[] }[];
    const accept = rows.flatMap((r) => r.components).find((c) => c.label === `采纳 ${n}`);
    expect(accept).toBeDefined();
    const refused = await replied(
      fake.clickButton(state.original as APIMessage, accept?.custom_id ?? '', { permissions: '0' }),
    );
    expect(refused.callbacks[0]).toMatchObject({ type: 4, data: { content: '只有管理员可以使用此命令。', flags: 64 } });
    const done = await replied(fake.clickButton(state.original as APIMessage, accept?.custom_id ?? ''));
    // Where the simulated site really keeps its news column.
    const truth = sim
      .bureaus()
      .find((b) => b.id === 'sx')
      ?.sections.find((s) => s.category === 'work_news')?.url;
    expect((done.callbacks[0]?.data as { content?: string } | undefined)?.content).toBe(
      `✅ user002 已采纳：work_news → ${truth}`,
    );
    // The accepted address is what the bot now checks and shows.
    const standing = services.inspection().standings.find((b) => b.id === 'sx');
    expect(standing?.sections.find((s) => s.category === 'work_news')?.url).toBe(truth);
  });

  it('delivers /digest through an injected 429 on the reply edit', async () => {
    fake.inject(/^PATCH \/webhooks\//, 429, 1, 0.3);
    const id = fake.sendCommand('digest');
    const state = await fake.waitFor(id, (s) => (s.original?.embeds.length ?? 0) > 0, 10_000);
    expect(state.original?.embeds[0]?.title).toBe(`每周简报 · ${DAY}`);
    const patches = fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes(state.token));
    expect(patches.map((p) => p.status)).toEqual([429, 200]);
  });

  it('uploads the inspection workbook for /report', async () => {
    const before = fake.uploads.length;
    const id = fake.sendCommand('report');
    const state = await fake.waitFor(id, (s) => (s.original?.embeds.length ?? 0) > 0, 15_000);
    expect(state.original?.embeds[0]?.title).toBe('检查报告（工作簿）');
    const file = fake.uploads.slice(before).find((f) => f.name.endsWith('.xlsx'));
    expect(file?.name).toBe(`landwatch-${DAY}.xlsx`);
    expect(file?.data.subarray(0, 2).toString()).toBe('PK');
  });

  it('resumes after a gateway reconnect and keeps answering', async () => {
    const resumesBefore = fake.clientFrames.filter((f) => f.op === 6).length;
    fake.requestReconnect();
    const started = Date.now();
    while (fake.clientFrames.filter((f) => f.op === 6).length === resumesBefore && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(fake.clientFrames.filter((f) => f.op === 6).length).toBe(resumesBefore + 1);
    const after = await replied(fake.sendCommand('rates', {}));
    expect(after.callbacks[0]?.type).toBe(4);
  });

  it("never sent a message over Discord's limits", () => {
    for (const m of fake.messages) expect(messageProblems(m as { content?: string; embeds?: APIEmbed[] })).toEqual([]);
    expect(
      fake.requests
        .filter((r) => r.status === 400)
        .map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body).slice(0, 300)}`),
    ).toEqual([]);
  });
});
