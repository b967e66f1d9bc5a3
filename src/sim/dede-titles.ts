/**
 * Column titles of the sixteenth navigation template (a county bureau's static DedeCMS site, page-dede.ts),
 * the HOLDOUT: written before discovery was run on it, never tuned on. None is a title of another template.
 */
export const DEDE_TITLES: Record<string, string[]> = {
  work_news: ['国土动态', '本局工作动态', '国土资源工作动态'],
  notices: ['公告栏', '最新通知公告', '通知公告专栏'],
  expro_notice: ['征地信息发布', '征地批复公告信息', '建设用地征收公告'],
  compensation_plan: ['征地补偿安置方案公示栏', '征收补偿安置公告', '征地补偿安置信息'],
  land_transfer_result: ['土地成交公示', '出让成交公示', '土地交易结果公示'],
  land_auction: ['土地挂牌出让公告', '国有土地使用权出让公告', '土地出让公告发布'],
  supply_plan: ['县供地计划', '年度供地计划公示', '土地供应计划公示'],
  laws_policies: ['国土法规', '政策法规文件汇编', '政策法规栏目'],
  plans: ['规划公示栏', '县域规划', '规划编制与公示'],
  mining_rights: ['矿权出让公告', '矿权挂牌出让', '采矿权出让公告信息'],
  real_estate_reg: ['不动产登记公示信息', '不动产登记公告栏', '不动产权登记公示'],
  land_change_survey: ['土地变更调查信息', '年度土地变更调查', '变更调查公报'],
  disclosure_basics: ['政府信息公开年度报告书', '信息公开年报专栏', '政府信息公开工作年报'],
  service_guide: ['办事指南目录', '服务事项指南', '业务办理指南'],
  director_mailbox: ['局长邮箱', '局长信箱专栏', '县局长信箱'],
};
