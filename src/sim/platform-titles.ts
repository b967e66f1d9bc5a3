/**
 * Column titles of the fourth navigation template (a 信息公开 platform): written before discovery was run
 * on it, and chosen to be titles indicators.yaml does not list as such (some contain a synonym, most do not).
 */
export const PLATFORM_TITLES: Record<string, string[]> = {
  work_news: ['局务动态', '工作信息', '政务动态'],
  notices: ['公告通知', '通知公示', '最新公告'],
  expro_notice: ['征收信息', '土地征收公告', '征地批后公告'],
  compensation_plan: ['补偿安置', '安置补偿方案', '征地补偿公示'],
  land_transfer_result: ['成交结果', '出让结果', '土地成交信息'],
  land_auction: ['招拍挂信息', '出让公告', '国有土地使用权出让'],
  supply_plan: ['年度供地计划', '用地供应计划', '供应计划'],
  laws_policies: ['法规文件', '政策解读', '文件通知'],
  plans: ['空间规划', '规划信息', '规划公示'],
  mining_rights: ['矿产资源', '矿权出让', '采矿权出让'],
  real_estate_reg: ['登记公告', '不动产公告', '不动产权登记'],
  land_change_survey: ['国土调查', '调查成果', '变更调查成果公示'],
  disclosure_basics: ['年度报告', '工作年度报告', '信息公开年度报告'],
  service_guide: ['办事服务', '服务事项', '办事流程'],
  director_mailbox: ['局长信箱', '民意征集', '咨询投诉'],
};
