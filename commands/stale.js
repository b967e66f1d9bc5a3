import { SlashCommandBuilder } from 'discord.js';
import { staleReply } from '../src/render/chat-replies.js';
import { categoryChoices, categoryOption } from './category-option.js';
import { levelOption } from './level-option.js';
const SHOWN = new Set(['stale', 'blank', 'due']);
export default {
    data: new SlashCommandBuilder()
        .setName('stale')
        .setNameLocalizations({ 'zh-CN': '超期栏目' })
        .setDescription('Stale, blank and soon-due sections, longest silent first')
        .setDescriptionLocalizations({ 'zh-CN': '超期、空白和即将超期的栏目，未更新最久的在前' })
        .addStringOption(levelOption)
        .addStringOption(categoryOption({ en: 'Category, e.g. 征地公告', zh: '指标项，如 征地公告' }))
        .addStringOption((o) => o
        .setName('province')
        .setNameLocalizations({ 'zh-CN': '省份' })
        .setDescription('Province')
        .setDescriptionLocalizations({ 'zh-CN': '省份' }))
        .toJSON(),
    execute: async (options, ctx) => {
        const level = options.level;
        const category = typeof options.category === 'string' ? options.category : undefined;
        const province = typeof options.province === 'string' ? options.province : undefined;
        const catalog = ctx.catalog();
        const rows = ctx
            .inspection()
            .standings.filter((b) => (!level || b.level === level) && (!province || b.province.includes(province)))
            .flatMap((b) => b.sections
            .filter((s) => SHOWN.has(s.state) && (!category || s.category === category))
            .map((s) => ({
            bureau: b.name,
            category: catalog.categoryName(s.category),
            state: s.state,
            ageDays: s.ageDays,
            newest: s.newest?.date ?? null,
            url: s.url,
        })))
            // Blank columns first (never published), then the longest silent; soon-due last.
            .sort((a, b) => rank(a) - rank(b) || (b.ageDays ?? 0) - (a.ageDays ?? 0));
        return staleReply(rows, ctx.locale);
    },
    autocomplete: (focused, _options, ctx) => categoryChoices(focused.value, ctx),
};
function rank(r) {
    return r.state === 'blank' ? 0 : r.state === 'stale' ? 1 : 2;
}
//# sourceMappingURL=stale.js.map