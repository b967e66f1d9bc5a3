/**
 * Column titles of the eighteenth navigation template (an old county 国土资源局 site built 2005–2012 in
 * FrontPage / Dreamweaver or on an early ASP news system, page-oldsite.ts), the HOLDOUT: written before
 * discovery was run on it, never tuned on. Such sites title columns in the 国土资源 era's words (征用土地,
 * 土地登记, 土地利用规划, 规划修编, 办事程序), often from the news system's class table as an editor typed
 * them; none is a title of another template.
 */
export const OLDSITE_TITLES: Record<string, string[]> = {
  work_news: ['国土资源信息', '国土资讯', '国土新闻'],
  notices: ['信息公告', '公示栏', '网上公示'],
  expro_notice: ['征地公示', '征用土地公告', '征地两公告'],
  compensation_plan: ['征地补偿安置标准', '安置方案公告', '征用土地补偿安置方案'],
  land_transfer_result: ['招拍挂结果公示', '挂牌结果公示', '土地出让结果公布'],
  land_auction: ['土地挂牌公告', '国有土地使用权挂牌出让公告', '招拍挂出让信息'],
  supply_plan: ['供地年度计划', '建设用地供应计划公示', '年度土地供应安排'],
  laws_policies: ['国土资源政策法规', '法规查询', '政策法规选编'],
  plans: ['土地利用规划', '土地规划公示', '规划修编'],
  mining_rights: ['矿业权挂牌出让', '探矿权采矿权公告', '矿权信息'],
  real_estate_reg: ['土地登记公告', '不动产登记信息栏', '土地登记信息'],
  land_change_survey: ['土地变更调查公示', '年度变更调查公告', '土地利用现状变更调查'],
  disclosure_basics: ['政府信息公开年度工作报告', '信息公开工作报告', '年度公开工作报告'],
  service_guide: ['办事程序', '行政审批程序', '办事指南及表格'],
  director_mailbox: ['写信给局长', '局长热线', '群众来信选登'],
};
