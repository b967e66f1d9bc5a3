import { parseArgs } from 'node:util';
import { runDemo } from './bot-demo.js';
import { serveDiscord } from './bot-discord.js';
import { commonOptions, type Io } from './common.js';

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
