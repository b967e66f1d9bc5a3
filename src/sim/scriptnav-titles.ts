/**
 * Column titles of the tenth navigation template (a newer 政务云 site whose menus a script builds from
 * the page's channel data, page-scriptnav.ts), the HOLDOUT: written before discovery was run on it,
 * never tuned on. The shorter wording of newer sites; none is a title of another template.
 */
export const SCRIPTNAV_TITLES: Record<string, string[]> = {
  work_news: ['自然资源新闻', '本局动态', '工作资讯'],
  notices: ['通知与公告', '最新公告公示', '公告栏'],
  expro_notice: ['征地批复', '土地征收批前公告', '征收土地批复公告'],
  compensation_plan: ['征地安置补偿', '征收补偿安置公告', '补偿安置方案公布'],
  land_transfer_result: ['出让成交结果', '土地成交公示', '成交结果发布'],
  land_auction: ['出让公告公示', '土地出让公告发布', '土地供应公告'],
  supply_plan: ['供地计划公告', '土地供应年度计划', '年度供地计划安排'],
  laws_policies: ['政策法规与解读', '法规与政策', '政策文件发布'],
  plans: ['国土空间规划成果', '规划成果公布', '规划与计划'],
  mining_rights: ['矿业权出让公示', '采矿权出让信息', '矿权出让公告'],
  real_estate_reg: ['不动产登记公示信息', '不动产公示', '登记信息公告'],
  land_change_survey: ['国土变更调查信息', '土地变更调查公告', '变更调查信息'],
  disclosure_basics: ['政府信息公开年报', '信息公开年度报告书', '年度公开报告'],
  service_guide: ['办事指南查询', '服务指南公开', '政务服务指引'],
  director_mailbox: ['局长邮箱', '领导之窗', '书记局长邮箱'],
};
