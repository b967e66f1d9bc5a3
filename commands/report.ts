import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { LEVELS } from '../src/domain/types.js';
import { COLORS, fitEmbed } from '../src/render/chat-pages.js';
import { levelLabel } from '../src/render/i18n.js';
import { ATTACHMENT_LIMIT_BYTES, workbookBuffer, workbookName } from '../src/render/workbook.js';
import type { Command } from './command.js';

/** The inspection workbook (.xlsx) as an attachment: the same file as `landwatch report --format xlsx`. */
export default {
  data: new SlashCommandBuilder()
    .setName('report')
    .setNameLocalizations({ 'zh-CN': '检查报告' })
    .setDescription('The inspection workbook (xlsx): annexes 1–3, every bureau and section, rates (managers)')
    .setDescriptionLocalizations({ 'zh-CN': '检查报告工作簿（xlsx）：附件1–3、各单位与栏目明细、公开率（管理员）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .toJSON(),
  managerOnly: true,
  defer: true,
  execute: async (_options, ctx) => {
    const inspection = ctx.inspection();
    const en = ctx.locale === 'en';
    const name = workbookName(inspection.at);
    const data = await workbookBuffer(inspection);
    const counts = LEVELS.map((l) => `${levelLabel(l, ctx.locale)} ${inspection.rankings[l].length}`).join(' · ');
    const tooLarge = data.byteLength > ATTACHMENT_LIMIT_BYTES;
    const where = ctx.dashboardUrl;
    const description = tooLarge
      ? en
        ? `The workbook is ${(data.byteLength / 1048576).toFixed(1)} MB, over Discord's upload limit. Download it from the dashboard${where ? ` (${where}report.xlsx)` : ''} or run \`landwatch report --format xlsx\`.`
        : `工作簿 ${(data.byteLength / 1048576).toFixed(1)} MB，超过 Discord 上传上限。请从看板下载${where ? `（${where}report.xlsx）` : ''}，或运行 \`landwatch report --format xlsx\`。`
      : en
        ? `Attached: ${name}. Bureaus: ${counts}.`
        : `附件：${name}。单位数：${counts}。`;
    return {
      pages: [
        {
          embeds: [
            fitEmbed({
              title: en ? 'Inspection workbook' : '检查报告（工作簿）',
              color: tooLarge ? COLORS.alert : COLORS.info,
              description,
              footer: { text: `${en ? 'Checked' : '检查时间'} ${inspection.at.slice(0, 16).replace('T', ' ')} UTC` },
            }),
          ],
        },
      ],
      ...(tooLarge ? {} : { files: [{ name, data }] }),
    };
  },
} satisfies Command;
