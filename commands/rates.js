import { SlashCommandBuilder } from 'discord.js';
import { ratesReply } from '../src/render/chat-replies.js';
import { levelOption } from './level-option.js';
export default {
    data: new SlashCommandBuilder()
        .setName('rates')
        .setNameLocalizations({ 'zh-CN': '公开率' })
        .setDescription('Disclosure rates per category')
        .setDescriptionLocalizations({ 'zh-CN': '各指标项公开率' })
        .addStringOption(levelOption)
        .toJSON(),
    execute: async (options, ctx) => {
        const level = options.level;
        return ratesReply(ctx.inspection().rates.filter((r) => !level || r.level === level), ctx.locale);
    },
};
//# sourceMappingURL=rates.js.map