import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadCommands } from '../../commands/index.js';
import { startDiscordBot } from '../chat/bot.js';
import { parseDiscordEnv } from '../config.js';
import { createFetcher } from '../crawl/fetcher.js';
import { HostQueue } from '../crawl/host-queue.js';
import { runCheckCycle, type SectionResult } from '../cycle.js';
import { addDays, chinaDay } from '../domain/day.js';
import { classifyChange } from '../domain/transitions.js';
import { type ChatMessage, renderChanges, type SectionChange } from '../render/changes.js';
import { STATE_LABELS } from '../render/labels.js';
import { createServices } from '../services.js';
import { generateNetwork } from '../sim/network.js';
import { startSimServer } from '../sim/server.js';
import { openStore } from '../store/store.js';
import { commonOptions, configFrom, dataDir, type Io } from './common.js';

export const botHelp = `landwatch bot [--config DIR | --bureaus FILE] [--data DIR] [--cycles N] [--interval SECONDS] [--days-per-cycle N]

Runs the bot. With DISCORD_TOKEN it logs in to Discord, registers its slash commands (to DISCORD_GUILD_ID
when set, globally otherwise; only when they changed) and answers them from the data folder. DISCORD_API
points it at another REST base (tests, proxies); ALERT_CHANNEL_ID, DIGEST_CHANNEL_ID and OPS_CHANNEL_ID
name its channels.

Without DISCORD_TOKEN it starts the embedded demo network of simulated bureau sites and a console chat:
each cycle checks every section, the demo clock moves forward, and alerts, recoveries and operations
notices appear below.`;

async function serveDiscord(
  values: { config?: string | undefined; bureaus?: string | undefined; data?: string | undefined },
  io: Io,
): Promise<number> {
  const env = parseDiscordEnv(io.env);
  const config = configFrom(values);
  const store = await openStore(dataDir(values.data, io));
  const logger = pino({ level: io.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
  const fetch = config.settings.fetch;
  const services = createServices({
    config,
    store,
    fetcher: createFetcher(fetch),
    queue: HostQueue.fromSettings(fetch),
    now: () => new Date(),
  });
  const bot = await startDiscordBot({
    discord: { token: env.DISCORD_TOKEN, api: env.DISCORD_API, guildId: env.DISCORD_GUILD_ID },
    services,
    commands: loadCommands(),
    logger,
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bot.stop();
  await store.flush();
  return 0;
}

export async function botCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...commonOptions,
      cycles: { type: 'string', default: '0' },
      interval: { type: 'string', default: '4' },
      'days-per-cycle': { type: 'string', default: '7' },
      size: { type: 'string', default: '36' },
    },
  });
  if (values.help) {
    io.out(botHelp);
    return 0;
  }
  if (io.env.DISCORD_TOKEN) return serveDiscord(values, io);
  const day = chinaDay(new Date());
  const network = generateNetwork({ seed: 2009, size: Number(values.size), origin: day, faultRate: 0.08 });
  const sim = await startSimServer(network, { today: day, latencyMs: 20, jitterMs: 30 });
  const config = configFrom({ config: values.config });
  config.bureaus = sim.bureaus();
  const names = new Map(config.bureaus.map((b) => [b.id, b.name]));
  const categoryNames = new Map(config.categories.map((c) => [c.key, c.name]));
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-demo-'));
  const store = await openStore(dir);
  // The demo network is local: no need to wait a second between requests to one host, and a page
  // that has not arrived in 3 s (the network's trickling sections) will not arrive at all.
  const fetch = { ...config.settings.fetch, perHostSpacingMs: 50, timeoutMs: 3000 };
  const deps = {
    config: { ...config, settings: { ...config.settings, fetch } },
    store,
    fetcher: createFetcher(fetch),
    queue: HostQueue.fromSettings(fetch),
    // A detail page's PubDate does not change: read each once for the whole run.
    detailCache: new Map(),
  };
  const say = (m: ChatMessage) => io.out(`[#${m.channel === 'ops' ? '运维 ops' : '预警 alerts'}] ${m.text}`);
  io.out(
    `landwatch 演示模式：${network.bureaus.length} 个模拟单位，${config.bureaus.reduce((n, b) => n + b.sections.length, 0)} 个栏目（无 DISCORD_TOKEN，消息输出到控制台）`,
  );

  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const cycles = Number(values.cycles);
  for (let n = 1; !stopped && (cycles === 0 || n <= cycles); n++) {
    const today = sim.today();
    const results = await runCheckCycle({ ...deps, now: () => new Date(`${today}T04:00:00Z`) });
    io.out(`\n── 第 ${n} 轮检查（模拟日期 ${today}）：${summary(results)}`);
    if (n > 1) {
      const changes = results.flatMap((r): SectionChange[] => {
        const kind = classifyChange(r.previous, r.state);
        if (!kind) return [];
        const bureau = names.get(r.bureau) ?? r.bureau;
        const category = categoryNames.get(r.category) ?? r.category;
        return [{ kind, bureau, category, state: r.state, newest: r.newest, ageDays: r.ageDays, url: r.url }];
      });
      const messages = renderChanges(changes);
      for (const m of messages) say(m);
      if (messages.length === 0) io.out('（本轮无状态变化）');
    }
    sim.setToday(addDays(today, Number(values['days-per-cycle'])));
    if (!stopped && (cycles === 0 || n < cycles))
      await new Promise((r) => setTimeout(r, Number(values.interval) * 1000));
  }
  await sim.close();
  await rm(dir, { recursive: true, force: true });
  return 0;
}

function summary(results: SectionResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s, c]) => `${STATE_LABELS[s as keyof typeof STATE_LABELS]} ${c}`)
    .join('，');
}
