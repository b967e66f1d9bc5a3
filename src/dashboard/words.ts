import type { Locale } from '../render/i18n.js';

/** The dashboard's own words; states and levels come from render/i18n, category names stay Chinese. */
const WORDS = {
  rankings: { 'zh-CN': '排名', en: 'Rankings' },
  stale: { 'zh-CN': '超期与空白', en: 'Stale & blank' },
  rates: { 'zh-CN': '公开率', en: 'Disclosure rates' },
  report: { 'zh-CN': '检查报告', en: 'Report' },
  rank: { 'zh-CN': '排名', en: 'Rank' },
  bureau: { 'zh-CN': '单位', en: 'Bureau' },
  province: { 'zh-CN': '省份', en: 'Province' },
  allProvinces: { 'zh-CN': '全部省份', en: 'All provinces' },
  filter: { 'zh-CN': '筛选', en: 'Filter' },
  score: { 'zh-CN': '得分', en: 'Score' },
  coverage: { 'zh-CN': '覆盖', en: 'Coverage' },
  vetoes: { 'zh-CN': '单项否决', en: 'Vetoes' },
  movement: { 'zh-CN': '变化', en: 'Movement' },
  newEntry: { 'zh-CN': '新', en: 'new' },
  unreadable: { 'zh-CN': '无法读取', en: 'unreadable' },
  category: { 'zh-CN': '指标项', en: 'Item' },
  state: { 'zh-CN': '状态', en: 'State' },
  points: { 'zh-CN': '得分', en: 'Points' },
  newest: { 'zh-CN': '最新信息', en: 'Newest item' },
  newestDate: { 'zh-CN': '最新日期', en: 'Newest date' },
  age: { 'zh-CN': '距今', en: 'Age' },
  why: { 'zh-CN': '说明', en: 'Why' },
  section: { 'zh-CN': '栏目', en: 'Section' },
  groups: { 'zh-CN': '分组得分', en: 'Groups' },
  history: { 'zh-CN': '各栏目检查记录', en: 'History of each section' },
  historyNote: {
    'zh-CN': '纵轴为每次检查时最新信息距今的天数；点的颜色表示状态。',
    en: 'Days since the newest item at each check; point colours show the state.',
  },
  noBureau: { 'zh-CN': '找不到该单位。', en: 'No such bureau.' },
  noData: { 'zh-CN': '还没有检查结果。', en: 'No check results yet.' },
  level: { 'zh-CN': '层级', en: 'Level' },
  bureaus: { 'zh-CN': '单位数', en: 'Bureaus' },
  publishing: { 'zh-CN': '开展网上公开', en: 'Publishing online' },
  inspected: { 'zh-CN': '检查单位', en: 'Inspected' },
  published: { 'zh-CN': '公开单位', en: 'Published' },
  downloads: { 'zh-CN': '下载', en: 'Download' },
  workbook: { 'zh-CN': '工作簿（xlsx）', en: 'Workbook (xlsx)' },
  page: { 'zh-CN': '第 {n} / {of} 页', en: 'Page {n} of {of}' },
  previous: { 'zh-CN': '上一页', en: 'Previous' },
  next: { 'zh-CN': '下一页', en: 'Next' },
  staleCount: { 'zh-CN': '共 {n} 个栏目，按未更新时间从长到短', en: '{n} sections, longest silent first' },
  checkedAt: { 'zh-CN': '检查时间', en: 'Checked at' },
  baseline: { 'zh-CN': '变化为与 {at} 的排名相比', en: 'Movement since the ranking of {at}' },
  trend: { 'zh-CN': '各层级平均得分（每周）', en: 'Average score per level, weekly' },
  switchTo: { 'zh-CN': 'English', en: '中文' },
} as const;

export type Word = keyof typeof WORDS;

export function word(locale: Locale, key: Word, params: Record<string, string | number> = {}): string {
  return WORDS[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
