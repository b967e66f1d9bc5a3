import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { message } from '../src/render/chat-replies.js';
import { bureauChoices, bureauOption, resolveBureau } from './bureau-option.js';
import { categoryChoices, categoryOption } from './category-option.js';
const DAY_MS = 86_400_000;
export default {
    data: new SlashCommandBuilder()
        .setName('exception')
        .setNameLocalizations({ 'zh-CN': '例外' })
        .setDescription('Silence alerts for a bureau (or one section) until a date, with a reason (managers)')
        .setDescriptionLocalizations({ 'zh-CN': '在一定期限内暂停某单位（或某栏目）的预警，并说明原因（管理员）' })
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .addStringOption(bureauOption)
        .addIntegerOption((o) => o
        .setName('days')
        .setNameLocalizations({ 'zh-CN': '天数' })
        .setDescription('How many days; 0 lifts the exception')
        .setDescriptionLocalizations({ 'zh-CN': '暂停天数；0 表示取消例外' })
        .setRequired(true)
        .setMinValue(0)
        .setMaxValue(365))
        .addStringOption((o) => o
        .setName('reason')
        .setNameLocalizations({ 'zh-CN': '原因' })
        .setDescription('Why, e.g. site under redesign')
        .setDescriptionLocalizations({ 'zh-CN': '原因，如：网站改版中' })
        .setMaxLength(200))
        .addStringOption(categoryOption({
        en: 'Only this section (default: all of the bureau)',
        zh: '只针对该栏目（默认该单位全部栏目）',
    }))
        .toJSON(),
    managerOnly: true,
    execute: async (options, ctx) => {
        const found = resolveBureau(String(options.bureau ?? ''), ctx);
        if ('reply' in found)
            return found.reply;
        const days = Number(options.days ?? 0);
        const category = typeof options.category === 'string' ? options.category : undefined;
        const until = days > 0 ? new Date(ctx.now().getTime() + days * DAY_MS) : null;
        const reason = typeof options.reason === 'string' && options.reason.trim() ? options.reason.trim() : '未说明';
        const n = await ctx.setException(found.bureau.id, category, until, reason);
        const text = until
            ? `已为 ${found.bureau.name} 的 ${n} 个栏目设置例外，至 ${until.toISOString().slice(0, 10)}：${reason}`
            : `已取消 ${found.bureau.name} 的 ${n} 个栏目的例外`;
        return message(text, false);
    },
    autocomplete: (focused, options, ctx) => focused.name === 'category'
        ? categoryChoices(focused.value, ctx, String(options.bureau ?? ''))
        : bureauChoices(focused.value, ctx),
};
//# sourceMappingURL=exception.js.map