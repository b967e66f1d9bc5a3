import { SlashCommandBuilder } from 'discord.js';
import { historyReply, message } from '../src/render/chat-replies.js';
import { t } from '../src/render/i18n.js';
import { bureauChoices, bureauOption, resolveBureau } from './bureau-option.js';
import type { Command } from './command.js';

export default {
  data: new SlashCommandBuilder()
    .setName('history')
    .setNameLocalizations({ 'zh-CN': '检查记录' })
    .setDescription("A section's recent checks and state changes")
    .setDescriptionLocalizations({ 'zh-CN': '某栏目最近的检查与状态变化' })
    .addStringOption(bureauOption)
    .addStringOption((o) =>
      o
        .setName('category')
        .setNameLocalizations({ 'zh-CN': '指标项' })
        .setDescription('Category')
        .setDescriptionLocalizations({ 'zh-CN': '指标项' })
        .setRequired(true)
        .setAutocomplete(true),
    )
    .toJSON(),
  execute: async (options, ctx) => {
    const found = resolveBureau(String(options.bureau ?? ''), ctx);
    if ('reply' in found) return found.reply;
    const key = String(options.category ?? '');
    const category = ctx.config.categories.find((c) => c.key === key || c.name === key);
    if (!category || !found.bureau.sections.some((s) => s.category === category.key)) {
      return message(t(ctx.locale, 'unknownSection', { category: key }));
    }
    const history = ctx.history(found.bureau.id, category.key) ?? [];
    return historyReply(found.bureau.name, category.name, history, ctx.locale);
  },
  autocomplete: (focused, options, ctx) => {
    if (focused.name === 'bureau') return bureauChoices(focused.value, ctx);
    const bureau = ctx.config.bureaus.find((b) => b.id === options.bureau);
    const names = new Map(ctx.config.categories.map((c) => [c.key, c.name]));
    const q = focused.value.trim();
    return (bureau?.sections ?? ctx.config.categories.map((c) => ({ category: c.key })))
      .map((s) => ({ name: `${names.get(s.category) ?? s.category}（${s.category}）`, value: s.category }))
      .filter((c) => !q || c.name.includes(q))
      .slice(0, 25);
  },
} satisfies Command;
