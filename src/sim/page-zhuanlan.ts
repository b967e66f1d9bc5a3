import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  columnTitle,
  navPath,
  type SimBureau,
  type SimSection,
  sectionPath,
  visibleItems,
  ZHUANLAN_PATH,
} from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';

/**
 * The eighth navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a bureau's 政府信息公开专栏 on a province's 集约化 platform. The homepage reaches it only through an
 * `<area>` of an image map, a `<button onclick>` or an element's `data-href`. The 专栏 holds its 目录 in
 * an iframe (a bare page: a `<table>` of 类别 rows, links in the cells), a `<select>` of further columns
 * that navigates on change, blocks of newest items whose 更多 is a `>>` image, and the mailbox as a
 * button. Column pages carry the same iframe. Decoys: a 成片开发 专题 (its image's alt names 土地征收),
 * a download centre, an external platform, 互动 links. Half the sites are GBK.
 */

/** The 目录 iframe's table: 类别 rows of watched columns and of columns nobody watches. */
const CATALOGUE_ROWS: [string, string[], string[]][] = [
  ['重点领域', ['expro_notice', 'compensation_plan', 'land_transfer_result', 'mining_rights'], ['财政资金']],
  ['计划规划', ['plans', 'supply_plan', 'land_change_survey'], ['重大建设项目']],
  ['公开年报', ['disclosure_basics'], []],
  ['机构信息', [], ['机构职能', '领导简介', '人事信息']],
];
/** Columns only the `<select>` of the 专栏 (and of its column pages) offers. */
const SELECT_COLUMNS = ['laws_policies', 'real_estate_reg', 'service_guide'];
/** Columns the 专栏 shows as blocks of their newest items, with a `>>` image for 更多. */
const BLOCK_COLUMNS = ['work_news', 'notices', 'land_auction'];

const ZT = { title: '土地征收成片开发方案专题', path: 'zt/cpkf/' };
const ZT_STEMS = ['成片开发方案编制工作培训会召开', '解读《土地征收成片开发标准》', '我市成片开发方案通过省级审查'];

function at(bureau: SimBureau, rest: string, today: Day): string {
  return navPath(bureau, `${ZHUANLAN_PATH}${rest}`, today);
}

/** A column of the platform that nobody watches, by name. */
function channel(bureau: SimBureau, name: string, today: Day): string {
  return at(bureau, `zrzyj/lm_${10000 + (fnv1a(`lm8:${bureau.id}:${name}`) % 90000)}/`, today);
}

const variant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}8:${bureau.id}`) % n;

/** A way in that is no `<a href>`: an image map's area, a button, an element with `data-href`. */
function jump(bureau: SimBureau, href: string, text: string, key: string): string {
  switch (variant(bureau, key, 3)) {
    case 0:
      return `<img src="/images/${key}.png" usemap="#map-${key}" alt="" border="0"><map name="map-${key}"><area shape="rect" coords="0,0,180,42" href="${href}" alt="${text}" target="_blank"></map>`;
    case 1:
      return `<button type="button" class="btn" onclick="window.open('${href}')">${text}</button>`;
    default:
      return `<span class="nav-item" data-href="${href}" onclick="location.href=this.getAttribute('data-href')">${text}</span>`;
  }
}

/** The homepage navigation's way in: the 专栏 behind an image map, a button or a data-href. */
export function zhuanlanNavigation(bureau: SimBureau, today: Day): string {
  return `<li>${jump(bureau, `${at(bureau, '', today)}index.html`, '政府信息公开专栏', 'gkzl')}</li><li><a href="/hdjl/">互动交流</a></li><li><button type="button" onclick="location.href='/bsfw/'">办事服务</button></li>`;
}

const columnHref = (bureau: SimBureau, s: SimSection, today: Day) => `${sectionPath(bureau, s, today)}index.html`;

/** The iframe of the 目录 and the column `<select>`, on the 专栏 and on every column page. */
export function zhuanlanCatalogue(bureau: SimBureau, today: Day): string {
  const options = bureau.sections
    .filter((s) => SELECT_COLUMNS.includes(s.category))
    .map((s) => `<option value="${columnHref(bureau, s, today)}">${columnTitle(bureau, s.category)}</option>`)
    .join('');
  return `<div class="gkzl-ml"><div class="ml-hd">信息公开目录</div><iframe src="${at(bureau, 'ml.html', today)}" name="mlFrame" id="mlFrame" width="100%" height="560" frameborder="0" scrolling="no"></iframe></div>
