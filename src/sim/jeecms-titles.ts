/**
 * Column titles of the nineteenth navigation template (a city or county bureau's site on JEECMS,
 * page-jeecms.ts), the HOLDOUT: written before discovery was run on it, never tuned on. The bureau's own
 * staff named the channels when the site went up (2012–2020), in the words of the 国土资源 years and of a
 * government office's filing (批后公告, 审批, 公开): none is a title of another template.
 */
export const JEECMS_TITLES: Record<string, string[]> = {
  work_news: ['局内要闻动态', '局内工作动态', '系统动态'],
  notices: ['局公告通知', '公告发布', '局通知公告'],
  expro_notice: ['征地报批公告', '土地征收方案公告', '征收土地方案公布'],
  compensation_plan: ['征地补偿标准公布', '征地补偿安置方案公布', '补偿安置信息公开'],
  land_transfer_result: ['出让结果公布', '建设用地出让结果公布', '国有土地出让结果'],
  land_auction: ['国有建设用地挂牌出让公告', '土地挂牌拍卖出让', '国有土地挂牌出让'],
  supply_plan: ['建设用地供应计划公布', '年度供地计划公布', '土地供应计划信息'],
  laws_policies: ['国土资源法律法规库', '法律法规文件', '法规政策文件'],
  plans: ['土地利用规划公开', '规划管理信息', '规划公开信息'],
  mining_rights: ['矿业权审批公开', '采矿权出让公布', '探矿权采矿权审批'],
  real_estate_reg: ['不动产登记公开', '不动产登记业务公告', '不动产登记通告'],
  land_change_survey: ['土地调查成果', '土地变更调查公开', '变更调查成果公开'],
  disclosure_basics: ['信息公开年度报告公开', '政府信息公开年报公开', '信息公开年度报告栏'],
  service_guide: ['审批办事指南', '网上办事指南', '业务审批指南'],
  director_mailbox: ['局长信箱来信选登', '群众来信', '来信选登'],
};
