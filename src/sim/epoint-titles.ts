/**
 * Column titles of the twentieth navigation template (a county or city bureau's site on 新点 Epoint
 * WebBuilder, page-epoint.ts), the HOLDOUT: written before discovery was run on it, never tuned on. The
 * sites went up after the 2019 reform, when 国土资源局 became 自然资源和规划局 (自规局), and their categories
 * were named from the 政府信息公开 standard's lists and the bureau's own shorthand (自规, 公示, 专区, 信件):
 * none is a title of another template.
 */
export const EPOINT_TITLES: Record<string, string[]> = {
  work_news: ['自规动态', '规划资源动态', '单位工作动态'],
  notices: ['通知公告公示', '公示公告信息', '公告公示专栏'],
  expro_notice: ['征收土地公告公示', '土地征收批后公告', '征地批后信息'],
  compensation_plan: ['土地征收补偿安置方案', '安置补偿方案公告', '征地补偿安置方案公开'],
  land_transfer_result: ['国有建设用地成交公示', '供地结果公示', '土地出让成交公告'],
  land_auction: ['土地公开出让公告', '国有建设用地出让信息', '土地出让挂牌公告'],
  supply_plan: ['土地供应计划公告', '年度供地计划信息', '国有建设用地供应计划安排'],
  laws_policies: ['自然资源政策法规', '法律法规和政策', '政策文件法规'],
  plans: ['规划公示公告', '国土空间规划信息公开', '规划计划公示'],
  mining_rights: ['矿业权出让信息公告', '矿业权交易信息', '采矿权出让信息公开'],
  real_estate_reg: ['不动产登记公告专区', '不动产登记公告信息发布', '不动产权首次登记公告'],
  land_change_survey: ['年度国土变更调查成果', '国土调查成果公布', '国土变更调查成果发布'],
  disclosure_basics: ['政府信息公开年度报告专栏', '年度政府信息公开工作报告', '政府信息公开年度报告发布'],
  service_guide: ['政务服务事项指南', '公共服务事项办事指南', '办事指南查阅'],
  director_mailbox: ['局长信箱信件公开', '信件选登', '局长信箱回复'],
};