<div class="gkzl-select">栏目导航：<select name="lm" onchange="if(this.value){window.location.href=this.value;}"><option value="">--请选择栏目--</option>${options}</select></div>`;
}

/** The iframe's page: a bare table of 类别 rows, the links opening in the parent page. */
function cataloguePage(bureau: SimBureau, today: Day, charset: string): string {
  const rows = CATALOGUE_ROWS.map(([group, categories, unwatched]) => {
    const cells = [
      ...bureau.sections
        .filter((s) => categories.includes(s.category))
        .map((s) => [columnHref(bureau, s, today), columnTitle(bureau, s.category)]),
      ...unwatched.map((t) => [`${channel(bureau, t, today)}index.html`, t]),
    ].map(([href, t]) => `<td><a href="${href}" target="_parent">${t}</a></td>`);
    return cells.length === 0 ? '' : `<tr><td class="lb">${group}</td>${cells.join('')}</tr>`;
  }).join('');
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>信息公开目录</title><link rel="stylesheet" href="/css/ml.css"></head>
<body><table class="gkml" cellspacing="0" cellpadding="0"><tr><th>类别</th><th colspan="4">栏目</th></tr>${rows}</table></body></html>`;
}

/** A 更多 that is an image: with an alt of `>>` or 更多 on some sites, without any on others. */
function moreImage(bureau: SimBureau, href: string): string {
  const alt = ['alt=">>"', 'alt="更多"', ''][variant(bureau, 'more', 3)];
  return `<a href="${href}" class="more" target="_blank"><img src="/images/more_gk.gif" ${alt}></a>`;
}

function block(bureau: SimBureau, s: SimSection, today: Day): string {
  const base = sectionPath(bureau, s, today);
  const items = visibleItems(s, today, 5)
    .map((i) => `<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><span>${i.date}</span></li>`)
    .join('');
  return `<div class="gk-box"><div class="box-hd"><span class="box-name">${columnTitle(bureau, s.category)}</span>${moreImage(bureau, columnHref(bureau, s, today))}</div><ul>${items}</ul></div>`;
}

function zhuanlanPage(bureau: SimBureau, today: Day, charset: string): string {
  const blocks = bureau.sections
    .filter((s) => BLOCK_COLUMNS.includes(s.category))
    .map((s) => block(bureau, s, today))
    .join('');
  const mailbox = bureau.sections.find((s) => s.category === 'director_mailbox');
  const interact = mailbox
    ? jump(bureau, columnHref(bureau, mailbox, today), columnTitle(bureau, mailbox.category), 'mail')
    : '';
  const head = ['政府信息公开指南', '政府信息公开制度', '依申请公开']
    .map((t) => `<a href="${channel(bureau, t, today)}index.html">${t}</a>`)
    .join('');
  const side = `<div class="gk-side"><div class="zt"><a href="${at(bureau, ZT.path, today)}index.html"><img src="/images/zt/cpkf.jpg" alt="${ZT.title}"></a></div>
<ul class="fw"><li><a href="${at(bureau, 'xzzx/', today)}index.html">表格下载</a></li><li><a href="http://ggzy.gov.test/tdkc/" target="_blank">土地矿业权网上交易平台</a></li><li><a href="/hdjl/zxft/">在线访谈</a></li><li><a href="/hdjl/wsdc/">网上调查</a></li></ul><div class="hd">${interact}</div></div>`;
  return page(
    { bureau, today, charset, title: '政府信息公开专栏', path: at(bureau, '', today) },
    `<div class="gkzl-head">${head}</div>${zhuanlanCatalogue(bureau, today)}<div class="gkzl-main">${blocks}</div>${side}`,
  );
}

/** The template's own pages at `path` (the 专栏, its 目录 iframe, the 专题), if `path` is one. */
export function zhuanlanPageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const home = at(bureau, '', today);
  if (path === home || path === `${home}index.html`) return () => zhuanlanPage(bureau, today, charset);
  if (path === at(bureau, 'ml.html', today)) return () => cataloguePage(bureau, today, charset);
  const zt = at(bureau, ZT.path, today);
  if (path === zt || path === `${zt}index.html`) {
    return () => renderDecoyColumn(bureau, today, charset, { path: zt, title: ZT.title, stems: ZT_STEMS });
  }
  return null;
}
