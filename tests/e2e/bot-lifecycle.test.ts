import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { CHANNELS, DiscordFake, GUILD_ID, TOKEN } from '../harness/discord-fake.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

/**
 * The bot as a service manager runs it: a real process, the real discord.js client, the local stand-in for
 * Discord. What it must do whatever the chat platform is doing: stop within its grace when told to, with
 * the store flushed; and, run once, deliver before it exits or say how many messages wait.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const GRACE_MS = 3000;

let site: SiteServer;
beforeAll(async () => {
  // A land auction column last updated a year and a half ago: stale, so a check posts an alert.
  const list = `<html><head><meta charset="utf-8"></head><body><ul class="list">${[
    '2025-05-20',
    '2025-04-02',
    '2025-03-15',
  ]
    .map(
      (d, i) =>
        `<li><a href="/tdcr/${i}.html">国有建设用地使用权挂牌出让公告（第${i + 1}号）</a><span>${d}</span></li>`,
    )
    .join('')}</ul></body></html>`;
  site = await startSiteServer({ '/tdcr/': html(list) });
});
afterAll(() => site.close());

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function configDir(schedule: string): Promise<{ config: string; bureaus: string; data: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-bot-'));
  const config = path.join(dir, 'config');
  await mkdir(config);
  // Every category due every two seconds, so the scheduled check runs at once.
  const indicators = await readFile(path.join(ROOT, 'config/indicators.yaml'), 'utf8');
  await writeFile(
    path.join(config, 'indicators.yaml'),
    indicators.replace(/checkEveryHours: [\d.]+/g, 'checkEveryHours: 0.0005'),
  );
  await writeFile(
    path.join(config, 'settings.yaml'),
    `fetch:\n  perHostSpacingMs: 0\n  timeoutMs: 3000\n  extractionThreads: 0\nbrowser:\n  enabled: false\nalerts:\n  quietHours: null\nschedule:\n  checkCron: "${schedule}"\nbot:\n  stopGraceMs: ${GRACE_MS}\n  onceDeliveryMs: 8000\n`,
  );
  const bureaus = path.join(dir, 'bureaus.yaml');
  await writeFile(
    bureaus,
    `bureaus:\n  - id: x1\n    name: 测试县自然资源局\n    level: county\n    province: 测试省\n    homepage: ${site.url}/\n    sections:\n      land_auction: ${site.url}/tdcr/\n`,
  );
  return { config, bureaus, data: path.join(dir, 'data') };
}

function startBot(fake: DiscordFake, dirs: { config: string; bureaus: string; data: string }, extra: string[] = []) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'src/main.ts'),
      'bot',
      '--config',
      dirs.config,
      '--bureaus',
      dirs.bureaus,
      '--data',
      dirs.data,
      ...extra,
    ],
    {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API: fake.api,
        DISCORD_GUILD_ID: GUILD_ID,
        ALERT_CHANNEL_ID: CHANNELS.alerts,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout?.on('data', (b) => {
    output += String(b);
  });
  child.stderr?.on('data', (b) => {
    output += String(b);
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const waitFor = async (text: string, ms = 20_000) => {
    const until = Date.now() + ms;
    while (!output.includes(text)) {
      if (Date.now() > until) throw new Error(`bot never said "${text}"; it said:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

describe('the bot process', () => {
  it('stops within its grace on SIGTERM with Discord gone, the store flushed', async () => {
    const fake = await new DiscordFake().start();
    const dirs = await configDir('* * * * * *');
    const bot = startBot(fake, dirs);
    await bot.waitFor('check cycle done');
    // The chat platform goes away: the gateway closes and REST stops answering.
    await fake.stop();
    await new Promise((r) => setTimeout(r, 300));
    const asked = Date.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    // The grace, then the flush and the exit; slack for a loaded machine, far below a hang.
    expect(at - asked).toBeLessThan(GRACE_MS + 5000);
    expect(code).not.toBeNull();
    // Reopened as the next start would: the main file and the journal the flushes appended to.
    const stored = await openStore(dirs.data);
    expect(stored.sections().map((r) => `${r.bureauId}/${r.category}`)).toEqual(['x1/land_auction']);
  }, 40_000);

  it('run once, delivers through failing sends before it exits', async () => {
    const fake = await new DiscordFake().start();
    try {
      // The first six sends to a channel fail: the run must retry them, not leave them for the next run.
      fake.inject(/\/channels\/\d+\/messages$/, 500, 6, 0);
      const dirs = await configDir('0 0 1 1 *');
      const bot = startBot(fake, dirs, ['--once']);
      const { code } = await bot.exited;
      expect(code, bot.output()).toBe(0);
      expect(fake.messagesIn(CHANNELS.alerts).map((m) => m.embeds?.[0]?.title ?? m.content)).toHaveLength(1);
    } finally {
      await fake.stop();
    }
  }, 40_000);

  it('run once with Discord refusing every send, exits non-zero saying how many wait', async () => {
    const fake = await new DiscordFake().start();
    try {
      fake.inject(/\/channels\/\d+\/messages$/, 500, 10_000, 0);
      const dirs = await configDir('0 0 1 1 *');
      const bot = startBot(fake, dirs, ['--once']);
      const { code } = await bot.exited;
      expect(code).toBe(1);
      expect(bot.output()).toContain('1 message(s) could not be delivered');
      const stored = await openStore(dirs.data);
      expect(stored.outbox().filter((e) => e.sentAt === null)).toHaveLength(1);
    } finally {
      await fake.stop();
    }
  }, 40_000);
});
