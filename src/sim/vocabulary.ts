/** The words of the simulated sites: which columns they carry, where, under which titles, with what items. */

/** The sections a bureau is watched on, in order of priority. */
export const WATCHED = [
  'work_news',
  'notices',
  'expro_notice',
  'compensation_plan',
  'land_transfer_result',
  'land_auction',
  'supply_plan',
  'laws_policies',
  'plans',
  'mining_rights',
  'real_estate_reg',
  'land_change_survey',
  'disclosure_basics',
  'service_guide',
  'director_mailbox',
];

/** Column paths the way real sites name them (pinyin initials). */
export const SECTION_PATHS: Record<string, string> = {
  work_news: 'xwdt/gzdt',
  notices: 'tzgg',
  expro_notice: 'zdgk/zdgg',
  compensation_plan: 'zdgk/bcaz',
  land_transfer_result: 'tdsc/crjg',
  land_auction: 'tdsc/crgg',
  supply_plan: 'tdgy/gyjh',
  laws_policies: 'zcfg',
  plans: 'ghjh',
  mining_rights: 'kyq/crgg',
  real_estate_reg: 'bdcdj',
  land_change_survey: 'dcjc/bgdc',
  disclosure_basics: 'xxgk/ndbg',
  service_guide: 'bszn',
  director_mailbox: 'hdjl/jzxx',
};

/** Column titles shown in navigation (the synonyms of indicators.yaml). */
export const SECTION_TITLES: Record<string, string> = {
  work_news: '工作动态',
  notices: '通知公告',
  expro_notice: '征地公告',
  compensation_plan: '征地补偿安置方案',
  land_transfer_result: '出让结果公示',
  land_auction: '土地出让公告',
  supply_plan: '土地供应计划',
  laws_policies: '政策法规',
  plans: '规划计划',
  mining_rights: '矿业权出让',
  real_estate_reg: '不动产登记',
  land_change_survey: '土地变更调查结果',
  disclosure_basics: '政府信息公开年度报告',
  service_guide: '办事指南',
  director_mailbox: '局长信箱',
};

/**
 * Column titles vary between sites; most are titles inspectors (and indicators.yaml) know, a few are not
 * (局内动态, 公示信息栏, …): discovery must find the first kind and admit it missed the second.
 */
export const TITLE_VARIANTS: Record<string, string[]> = {
  work_news: ['工作动态', '自然资源要闻', '新闻动态', '局内动态'],
  notices: ['通知公告', '公示公告', '公告公示'],
  expro_notice: ['征地公告', '征收土地公告', '征地信息公开'],
  compensation_plan: ['征地补偿安置方案', '补偿安置公告', '征地补偿安置公告'],
  land_transfer_result: ['出让结果公示', '成交公示', '供地结果'],
  land_auction: ['土地出让公告', '招拍挂公告', '土地招拍挂'],
  supply_plan: ['土地供应计划', '供地计划', '国有建设用地供应计划'],
  laws_policies: ['政策法规', '政策文件', '规范性文件'],
  plans: ['规划计划', '国土空间规划', '专项规划'],
  mining_rights: ['矿业权出让', '矿业权出让公告', '矿权交易信息'],
  real_estate_reg: ['不动产登记', '不动产登记公告', '登记资料查询'],
  land_change_survey: ['土地变更调查结果', '年度国土变更调查', '变更调查'],
  disclosure_basics: ['政府信息公开年度报告', '信息公开年报', '年度报告'],
  service_guide: ['办事指南', '服务指南', '政务服务事项'],
  director_mailbox: ['局长信箱', '领导信箱', '书记信箱'],
};

/** Mean days between publications for a diligent bureau. */
export const CADENCE: Record<string, number> = {
  work_news: 4,
  notices: 25,
  expro_notice: 40,
  compensation_plan: 45,
  land_transfer_result: 30,
  land_auction: 30,
  laws_policies: 50,
  plans: 120,
  mining_rights: 60,
  real_estate_reg: 20,
  land_change_survey: 200,
  service_guide: 90,
  director_mailbox: 15,
};

export const TITLE_STEMS: Record<string, string[]> = {
  work_news: [
    '召开土地卫片执法检查工作会议',
    '开展耕地保护专项督查',
    '部署国土空间规划编制工作',
    '举办不动产登记业务培训',
  ],
  notices: ['关于开展土地矿产卫片执法检查的通知', '关于公布行政许可事项清单的公告', '关于做好地质灾害防治工作的通知'],
  expro_notice: ['征收土地公告', '征收土地方案公告', '征地批复公告'],
  compensation_plan: ['征地补偿安置方案公告', '征地补偿安置方案公示'],
  land_transfer_result: ['国有建设用地使用权挂牌出让结果公示', '土地招标拍卖挂牌出让结果公示'],
  land_auction: ['国有建设用地使用权挂牌出让公告', '国有建设用地使用权拍卖出让公告'],
  laws_policies: ['关于进一步加强耕地保护的实施意见', '关于印发土地储备管理办法的通知', '政策解读：节约集约用地'],
  plans: ['国土空间总体规划公示', '矿产资源总体规划', '控制性详细规划批前公示'],
  mining_rights: ['采矿权挂牌出让公告', '探矿权出让结果公示', '矿业权转让公示'],
  real_estate_reg: ['不动产首次登记公告', '不动产权证书注销公告', '不动产登记更正公告'],
  land_change_survey: ['土地变更调查成果公示', '国土变更调查主要数据公报'],
  service_guide: ['建设用地规划许可办事指南', '不动产登记办事指南', '采矿权延续登记办事指南'],
  director_mailbox: ['关于宅基地审批的咨询与答复', '关于征地补偿标准的咨询与答复', '关于不动产登记的来信与答复'],
};

/** Columns published once a year, whose items name the year they cover. */
export const ANNUAL_COLUMNS = new Set(['supply_plan', 'disclosure_basics']);
