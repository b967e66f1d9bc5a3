import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
export default {
    data: new SlashCommandBuilder()
        .setName('digest')
        .setNameLocalizations({ 'zh-CN': '每周简报' })
        .setDescription('Preview the weekly digest (managers)')
        .setDescriptionLocalizations({ 'zh-CN': '预览每周简报（管理员）' })
        .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
        .toJSON(),
    managerOnly: true,
    defer: true,
    execute: async (_options, ctx) => ctx.digestPreview(),
};
//# sourceMappingURL=digest.js.map