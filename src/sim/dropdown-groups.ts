import { SECTION_PATHS } from './vocabulary.js';

/**
 * The menu of the twelfth navigation template (page-dropdown.ts) as data: a bureau's own site whose main
 * menu is a bar of groups, each a directory of the site (`/tdgl/`) with its columns under it
 * (`/tdgl/crgg/`). Groups in the bar's order; pure, and free of the model so the model can ask it where a
 * column lives.
 */

export interface DropdownGroup {
  name: string;
  dir: string;
  /** Entries in the menu's order: a watched category, or a column nobody watches (title and leaf). */
  entries: { category?: string; title?: string; leaf?: string }[];
}

const watched = (category: string) => ({ category });
const other = (title: string, leaf: string) => ({ title, leaf });

export const DROPDOWN_GROUPS: DropdownGroup[] = [
  { name: '机构概况', dir: 'jggk', entries: [other('领导之窗', 'ldzc'), other('历史沿革', 'lsyg')] },
  {
    name: '新闻中心',
    dir: 'xwzx',
    entries: [watched('work_news'), other('视频新闻', 'spxw'), watched('notices'), other('图片新闻', 'tpxw')],
  },
  {
    name: '政务公开',
    dir: 'zwgk',
    entries: [watched('laws_policies'), other('人事信息', 'rsxx'), watched('plans'), watched('disclosure_basics')],
  },
  {
    name: '土地管理',
    dir: 'tdgl',
    entries: [
      other('耕地保护', 'gdbh'),
      watched('land_auction'),
      watched('land_transfer_result'),
      watched('supply_plan'),
      watched('land_change_survey'),
    ],
  },
  { name: '征地信息', dir: 'zdxx', entries: [watched('expro_notice'), watched('compensation_plan')] },
  { name: '矿产管理', dir: 'kcgl', entries: [other('地质环境', 'dzhj'), watched('mining_rights')] },
  { name: '办事服务', dir: 'bsfw', entries: [watched('service_guide'), watched('real_estate_reg')] },
  { name: '互动交流', dir: 'hdjl', entries: [watched('director_mailbox'), other('网上调查', 'wsdc')] },
  {
    name: '党建园地',
    dir: 'djyd',
    entries: [other('党建工作', 'djgz'), other('工会活动', 'ghhd'), other('文明创建', 'wmcj')],
  },
];

/** The group a watched category sits in. */
export function dropdownGroupOf(category: string | undefined): DropdownGroup | undefined {
  return DROPDOWN_GROUPS.find((g) => g.entries.some((e) => e.category === category));
}

/** A column's directory (before any redesign): the group's, then the column's own pinyin initials. */
export function dropdownColumnPath(category: string): string {
  const leaf = (SECTION_PATHS[category] ?? category).split('/').at(-1);
  return `/${dropdownGroupOf(category)?.dir ?? 'qt'}/${leaf}/`;
}
