/**
 * Column titles of the fourteenth navigation template (a city bureau's site whose 政府信息公开 section has a
 * 法定主动公开内容 table, page-gktable.ts), the HOLDOUT: written before discovery was run on it, never tuned
 * on. None is a title of another template.
 */
export const GKTABLE_TITLES: Record<string, string[]> = {
  work_news: ['自然资源和规划动态', '局工作动态', '规划资源工作动态'],
  notices: ['本局通知公告', '公告公示栏目', '公告及通知'],
  expro_notice: ['征收土地批准公告', '土地征收公告公示', '征地批后实施公告'],
  compensation_plan: ['征地补偿安置方案公告', '征收土地补偿安置方案', '补偿安置方案公开'],
  land_transfer_result: ['国有建设用地出让结果', '土地出让成交结果公示', '出让结果信息'],
  land_auction: ['建设用地使用权出让公告', '土地使用权出让公告', '土地招拍挂出让信息'],
  supply_plan: ['国有建设用地供应计划公告', '建设用地年度供应计划', '土地供应计划公开'],
  laws_policies: ['政策文件库', '规范性文件库', '政策法规公开'],
  plans: ['国土空间规划及计划', '规划信息发布', '规划计划公开'],
  mining_rights: ['矿业权出让公告信息', '探矿权采矿权出让公告', '矿业权出让结果及公告'],
  real_estate_reg: ['不动产登记公告公开', '不动产登记信息公告', '不动产登记事项公告'],
  land_change_survey: ['国土变更调查成果', '年度变更调查成果', '土地变更调查成果公布'],
  disclosure_basics: ['本局政府信息公开年度报告', '政府信息公开年报专栏', '年度政府信息公开报告'],
  service_guide: ['政务服务办事指南', '行政审批事项办事指南', '办事指南清单'],
  director_mailbox: ['局长信箱留言板', '市局长信箱', '致局长的信'],
};
