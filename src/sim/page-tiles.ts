import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  columnTitle,
  navPath,
  type SimBureau,
  type SimSection,
  sectionPath,
  TILES_PATH,
  visibleItems,
} from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';

/**
 * The sixth navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a 政府信息公开 page whose key fields are a grid of category tiles with item counts (the title in the
 * tile image's `alt` on some sites, as a caption run together with the count on others), and whose other
 * columns sit in an accordion of groups, collapsed. Columns live in a 法定主动公开内容 tree with numbered
 * groups. Among the tiles: a 土地市场 专题 that is no watched column, a download centre, an external
 * trading platform.
 */

const TILE_COLUMNS = [
  'expro_notice',
  'compensation_plan',
  'land_auction',
  'land_transfer_result',
  'supply_plan',
  'mining_rights',
  'real_estate_reg',
];

const ACCORDION: [string, string[]][] = [
  ['动态信息', ['work_news', 'notices']],
  ['政策文件', ['laws_policies']],
  ['规划与调查', ['plans', 'land_change_survey']],
  ['年度报告', ['disclosure_basics']],
  ['服务与互动', ['service_guide', 'director_mailbox']],
];

const DECOY = { title: '土地市场专题', path: 'ztzl/tdsc/' };
const DECOY_STEMS = [
  '前三季度全市土地市场运行分析',
  '土地出让收入情况通报',
  '优化土地出让方式 助力营商环境',
  '土地市场动态监测简报',
  '国有建设用地使用权出让工作座谈会召开',
];

function at(bureau: SimBureau, rest: string, today: Day): string {
  return navPath(bureau, `${TILES_PATH}${rest}`, today);
}

/** The homepage navigation's way in. */
export function tilesNavigation(bureau: SimBureau, today: Day): string {
  return `<li><a href="${at(bureau, '', today)}index.html">信息公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li>`;
}

function tile(href: string, title: string, count: number | null, alt: boolean, n: number): string {
  const num = count === null ? '' : String(count);
  return alt
    ? `<li class="tile"><a href="${href}"><img src="/images/gk/tile${n}.png" alt="${title}"><em class="num">${num}</em></a></li>`
    : `<li class="tile"><a href="${href}"><i class="ico ico${n}"></i><span class="name">${title}</span><b class="num">${num}</b></a></li>`;
}

function tilesPage(bureau: SimBureau, today: Day, charset: string): string {
  const alt = fnv1a(`tile-alt:${bureau.id}`) % 2 === 0;
  const link = (s: SimSection) => `${sectionPath(bureau, s, today)}index.html`;
  const count = (s: SimSection) => visibleItems(s, today, Number.MAX_SAFE_INTEGER).length;
  const tiles = [
    ...bureau.sections
      .filter((s) => TILE_COLUMNS.includes(s.category))
      .map((s, n) => tile(link(s), columnTitle(bureau, s.category), count(s), alt, n)),
    tile(`${at(bureau, DECOY.path, today)}index.html`, DECOY.title, 12, alt, 20),
    tile(`${at(bureau, 'xzzx/', today)}index.html`, '表格下载', null, alt, 21),
    tile('http://ggzy.gov.test/tdkc/', '公共资源交易平台', null, alt, 22),
  ].join('');
  const groups = ACCORDION.map(([group, categories]) => {
    const links = bureau.sections
      .filter((s) => categories.includes(s.category))
      .map((s) => `<li><a href="${link(s)}">${columnTitle(bureau, s.category)}</a></li>`)
      .join('');
    return `<div class="acc-item"><h4 class="acc-title" onclick="toggleAcc(this)">${group}<i class="arrow"></i></h4><ul class="acc-body" style="display:none">${links}</ul></div>`;
  }).join('');
  const head = ['政府信息公开指南', '政府信息公开制度', '依申请公开']
    .map((t, i) => `<a href="${at(bureau, `gk${i}/`, today)}index.html">${t}</a>`)
    .join('');
  return page(
    { bureau, today, charset, title: '政府信息公开', path: at(bureau, '', today) },
    `<div class="gk-top">${head}</div><h3>重点领域信息公开</h3><ul class="tiles">${tiles}</ul><div class="accordion">${groups}</div>`,
  );
}

/** The template's own pages at `path` (the tiles page, the 专题 column), if `path` is one. */
export function tilesPageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const home = at(bureau, '', today);
  if (path === home || path === `${home}index.html`) return () => tilesPage(bureau, today, charset);
  const decoy = at(bureau, DECOY.path, today);
  if (path === decoy || path === `${decoy}index.html`) {
    const column = { path: decoy, title: DECOY.title, stems: DECOY_STEMS };
    return () => renderDecoyColumn(bureau, today, charset, column);
  }
  return null;
}
