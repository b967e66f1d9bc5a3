/**
 * Column titles of the seventh navigation template (a 政务公开 page with a left column tree and a 专题/服务
 * sidebar, page-sidetree.ts), the HOLDOUT: written before discovery was run on it, never tuned on. Long
 * official wording as provincial and municipal bureaus write it; most are titles indicators.yaml does not
 * list as such, none is a title of another template.
 */
export const SIDETREE_TITLES: Record<string, string[]> = {
  work_news: ['自然资源工作动态', '局机关动态', '工作要闻'],
  notices: ['通知通告', '公告与通知', '公示与公告'],
  expro_notice: ['征收土地批后公告', '征地批准信息', '征收土地方案及批复'],
  compensation_plan: ['征地补偿安置方案公示', '征收补偿安置方案公告', '补偿安置方案'],
  land_transfer_result: ['国有建设用地使用权出让结果公示', '土地出让结果', '土地供应结果公示'],
  land_auction: ['国有建设用地使用权挂牌出让公告', '土地招标拍卖挂牌出让公告', '国有土地使用权招拍挂出让公告'],
  supply_plan: ['国有建设用地供应年度计划', '年度土地供应计划', '土地储备供应计划'],
  laws_policies: ['政策法规及解读', '规范性文件及政策解读', '法规规章'],
  plans: ['国土空间规划公示', '规划编制与实施', '专项规划公示'],
  mining_rights: ['矿业权出让信息', '采矿权探矿权出让公告', '矿业权招拍挂出让'],
  real_estate_reg: ['不动产登记公告信息', '不动产登记公示公告', '不动产统一登记'],
  land_change_survey: ['年度土地变更调查成果', '国土变更调查成果公告', '第三次全国国土调查成果'],
  disclosure_basics: ['政府信息公开工作年度报告', '政务公开工作年度报告', '信息公开工作年报'],
  service_guide: ['政务服务事项办事指南', '行政许可办事指南', '便民服务指南'],
  director_mailbox: ['局长在线信箱', '主要负责人信箱', '厅局长信箱来信'],
};
