import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { checkProgressReply, scoreReply } from '../src/render/chat-replies.js';
import { t } from '../src/render/i18n.js';
import { bureauChoices, bureauOption, resolveBureau } from './bureau-option.js';
/** Progress edits at most this often: Discord rate-limits edits of one message. */
const PROGRESS_EVERY_MS = 1000;
export default {
    data: new SlashCommandBuilder()
        .setName('check')
        .setNameLocalizations({ 'zh-CN': '立即检查' })
        .setDescription("Re-check a bureau's sections now (managers)")
        .setDescriptionLocalizations({ 'zh-CN': '立即重新检查某单位的全部栏目（管理员）' })
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .addStringOption(bureauOption)
        .toJSON(),
    managerOnly: true,
    defer: true,
    execute: async (options, ctx, progress) => {
        const found = resolveBureau(String(options.bureau ?? ''), ctx);
        if ('reply' in found)
            return found.reply;
        const { bureau } = found;
        let last = 0;
        const pending = [];
        await ctx.checkBureau(bureau.id, (done, total) => {
            const now = Date.now();
            if (now - last < PROGRESS_EVERY_MS && done < total)
                return;
            last = now;
            pending.push(progress(checkProgressReply(bureau.name, done, total, ctx.locale)));
        });
        await Promise.all(pending);
        const score = ctx.inspection().scores.find((s) => s.id === bureau.id);
        const reply = score ? scoreReply(score, ctx.locale) : checkProgressReply(bureau.name, 0, 0, ctx.locale);
        const first = reply.pages[0];
        if (first?.embeds[0])
            first.embeds[0] = { ...first.embeds[0], title: t(ctx.locale, 'checkDone', { bureau: bureau.name }) };
        return reply;
    },
    autocomplete: (focused, _options, ctx) => bureauChoices(focused.value, ctx),
};
//# sourceMappingURL=check.js.map