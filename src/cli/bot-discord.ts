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
import { discordChannelSink } from '../chat/sinks.js';
import { webhookSink } from '../chat/webhooks.js';
import type { Config } from '../config/config.js';
import type { ChannelRole } from '../render/changes.js';
import { openStore } from '../store/store.js';
import { dashboardBesideBot, logBrowserWait } from './bot-dashboard.js';
import { configFrom, crawlerForConfig, dataDir, type Io } from './common.js';
import { rememberCatalog } from './data-catalog.js';

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

export async function serveDiscord(
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
  logBrowserWait(app, logger);
  const dashboard = await dashboardBesideBot(app, io.env, logger);
  const signals = stopSignals();
  const stop = (steps: { name: string; stop: () => Promise<unknown> }[]) =>
    stopGracefully({
      steps: [
        ...steps,
        { name: 'chat', stop: () => bot.stop() },
        { name: 'browser', stop: async () => crawler.browser?.close() },
        { name: 'dashboard', stop: async () => dashboard?.close() },
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
