/**
 * Column titles of the eleventh navigation template (a county bureau's site on a provincial 站群,
 * page-zhanqun.ts), the HOLDOUT: written before discovery was run on it, never tuned on. The wording a
 * provincial group's 公开目录 gives its member sites; none is a title of another template.
 */
export const ZHANQUN_TITLES: Record<string, string[]> = {
  work_news: ['本局工作动态信息', '自然资源工作动态信息', '部门动态信息'],
  notices: ['公示公告栏', '通知及公示', '公告通知信息'],
  expro_notice: ['征地批前告知', '土地征收启动公告', '征收土地公告信息'],
  compensation_plan: ['征地补偿标准及安置方案', '补偿安置方案公告信息', '征地补偿安置公示'],
  land_transfer_result: ['土地出让成交信息', '出让结果公示信息', '土地交易结果'],
  land_auction: ['挂牌出让公告', '土地招拍挂公告', '国有土地出让公告信息'],
  supply_plan: ['国有建设用地供应计划信息', '供地计划信息', '年度土地供应计划公告'],
  laws_policies: ['法规政策信息', '政策法规类文件', '规范性文件信息'],
  plans: ['规划类信息', '空间规划信息公开', '规划编制及实施信息'],
  mining_rights: ['矿业权管理信息', '矿业权出让公示信息', '采矿权探矿权信息'],
  real_estate_reg: ['不动产登记公开信息', '不动产首次登记公告信息', '不动产登记事项公示'],
  land_change_survey: ['土地变更调查', '国土变更调查公示', '变更调查成果信息'],
  disclosure_basics: ['本局信息公开年报', '政府信息公开年度报告（本局）', '年度信息公开报告书（本局）'],
  service_guide: ['办事指南信息', '服务事项办事指南', '行政审批办事指南'],
  director_mailbox: ['局长留言板', '书记县长信箱（自然资源）', '局长信箱留言'],
};
