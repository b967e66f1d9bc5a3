/**
 * Column titles of the twenty-second navigation template (a city or county 自然资源局's site on 博达 VSB,
 * page-vsb.ts), the HOLDOUT: written before discovery was run on it, never tuned on. The bureaus named the
 * columns when their sites were rebuilt after the 2019 reform, in the words of the 2019 disclosure rules and
 * of the offices' own notice boards; none is a title of another template.
 */
export const VSB_TITLES: Record<string, string[]> = {
  work_news: ['政务要闻', '自然资源工作要闻', '自然资源和规划新闻'],
  notices: ['公告通告', '通知和公告', '最新公示公告'],
  expro_notice: ['征收土地预公告', '征地报批信息', '征收信息公开'],
  compensation_plan: ['征地补偿安置', '征收补偿方案', '安置补偿方案公开'],
  land_transfer_result: ['土地出让结果公示', '成交信息', '国有土地出让结果公示'],
  land_auction: ['土地出让', '国有土地招拍挂', '出让信息'],
  supply_plan: ['国有建设用地供应', '年度土地供应', '供地计划信息公开'],
  laws_policies: ['政策文件汇编', '法律法规及规范性文件', '政策法规解读'],
  plans: ['批前公示', '规划信息公示', '国土空间规划编制'],
  mining_rights: ['矿业权管理', '矿业权出让转让', '采矿权公告'],
  real_estate_reg: ['不动产登记服务', '不动产权属公告', '登记公告栏'],
  land_change_survey: ['自然资源调查监测', '国土调查监测', '变更调查数据'],
  disclosure_basics: ['政府信息公开年报发布', '年报发布', '年度报告公开'],
  service_guide: ['便民服务', '审批服务事项', '政务服务事项清单'],
  director_mailbox: ['信件公开', '局长信箱选登', '群众来信回复'],
};
