import {
  Client,
  Events,
  GatewayIntentBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
  type TextChannel,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Page } from '../render/chat-pages.js';

/**
 * The one Discord connection: login, command registration and channel messages. discord.js's REST queue
 * owns rate limits (it waits out 429s); we never log the token.
 */

export interface DiscordSettings {
  token: string;
  /** REST base, e.g. http://127.0.0.1:PORT/api for the local stand-in; Discord's own by default. */
  api?: string | undefined;
  guildId?: string | undefined;
  /** How long to wait for guilds after READY; small in tests. */
  waitGuildTimeout?: number;
}

export function createDiscordClient(settings: DiscordSettings): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(settings.api ? { rest: { api: settings.api } } : {}),
    waitGuildTimeout: settings.waitGuildTimeout ?? 15_000,
  });
}

/** Logs in and resolves when ready; a rejected token becomes an error that names no secret. */
export async function login(client: Client, settings: DiscordSettings, logger: Logger): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  client.on(Events.Error, (e) => logger.error({ err: e }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));
  try {
    await client.login(settings.token);
  } catch (e) {
    throw new Error(
      `Discord login failed: ${(e as Error).name === 'Error' ? (e as Error).message : (e as Error).name}`,
    );
  }
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord ready');
}

/** Keeps only the keys we send, recursively, so server-side defaults do not count as changes. */
function projected(ours: unknown, theirs: unknown): unknown {
  if (Array.isArray(ours)) return ours.map((o, i) => projected(o, Array.isArray(theirs) ? theirs[i] : undefined));
  if (ours && typeof ours === 'object') {
    const t = (theirs ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(ours).map(([k, v]) => [k, projected(v, t[k])]));
  }
  return theirs;
}

/**
 * Registers the commands (to one guild when given, else globally) only when they differ from what is
 * registered: Discord allows 200 command creations a day per guild.
 */
export async function registerCommands(
  client: Client,
  definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[],
  guildId: string | undefined,
  logger: Logger,
): Promise<boolean> {
  const appId = client.application?.id;
  if (!appId) throw new Error('Discord application is not available; is the client ready?');
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const registered = (await client.rest.get(route)) as Record<string, unknown>[];
  const same =
    registered.length === definitions.length &&
    definitions.every((d) => {
      const theirs = registered.find((r) => r.name === d.name);
      return theirs !== undefined && JSON.stringify(projected(d, theirs)) === JSON.stringify(d);
    });
  if (same) {
    logger.info({ count: definitions.length, guildId }, 'commands unchanged; not registering');
    return false;
  }
  await client.rest.put(route, { body: definitions });
  logger.info({ count: definitions.length, guildId }, 'commands registered');
  return true;
}

/** Posts a page to a channel; scraped text can never ping anyone. */
export async function sendPage(client: Client, channelId: string, page: Page): Promise<string> {
  const channel = (await client.channels.fetch(channelId)) as TextChannel | null;
  if (!channel?.isTextBased()) throw new Error(`channel ${channelId} is not a text channel the bot can see`);
  const message = await channel.send({
    content: page.content ?? '',
    embeds: page.embeds,
    allowedMentions: { parse: [] },
  });
  return message.id;
}
