import { SlashCommandBuilder } from 'discord.js';
import type { Level } from '../src/domain/types.js';
import { type StaleRow, staleReply } from '../src/render/chat-replies.js';
import type { Command } from './command.js';
import { levelOption } from './level-option.js';

const SHOWN = new Set(['stale', 'blank', 'due']);

export default {
  data: new SlashCommandBuilder()
    .setName('stale')
    .setNameLocalizations({ 'zh-CN': '超期栏目' })
    .setDescription('Stale, blank and soon-due sections, longest silent first')
    .setDescriptionLocalizations({ 'zh-CN': '超期、空白和即将超期的栏目，未更新最久的在前' })
    .addStringOption(levelOption)
    .addStringOption((o) =>
      o
        .setName('category')
        .setNameLocalizations({ 'zh-CN': '指标项' })
        .setDescription('Category, e.g. 征地公告')
        .setDescriptionLocalizations({ 'zh-CN': '指标项，如 征地公告' })
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('province')
        .setNameLocalizations({ 'zh-CN': '省份' })
        .setDescription('Province')
        .setDescriptionLocalizations({ 'zh-CN': '省份' }),
    )
    .toJSON(),
  execute: async (options, ctx) => {
    const level = options.level as Level | undefined;
    const category = typeof options.category === 'string' ? options.category : undefined;
    const province = typeof options.province === 'string' ? options.province : undefined;
    const names = new Map(ctx.config.categories.map((c) => [c.key, c.name]));
    const rows: StaleRow[] = ctx
      .inspection()
      .standings.filter((b) => (!level || b.level === level) && (!province || b.province.includes(province)))
      .flatMap((b) =>
        b.sections
          .filter((s) => SHOWN.has(s.state) && (!category || s.category === category))
          .map((s) => ({
            bureau: b.name,
            category: names.get(s.category) ?? s.category,
            state: s.state as StaleRow['state'],
            ageDays: s.ageDays,
            newest: s.newest?.date ?? null,
            url: s.url,
          })),
      )
      // Blank columns first (never published), then the longest silent; soon-due last.
      .sort((a, b) => rank(a) - rank(b) || (b.ageDays ?? 0) - (a.ageDays ?? 0));
    return staleReply(rows, ctx.locale);
  },
  autocomplete: (focused, _options, ctx) => {
    const q = focused.value.trim();
    return ctx.config.categories
      .filter(
        (c) => !q || c.name.includes(q) || c.key.includes(q.toLowerCase()) || c.synonyms.some((s) => s.includes(q)),
      )
      .slice(0, 25)
      .map((c) => ({ name: `${c.name}（${c.key}）`, value: c.key }));
  },
} satisfies Command;

function rank(r: StaleRow): number {
  return r.state === 'blank' ? 0 : r.state === 'stale' ? 1 : 2;
}
