/**
 * Column titles of the seventeenth navigation template (a county bureau's responsive site on a PHP CMS of
 * the PbootCMS / EyouCMS kind, page-pboot.ts), the HOLDOUT: written before discovery was run on it, never
 * tuned on. The web firms that build these sites title columns shortly, in the words of a company site
 * (资讯, 专栏, 公布); none is a title of another template.
 */
export const PBOOT_TITLES: Record<string, string[]> = {
  work_news: ['新闻资讯', '资讯动态', '工作快讯'],
  notices: ['公告资讯', '通知公示栏', '公告与公示'],
  expro_notice: ['征地信息公示', '土地征收公示', '征收公告'],
  compensation_plan: ['补偿安置公示', '征地补偿方案公告', '安置补偿方案公示'],
  land_transfer_result: ['土地成交公告', '出让成交公告', '成交结果公布'],
  land_auction: ['招拍挂', '土地招拍挂专栏', '国有土地出让公告'],
  supply_plan: ['供应计划公示', '土地供应计划公布', '年度土地供应计划公示'],
  laws_policies: ['政策法规汇编', '文件法规', '法规与文件'],
  plans: ['规划成果公示', '空间规划公示', '规划公开公示'],
  mining_rights: ['矿业权公告', '矿产资源出让', '矿业权出让信息发布'],
  real_estate_reg: ['不动产登记专栏', '不动产权公告', '不动产登记资讯'],
  land_change_survey: ['国土变更调查公报', '年度变更调查公示', '土地利用变更调查公示'],
  disclosure_basics: ['信息公开年度报告专栏', '政府信息公开年报公布', '年报公开'],
  service_guide: ['便民指南', '办事流程指南', '办事指南下载'],
  director_mailbox: ['在线留言', '留言咨询', '局长在线'],
};
