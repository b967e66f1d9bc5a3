import type { SlashCommandStringOption } from 'discord.js';
import { searchBureaus } from '../src/domain/bureau-search.js';
import type { Bureau } from '../src/domain/types.js';
import type { ChatReply } from '../src/render/chat-pages.js';
import { message } from '../src/render/chat-replies.js';
import { t } from '../src/render/i18n.js';
import type { Choice, CommandContext } from './command.js';

/** The `bureau` option shared by several commands: its definition, autocomplete and resolution by id or name. */

export function bureauOption(o: SlashCommandStringOption): SlashCommandStringOption {
  return o
    .setName('bureau')
    .setNameLocalizations({ 'zh-CN': '单位' })
    .setDescription('Bureau name or id')
    .setDescriptionLocalizations({ 'zh-CN': '单位名称或编号' })
    .setRequired(true)
    .setAutocomplete(true);
}

export function bureauChoices(query: string, ctx: CommandContext): Choice[] {
  return searchBureaus(query, ctx.catalog().bureaus, 25).map((b) => ({
    name: `${b.name}（${b.id}）`.slice(0, 100),
    value: b.id,
  }));
}

export function resolveBureau(query: string, ctx: CommandContext): { bureau: Bureau } | { reply: ChatReply } {
  const matches = searchBureaus(query, ctx.catalog().bureaus, 10);
  const exact = matches.find((b) => b.id === query || b.name === query);
  if (exact) return { bureau: exact };
  if (matches.length === 1 && matches[0]) return { bureau: matches[0] };
  if (matches.length === 0) return { reply: message(t(ctx.locale, 'unknownBureau', { q: query })) };
  const list = matches.map((b) => `${b.name}（${b.id}）`).join('、');
  return { reply: message(t(ctx.locale, 'ambiguousBureau', { q: query, list })) };
}
