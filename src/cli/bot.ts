import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadCommands } from '../../commands/index.js';
import { createApp } from '../app/app.js';
import { deliverUntilDone } from '../app/deliver-until-done.js';
import { stopGracefully, stopSignals } from '../app/graceful-stop.js';
import { startSchedule } from '../app/schedule.js';
import { createWatch } from '../app/watch.js';
import { startDiscordBot } from '../chat/bot.js';
import { parseDiscordEnv } from '../chat/discord-env.js';
import type { Sink, Sinks } from '../chat/outbox.js';
import { consoleSink, discordChannelSink } from '../chat/sinks.js';
import { webhookSink } from '../chat/webhooks.js';
import type { Config } from '../config/config.js';
import { addDays, chinaDay } from '../domain/day.js';
import type { SectionResult } from '../domain/section-result.js';
import type { ChannelRole } from '../render/changes.js';
import { STATE_LABELS } from '../render/labels.js';
import { generateNetwork } from '../sim/network.js';
import { startSimServer } from '../sim/server.js';
import { openStore, type Store } from '../store/store.js';
import { commonOptions, configFrom, crawlerForConfig, dataDir, type Io } from './common.js';
import { rememberCatalog } from './data-catalog.js';

export const botHelp = `landwatch bot [--config DIR | --bureaus FILE] [--data DIR] [--once]
              [--cycles N] [--interval SECONDS] [--days-per-cycle N] [--size N]   (demo only)

Runs the bot. With DISCORD_TOKEN it logs in to Discord, registers its slash commands (to DISCORD_GUILD_ID
when set, globally otherwise; only when they changed), answers them from the data folder, checks sections
on schedule (settings.yaml: schedule), and posts alerts to ALERT_CHANNEL_ID, operations notices to
OPS_CHANNEL_ID and the weekly digest to DIGEST_CHANNEL_ID, plus any webhooks in settings.yaml. DISCORD_API
points it at another REST base (tests, proxies). --once runs one check of every section, delivers its
notices and exits.

Without DISCORD_TOKEN it starts the embedded demo network of simulated bureau sites and a console chat:
each cycle checks every section and the demo clock moves forward; alerts, recoveries, operations notices
and a digest appear below.`;

function webhookSinks(config: Config): Sinks {
  const sinks: Sinks = {};
  for (const w of config.settings.webhooks) {
    const sink = webhookSink({ ...w, publicUrl: config.settings.dashboard.publicUrl });
    for (const role of w.channels) sinks[role] = [...(sinks[role] ?? []), sink];
  }
  return sinks;
}

function withSinks(base: Sinks, extra: Partial<Record<ChannelRole, Sink>>): Sinks {
  const out: Sinks = { ...base };
  for (const [role, sink] of Object.entries(extra) as [ChannelRole, Sink][]) out[role] = [sink, ...(out[role] ?? [])];
  return out;
}

export async function botCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...commonOptions,
      once: { type: 'boolean', default: false },
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
  return runDemo(values, io);
}

