import { SlashCommandBuilder } from 'discord.js';
import { LEVELS } from '../src/domain/types.js';
import { rankingsReply } from '../src/render/chat-replies.js';
import { levelOption } from './level-option.js';
export default {
    data: new SlashCommandBuilder()
        .setName('rankings')
        .setNameLocalizations({ 'zh-CN': '排名' })
        .setDescription('Bureau rankings for one level, with scores, vetoes and movement')
        .setDescriptionLocalizations({ 'zh-CN': '某一层级单位的排名（得分、单项否决、变化）' })
        .addStringOption((o) => levelOption(o).setRequired(true))
        .addIntegerOption((o) => o
        .setName('top')
        .setNameLocalizations({ 'zh-CN': '前几名' })
        .setDescription('How many to show (default all)')
        .setDescriptionLocalizations({ 'zh-CN': '显示前几名（默认全部）' })
        .setMinValue(1)
        .setMaxValue(3200))
        .addStringOption((o) => o
        .setName('province')
        .setNameLocalizations({ 'zh-CN': '省份' })
        .setDescription('Only bureaus in this province')
        .setDescriptionLocalizations({ 'zh-CN': '只看该省份的单位' }))
        .toJSON(),
    execute: async (options, ctx) => {
        const level = LEVELS.includes(String(options.level)) ? options.level : 'province';
        const province = typeof options.province === 'string' ? options.province : undefined;
        const ranked = ctx.inspection().rankings[level].filter((r) => !province || r.score.province.includes(province));
        const top = typeof options.top === 'number' ? options.top : ranked.length;
        return rankingsReply(level, ranked.slice(0, top), ctx.locale);
    },
};
//# sourceMappingURL=rankings.js.map