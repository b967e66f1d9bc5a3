/**
 * Column titles of the thirteenth navigation template (a county bureau's own site on a PHP/ASP CMS behind
 * a splash page, page-cms.ts), the HOLDOUT: written before discovery was run on it, never tuned on. None
 * is a title of another template.
 */
export const CMS_TITLES: Record<string, string[]> = {
  work_news: ['国土资源动态', '局务要闻', '自然资源动态信息'],
  notices: ['通告公示', '通知公告信息', '通知公示信息'],
  expro_notice: ['征收土地方案公告栏', '征地信息公告', '土地征收信息公示'],
  compensation_plan: ['征地补偿安置公告公示', '征收补偿安置方案公示', '补偿安置方案公告栏'],
  land_transfer_result: ['出让结果公告', '土地出让结果信息', '成交结果公告'],
  land_auction: ['国有建设用地出让公告', '土地拍卖挂牌公告', '招拍挂出让公告'],
  supply_plan: ['国有建设用地供应计划公示', '供地计划公布', '年度供地计划公告'],
  laws_policies: ['法律法规', '政策法规信息', '法律法规政策'],
  plans: ['规划成果公开', '规划编制公示', '空间规划信息'],
  mining_rights: ['矿业权出让专栏', '探采矿权出让公告', '矿业权招拍挂'],
  real_estate_reg: ['不动产登记公告栏目', '不动产登记公告专栏', '不动产权登记公告'],
  land_change_survey: ['年度变更调查', '土地变更调查成果', '变更调查成果公布'],
  disclosure_basics: ['政务信息公开年报', '政府信息公开年度报告公布', '信息公开年度工作报告'],
  service_guide: ['办事须知', '办事指南一览', '行政审批指南'],
  director_mailbox: ['局长信箱（留言）', '局长之窗留言', '给局长留言'],
};
