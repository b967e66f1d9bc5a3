/**
 * Column titles of the twelfth navigation template (a bureau's own site whose main menu is a bar of group
 * names with drop-down lists, page-dropdown.ts), the HOLDOUT: written before discovery was run on it, never
 * tuned on. None is a title of another template.
 */
export const DROPDOWN_TITLES: Record<string, string[]> = {
  work_news: ['局机关工作动态', '自然资源局工作动态', '本局要闻动态'],
  notices: ['通知公告栏目', '公告通知栏', '最新通知公告'],
  expro_notice: ['征地预公告及公告', '土地征收公告栏', '征收土地信息公告'],
  compensation_plan: ['征地补偿安置方案发布', '征收补偿安置方案', '征地补偿安置方案信息'],
  land_transfer_result: ['土地出让结果发布', '土地成交结果公示', '出让成交公示'],
  land_auction: ['土地出让公告栏', '国有土地使用权出让公告', '土地挂牌出让公告'],
  supply_plan: ['土地供应计划发布', '建设用地供应计划公开', '年度供地计划发布'],
  laws_policies: ['政策法规发布', '法律法规及政策', '政策法规库'],
  plans: ['规划与计划发布', '国土空间规划公开', '规划编制信息'],
  mining_rights: ['矿业权出让发布', '矿权出让公开', '矿业权公开出让'],
  real_estate_reg: ['不动产登记信息发布', '不动产登记公告发布', '不动产登记公告栏'],
  land_change_survey: ['国土变更调查结果', '土地变更调查发布', '变更调查结果公示'],
  disclosure_basics: ['信息公开工作年度报告', '政府信息公开工作年报', '本局政务公开年度报告'],
  service_guide: ['办事指南目录', '许可事项办事指南', '便民办事指南'],
  director_mailbox: ['局长留言栏', '给局长写信', '局长信箱栏目'],
};
