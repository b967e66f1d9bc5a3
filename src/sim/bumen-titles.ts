/**
 * Column titles of the ninth navigation template (a department sub-site on a city portal's 集约化
 * platform, page-bumen.ts), the HOLDOUT: written before discovery was run on it, never tuned on. The
 * platform's long official wording, as its 部门信息公开目录 names the nodes of every department; none is a
 * title of another template.
 */
export const BUMEN_TITLES: Record<string, string[]> = {
  work_news: ['部门工作动态', '本部门工作动态', '自然资源和规划工作动态'],
  notices: ['部门通知公告', '公告公示类信息', '本机关通知公告'],
  expro_notice: ['土地征收信息公开', '征收农用地和集体土地公告', '征收土地预公告及批后公告'],
  compensation_plan: ['征地补偿安置方案公告公示', '征收土地补偿安置信息', '被征地农民补偿安置方案'],
  land_transfer_result: ['国有建设用地使用权出让成交公示', '土地使用权出让结果信息', '土地出让结果公开'],
  land_auction: ['国有建设用地使用权公开出让公告', '土地使用权招标拍卖挂牌出让信息', '土地出让公告信息公开'],
  supply_plan: ['国有建设用地供应计划公开', '年度建设用地供应计划信息', '土地供应计划信息公开'],
  laws_policies: ['本部门规范性文件', '本部门政策文件', '政策文件及规范性文件'],
  plans: ['规划计划信息', '国土空间规划及专项规划', '发展规划与计划信息'],
  mining_rights: ['矿业权出让公告公示', '探矿权采矿权出让信息', '矿业权审批出让信息公开'],
  real_estate_reg: ['不动产登记公告公示', '不动产登记相关公告', '不动产权登记公告信息'],
  land_change_survey: ['年度国土变更调查成果公开', '土地利用变更调查信息', '国土调查成果信息'],
  disclosure_basics: ['部门政府信息公开工作年度报告', '本机关政府信息公开年报', '政府信息公开工作年报（部门）'],
  service_guide: ['部门办事指南', '办事服务事项指南', '依申请办理事项指南'],
  director_mailbox: ['部门领导信箱', '局（厅）长信箱', '主任信箱'],
};
