import { SlashCommandBuilder } from 'discord.js';
import { message, scoreReply } from '../src/render/chat-replies.js';
import { t } from '../src/render/i18n.js';
import { bureauChoices, bureauOption, resolveBureau } from './bureau-option.js';
export default {
    data: new SlashCommandBuilder()
        .setName('score')
        .setNameLocalizations({ 'zh-CN': '得分' })
        .setDescription("A bureau's score breakdown and what to fix")
        .setDescriptionLocalizations({ 'zh-CN': '单位得分明细与整改项' })
        .addStringOption(bureauOption)
        .toJSON(),
    execute: async (options, ctx) => {
        const found = resolveBureau(String(options.bureau ?? ''), ctx);
        if ('reply' in found)
            return found.reply;
        const score = ctx.inspection().scores.find((s) => s.id === found.bureau.id);
        return score && score.items.length > 0 ? scoreReply(score, ctx.locale) : message(t(ctx.locale, 'noData'));
    },
    autocomplete: (focused, _options, ctx) => bureauChoices(focused.value, ctx),
};
//# sourceMappingURL=score.js.map