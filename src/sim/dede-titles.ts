/**
 * Column titles of the sixteenth navigation template (a county bureau's static DedeCMS site, page-dede.ts),
 * the HOLDOUT: written before discovery was run on it, never tuned on. None is a title of another template.
 */
export const DEDE_TITLES: Record<string, string[]> = {
  work_news: ['国土动态', '本局工作动态', '国土资源工作动态'],
  notices: ['县局通知公告', '通知公告发布栏', '通知公告专栏'],
  expro_notice: ['征地信息发布', '征地批复公告信息', '建设用地征收公告'],
  compensation_plan: ['征地补偿安置方案公示栏', '征地补偿公告', '征地补偿安置信息'],
  land_transfer_result: ['出让地块成交公示', '成交公示信息', '挂牌成交公示'],
  land_auction: ['国有土地挂牌公告', '土地使用权挂牌出让公告', '建设用地出让公告信息'],
  supply_plan: ['县供地计划', '年度供地计划公示', '土地供应计划公示'],
  laws_policies: ['国土法规', '政策法规文件汇编', '政策法规栏目'],
  plans: ['规划公示栏', '县域规划', '规划编制与公示'],
  mining_rights: ['矿产资源出让公告', '矿权挂牌出让', '采矿权出让公告信息'],
  real_estate_reg: ['不动产登记信息公示', '不动产登记公告信息公开', '不动产权登记公示'],
  land_change_survey: ['土地变更调查数据', '年度土地变更调查', '变更调查公报'],
  disclosure_basics: ['政府信息公开年度报告书', '信息公开年报专栏', '政府信息公开年度报告全文'],
  service_guide: ['办事指南汇编', '行政服务指南', '业务办理指南'],
  director_mailbox: ['局长直通车', '局长信箱专栏', '县局长信箱'],
};
