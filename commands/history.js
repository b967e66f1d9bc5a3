import { SlashCommandBuilder } from 'discord.js';
import { historyReply, message } from '../src/render/chat-replies.js';
import { t } from '../src/render/i18n.js';
import { bureauChoices, bureauOption, resolveBureau } from './bureau-option.js';
import { categoryChoices, categoryOption } from './category-option.js';
export default {
    data: new SlashCommandBuilder()
        .setName('history')
        .setNameLocalizations({ 'zh-CN': '检查记录' })
        .setDescription("A section's recent checks and state changes")
        .setDescriptionLocalizations({ 'zh-CN': '某栏目最近的检查与状态变化' })
        .addStringOption(bureauOption)
        .addStringOption(categoryOption({ en: 'Category', zh: '指标项' }, true))
        .toJSON(),
    execute: async (options, ctx) => {
        const found = resolveBureau(String(options.bureau ?? ''), ctx);
        if ('reply' in found)
            return found.reply;
        const key = String(options.category ?? '');
        const category = ctx.catalog().categories.find((c) => c.key === key || c.name === key);
        if (!category || !found.bureau.sections.some((s) => s.category === category.key)) {
            return message(t(ctx.locale, 'unknownSection', { category: key }));
        }
        const history = ctx.history(found.bureau.id, category.key) ?? [];
        return historyReply(found.bureau.name, category.name, history, ctx.locale);
    },
    autocomplete: (focused, options, ctx) => {
        if (focused.name === 'bureau')
            return bureauChoices(focused.value, ctx);
        return categoryChoices(focused.value, ctx, String(options.bureau ?? ''));
    },
};
//# sourceMappingURL=history.js.map