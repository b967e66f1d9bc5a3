import {
  Client,
  Events,
  GatewayIntentBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { Logger } from 'pino';
import { sameCommands } from './command-shape.js';

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

/** Discord refused the bot (a wrong token, no gateway): one line for the operator, never a stack trace. */
export class LoginError extends Error {
  override name = 'LoginError' as const;
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
    throw new LoginError(
      `Discord login failed: ${(e as Error).name === 'Error' ? (e as Error).message : (e as Error).name}`,
    );
  }
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord ready');
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
  // Without this flag Discord leaves the localizations out of its answer, and every start would differ.
  const registered = (await client.rest.get(route, {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as Record<string, unknown>[];
  if (sameCommands(definitions as unknown as Record<string, unknown>[], registered)) {
    logger.info({ count: definitions.length, guildId }, 'commands unchanged; not registering');
    return false;
  }
  await client.rest.put(route, { body: definitions });
  logger.info({ count: definitions.length, guildId }, 'commands registered');
  return true;
}
