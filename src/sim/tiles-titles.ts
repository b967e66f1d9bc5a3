/**
 * Column titles of the sixth navigation template (a 信息公开 page of category tiles and an accordion,
 * page-tiles.ts), the holdout: written before discovery was run on it, never tuned on; most are titles
 * indicators.yaml does not list as such.
 */
export const TILES_TITLES: Record<string, string[]> = {
  work_news: ['要情动态', '局内新闻', '工作简讯'],
  notices: ['公示通告', '公告公布', '重要通知'],
  expro_notice: ['征地公告公示', '征地审批信息', '土地征收公告信息'],
  compensation_plan: ['征地补偿安置公告', '安置补偿', '补偿安置方案公示'],
  land_transfer_result: ['土地出让成交公示', '交易结果', '出让成交信息'],
  land_auction: ['国有建设用地使用权出让', '土地出让信息', '挂牌出让'],
  supply_plan: ['年度供应计划', '国有建设用地年度供应计划', '供地计划安排'],
  laws_policies: ['政策法规文件', '政策解读', '法律法规规章'],
  plans: ['规划信息公开', '国土空间总体规划', '规划公告'],
  mining_rights: ['矿业权信息', '采矿权公示', '矿业权审批出让'],
  real_estate_reg: ['不动产登记信息', '不动产登记公示', '产权登记'],
  land_change_survey: ['变更调查成果', '土地利用现状', '国土调查公报'],
  disclosure_basics: ['政务公开年度报告', '年度报告专栏', '公开年报'],
  service_guide: ['办事服务指南', '审批服务', '办件指南'],
  director_mailbox: ['厅局长信箱', '书记信箱', '领导留言'],
};
