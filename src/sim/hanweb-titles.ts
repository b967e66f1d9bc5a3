/**
 * Column titles of the fifth navigation template (a Hanweb 集约化 site, page-hanweb.ts): written before
 * discovery was run on it, in the regional and long official wording such sites use; most are titles
 * indicators.yaml does not list as such.
 */
export const HANWEB_TITLES: Record<string, string[]> = {
  work_news: ['部门动态', '业务动态', '工作进展'],
  notices: ['公告信息', '最新通知', '公示通知'],
  expro_notice: ['土地征收', '征地批复公告', '征地信息'],
  compensation_plan: ['征地补偿', '补偿安置方案公告', '征收补偿安置'],
  land_transfer_result: ['成交公告', '土地成交结果', '国有建设用地使用权出让结果'],
  land_auction: ['国有建设用地使用权出让公告', '土地挂牌信息', '土地交易公告'],
  supply_plan: ['土地供应', '年度供地', '建设用地供应计划'],
  laws_policies: ['法规政策', '政策文件解读', '规章文件'],
  plans: ['规划批前公示', '规划成果', '国土空间规划公告'],
  mining_rights: ['矿产资源管理', '矿业权交易', '探采矿权出让'],
  real_estate_reg: ['登记信息', '不动产权籍公告', '不动产首次登记'],
  land_change_survey: ['国土变更调查', '土地调查', '三调成果'],
  disclosure_basics: ['信息公开年度报告', '政务公开年报', '年报'],
  service_guide: ['办事指引', '服务事项清单', '网上办事'],
  director_mailbox: ['局长留言', '民意通道', '书记局长信箱'],
};
