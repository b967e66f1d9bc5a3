/**
 * Column titles of the twenty-first navigation template (a city or county bureau's site on 帝国CMS,
 * page-empire.ts), the HOLDOUT: written before discovery was run on it, never tuned on. A county
 * webmaster named the columns while the site was a 国土资源局's (2009–2019), short and in the words the
 * office used on its notice board; none is a title of another template.
 */
export const EMPIRE_TITLES: Record<string, string[]> = {
  work_news: ['国土简讯', '局务信息', '国土信息'],
  notices: ['本局公告', '公告公示栏', '通告栏'],
  expro_notice: ['征地公告栏', '征地报批前公告', '拟征地告知'],
  compensation_plan: ['征地补偿安置公告栏', '安置补偿公示'],
  land_transfer_result: ['招拍挂成交结果', '挂牌出让成交公示', '成交公告栏'],
  land_auction: ['挂牌出让信息', '拍卖挂牌公告', '出让公告栏'],
  supply_plan: ['土地供应年度计划公告', '供地计划表', '土地供应计划表'],
  laws_policies: ['法规汇编', '法规文件库', '法律法规文件库'],
  plans: ['国土规划', '规划管理'],
  mining_rights: ['矿业权公示', '矿权公示', '采矿权信息'],
  real_estate_reg: ['登记公示', '确权登记公告'],
  land_change_survey: ['变更调查公示', '土地调查公示'],
  disclosure_basics: ['信息公开年报栏', '公开工作年度报告'],
  service_guide: ['办事程序指南', '审批服务指南', '服务流程'],
  director_mailbox: ['来信回复', '信箱回复选登', '回复选登'],
};
