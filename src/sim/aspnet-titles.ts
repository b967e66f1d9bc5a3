/**
 * Column titles of the fifteenth navigation template (an older city/county bureau site on ASP.NET WebForms
 * in a table layout, page-aspnet.ts), the HOLDOUT: written before discovery was run on it, never tuned on.
 * None is a title of another template.
 */
export const ASPNET_TITLES: Record<string, string[]> = {
  work_news: ['国土资源局动态', '本局新闻', '局工作新闻'],
  notices: ['通知公告栏', '通知公告发布', '公告通知公示'],
  expro_notice: ['征地批准公告栏', '征收土地公告栏', '征地公告发布'],
  compensation_plan: ['征地补偿安置方案公告栏', '补偿安置方案公告发布', '征地补偿方案公示'],
  land_transfer_result: ['土地出让结果公示栏', '土地成交公示信息', '出让成交结果公告'],
  land_auction: ['土地出让公告栏目', '国有土地挂牌出让公告', '招拍挂出让公告信息'],
  supply_plan: ['国有建设用地供应计划公布', '土地供应计划公告栏', '供地计划公示'],
  laws_policies: ['政策法规规章', '法规规章文件', '国土资源法律法规'],
  plans: ['规划管理公示', '土地利用总体规划', '城乡规划信息'],
  mining_rights: ['矿业权出让公告栏', '采矿权挂牌出让公告', '矿业权交易公告'],
  real_estate_reg: ['不动产登记公告信息栏', '不动产登记公示栏', '不动产登记公告发布栏'],
  land_change_survey: ['土地变更调查公报', '土地利用变更调查', '年度土地变更调查公布'],
  disclosure_basics: ['政府信息公开年度报告栏', '信息公开工作年度报告书', '信息公开年报发布'],
  service_guide: ['办事指南栏目', '办事服务须知', '审批事项办事指南'],
  director_mailbox: ['局长信箱留言专栏', '局长信箱来信', '网上局长信箱'],
};
