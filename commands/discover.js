import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { COLORS, escapeMarkdown, link, paginate } from '../src/render/chat-pages.js';
import { message } from '../src/render/chat-replies.js';
import { bureauChoices, bureauOption, resolveBureau } from './bureau-option.js';
/** Buttons one message can carry besides the page row (Discord allows five rows of five). */
const MAX_OFFERS = 20;
export default {
    data: new SlashCommandBuilder()
        .setName('discover')
        .setNameLocalizations({ 'zh-CN': '查找栏目' })
        .setDescription("Find a bureau's sections from its homepage and accept new addresses (managers)")
        .setDescriptionLocalizations({ 'zh-CN': '从首页查找单位的栏目，并采纳新的栏目地址（管理员）' })
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .addStringOption(bureauOption)
        .toJSON(),
    managerOnly: true,
    defer: true,
    execute: async (options, ctx) => {
        const found = resolveBureau(String(options.bureau ?? ''), ctx);
        if ('reply' in found)
            return found.reply;
        const offers = (await ctx.discover(found.bureau.id)).slice(0, MAX_OFFERS);
        if (offers.length === 0)
            return message(`${found.bureau.name}：已登记的栏目地址均与网站一致，没有新的建议。`, false);
        const catalog = ctx.catalog();
        // Link texts and item titles are scraped from bureau sites: escaped before they reach Markdown.
        const lines = offers.map((o, i) => {
            const how = o.foundBy === 'items' ? '，按栏目内容识别' : '';
            const sample = o.sample[0] ? `\n例：${escapeMarkdown(o.sample[0])}` : '';
            return `**${i + 1}. ${catalog.categoryName(o.category)}**（“${escapeMarkdown(o.linkText)}”${how}，置信度 ${o.confidence}）\n${o.current ? `${link('当前', o.current)} → ` : '新增 → '}${link(o.url, o.url)}${sample}`;
        });
        const [page, ...more] = paginate(`${found.bureau.name} · 栏目地址建议`, lines, {
            color: COLORS.ops,
            footer: '点击按钮采纳（仅管理员）',
        });
        if (!page)
            return message('—');
        return { pages: [{ ...page, actions: offers.map((o, i) => ({ id: o.token, label: `采纳 ${i + 1}` })) }, ...more] };
    },
    autocomplete: (focused, _options, ctx) => bureauChoices(focused.value, ctx),
};
//# sourceMappingURL=discover.js.map