async function serveDiscord(
  values: {
    config?: string | undefined;
    bureaus?: string | undefined;
    data?: string | undefined;
    once?: boolean | undefined;
  },
  io: Io,
): Promise<number> {
  const env = parseDiscordEnv(io.env);
  const config = configFrom(values);
  const dir = dataDir(values.data, io);
  const store = await openStore(dir);
  rememberCatalog(dir, values, config);
  const logger = pino({ level: io.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
  const crawler = await crawlerForConfig(config);
  const app = createApp({ config, store, ...crawler, now: () => new Date() });
  const bot = await startDiscordBot({
    discord: { token: env.DISCORD_TOKEN, api: env.DISCORD_API, guildId: env.DISCORD_GUILD_ID },
    services: app.services,
    commands: loadCommands(),
    logger,
    alertRole: config.settings.alerts.role,
  });
  const channels: Partial<Record<ChannelRole, Sink>> = {};
  if (env.ALERT_CHANNEL_ID) channels.alerts = discordChannelSink(bot.client, env.ALERT_CHANNEL_ID);
  if (env.OPS_CHANNEL_ID) channels.ops = discordChannelSink(bot.client, env.OPS_CHANNEL_ID);
  if (env.DIGEST_CHANNEL_ID) channels.digest = discordChannelSink(bot.client, env.DIGEST_CHANNEL_ID);
  const watch = createWatch(app, { sinks: withSinks(webhookSinks(config), channels), logger });
  const signals = stopSignals();
  const stop = (steps: { name: string; stop: () => Promise<unknown> }[]) =>
    stopGracefully({
      steps: [
        ...steps,
        { name: 'chat', stop: () => bot.stop() },
        { name: 'browser', stop: async () => crawler.browser?.close() },
      ],
      flush: () => store.flush(),
      graceMs: config.settings.bot.stopGraceMs,
      forced: signals.second,
      logger,
    }).finally(signals.dispose);
  if (values.once) {
    const now = () => new Date().toISOString();
    await watch.cycle(app.catalog().sections);
    const waiting = await deliverUntilDone({
      drain: watch.drain,
      waiting: () => store.outbox().filter((e) => e.sentAt === null && e.notBefore <= now()).length,
      boundMs: config.settings.bot.onceDeliveryMs,
    });
    await stop([]);
    if (waiting === 0) return 0;
    io.err(
      `landwatch bot --once: ${waiting} message(s) could not be delivered within ${config.settings.bot.onceDeliveryMs} ms; they stay in the outbox for the next run`,
    );
    return 1;
  }
  const schedule = startSchedule(watch, { timezone: config.settings.timezone, ...config.settings.schedule }, logger);
  await signals.first;
  logger.info('stopping: no new checks; the running step may finish');
  const outcome = await stop([{ name: 'schedule', stop: () => schedule.stop() }]);
  return outcome === 'clean' ? 0 : 1;
}

async function runDemo(
  values: {
    config?: string | undefined;
    cycles?: string | undefined;
    interval?: string | undefined;
    'days-per-cycle'?: string | undefined;
    size?: string | undefined;
  },
  io: Io,
): Promise<number> {
  const day = chinaDay(new Date());
  const network = generateNetwork({ seed: 2009, size: Number(values.size), origin: day, faultRate: 0.08 });
  // Config first: a mistake in it must not leave the network's servers running.
  const config = configFrom({ config: values.config });
  const sim = await startSimServer(network, { today: day, latencyMs: 20, jitterMs: 30 });
  config.bureaus = sim.bureaus();
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-demo-'));
  const store: Store = await openStore(dir);
  // The demo network is local: no need to wait a second between requests to one host, and a page that
  // has not arrived in 3 s (the network's trickling sections) will not arrive at all.
  const fetch = { ...config.settings.fetch, perHostSpacingMs: 50, timeoutMs: 3000 };
  const demoConfig = { ...config, settings: { ...config.settings, fetch } };
  let today = day;
  const now = () => new Date(`${today}T04:00:00Z`);
  const crawler = await crawlerForConfig(config, fetch);
  const app = createApp({ config: demoConfig, store, ...crawler, now });
  const chat = consoleSink(io.out);
  const watch = createWatch(app, {
    sinks: { alerts: [chat], ops: [chat], digest: [chat] },
    logger: pino({ level: 'silent' }),
  });
  const sections = config.bureaus.flatMap((b) => b.sections);
  io.out(
    `landwatch 演示模式：${network.bureaus.length} 个模拟单位，${sections.length} 个栏目（无 DISCORD_TOKEN，消息输出到控制台）`,
  );

  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const cycles = Number(values.cycles);
  for (let n = 1; !stopped && (cycles === 0 || n <= cycles); n++) {
    sim.setToday(today);
    io.out(`\n── 第 ${n} 轮检查（模拟日期 ${today}）`);
    const { results } = await watch.cycle(sections);
    io.out(`   ${summary(results)}`);
    // A digest after the second round, then every four rounds (the demo clock runs a week per round).
    if (n % 4 === 2) await watch.digest();
    today = addDays(today, Number(values['days-per-cycle']));
    if (!stopped && (cycles === 0 || n < cycles))
      await new Promise((r) => setTimeout(r, Number(values.interval) * 1000));
  }
  await crawler.browser?.close();
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
