import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Command } from '../../commands/index.js';
import { createDiscordClient, type DiscordSettings, login, registerCommands } from './discord-client.js';
import { attachDispatcher, type DispatcherOptions } from './dispatcher.js';

/** What the bot asks of the application (app/services.ts provides it): chat never imports the app. */
export interface BotServices {
  context: DispatcherOptions['context'];
  alertAction: NonNullable<DispatcherOptions['alertAction']>;
  acceptProposal: NonNullable<DispatcherOptions['pageAction']>;
}

export interface DiscordBot {
  client: Client;
  stop(): Promise<void>;
}

/** Connects, wires every command and registers them if they changed. */
export async function startDiscordBot(options: {
  discord: DiscordSettings;
  services: BotServices;
  commands: Map<string, Command>;
  logger: Logger;
  /** Members of this role may acknowledge and snooze alerts, besides those with Manage Server. */
  alertRole?: string | undefined;
}): Promise<DiscordBot> {
  const client = createDiscordClient(options.discord);
  const detach = attachDispatcher(client, {
    commands: options.commands,
    context: options.services.context,
    logger: options.logger,
    alertAction: options.services.alertAction,
    alertRole: options.alertRole,
    pageAction: options.services.acceptProposal,
  });
  try {
    await login(client, options.discord, options.logger);
    const definitions = [...options.commands.values()].map((c) => c.data);
    await registerCommands(client, definitions, options.discord.guildId, options.logger);
  } catch (e) {
    detach();
    await client.destroy();
    throw e;
  }
  return {
    client,
    stop: async () => {
      detach();
      await client.destroy();
    },
  };
}
