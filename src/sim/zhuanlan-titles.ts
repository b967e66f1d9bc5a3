/**
 * Column titles of the eighth navigation template (a 政府信息公开专栏 on a 集约化 platform, page-zhuanlan.ts),
 * the HOLDOUT: written before discovery was run on it, never tuned on. Wording of provincial platforms'
 * 目录 tables and drop-downs; none is a title of another template.
 */
export const ZHUANLAN_TITLES: Record<string, string[]> = {
  work_news: ['自然资源动态', '部门要闻', '机关动态'],
  notices: ['通告公告', '公告公示信息', '公示信息'],
  expro_notice: ['征地批准公告', '征收土地信息', '土地征收批复信息'],
  compensation_plan: ['征地补偿标准及安置', '补偿安置信息', '征收补偿方案公告'],
  land_transfer_result: ['成交结果公示', '土地出让成交结果', '土地交易结果公示'],
  land_auction: ['土地招拍挂出让公告', '国有建设用地挂牌公告', '出让公告信息'],
  supply_plan: ['建设用地供应年度计划', '供地计划公开', '年度用地供应计划'],
  laws_policies: ['政策法规文件库', '部门规范性文件', '政策与解读'],
  plans: ['规划公开', '国土空间规划信息', '规划审批公示'],
  mining_rights: ['矿业权审批信息', '矿业权出让信息公开', '采矿权出让公告'],
  real_estate_reg: ['不动产登记信息公开', '不动产登记结果公告', '登记公告信息'],
  land_change_survey: ['土地变更调查信息', '国土调查成果公开', '变更调查公告'],
  disclosure_basics: ['政府信息公开工作报告', '年度信息公开报告', '公开年度报告'],
  service_guide: ['办事指南公开', '政务服务指南', '服务事项指南'],
  director_mailbox: ['局长之窗', '领导邮箱', '网上信访'],
};
