import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { createApp } from '../../src/app/app.js';
import { type DiscordBot, startDiscordBot } from '../../src/chat/bot.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { generateNetwork } from '../../src/sim/network.js';
import { openStore } from '../../src/store/store.js';
import { DiscordFake, GUILD_ID, TOKEN } from '../harness/discord-fake.js';
import { seedStoreFromTruth } from '../harness/seed-store.js';

const DAY = '2026-11-27';
let fake: DiscordFake;
let bot: DiscordBot;

beforeAll(async () => {
  // Discord's real window: a command that is not acknowledged in 3 s fails with 10062.
  fake = await new DiscordFake({ ackWindowMs: 3000 }).start();
  const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
  const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-scale-')));
  config.bureaus = seedStoreFromTruth(store, generateNetwork({ seed: 1, size: 3200, origin: DAY }), config, DAY);
  const fetch = config.settings.fetch;
  const { services } = createApp({
    config,
    store,
    ...crawlerFor(fetch),
    now: () => new Date(`${DAY}T05:00:00Z`),
  });
  bot = await startDiscordBot({
    discord: { token: TOKEN, api: fake.api, guildId: GUILD_ID, waitGuildTimeout: 500 },
    services,
    commands: loadCommands(),
    logger: pino({ level: 'silent' }),
  });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

describe('3,200 bureaus loaded', () => {
  it('acknowledges every command and autocomplete inside the 3-second window', async () => {
    const sent = [
      fake.sendCommand('rankings', { level: 'county' }),
      fake.sendCommand('score', { bureau: 'sd' }),
      fake.sendCommand('stale', {}),
      fake.sendCommand('rates', {}),
      fake.sendCommand('history', { bureau: 'sd', category: 'work_news' }),
      fake.sendCommand('digest'),
      fake.sendAutocomplete('score', 'bureau', { bureau: '县' }),
      fake.sendAutocomplete('stale', 'category', { category: '征地' }),
    ];
    for (const id of sent) {
      const state = await fake.waitFor(id, (s) => s.callbacks.length > 0, 5000);
      const status = fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))?.status;
      expect(status, `interaction ${id}`).toBe(204);
      expect(state.callbacks[0]?.type).toBeOneOf([4, 5, 8]);
    }
    expect(fake.requests.filter((r) => r.status === 404 && r.path.startsWith('/interactions/'))).toEqual([]);
  });
});
