import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandContext } from '../src/app/ports.js';

export type { CommandContext };

import type { ChatReply } from '../src/render/chat-pages.js';

export type CommandOptions = Record<string, string | number | boolean | undefined>;

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  /** The registration payload, with zh-CN localizations. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Managers only: registered with default_member_permissions and checked again on use. */
  managerOnly?: boolean;
  /** Slow work: acknowledge at once and edit the reply later. */
  defer?: boolean;
  execute(
    options: CommandOptions,
    ctx: CommandContext,
    progress: (reply: ChatReply) => Promise<void>,
  ): Promise<ChatReply>;
  /** Choices for the focused option, answered from memory (at most 25). */
  autocomplete?(focused: { name: string; value: string }, options: CommandOptions, ctx: CommandContext): Choice[];
}
