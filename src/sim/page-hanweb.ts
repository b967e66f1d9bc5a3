import type { Day } from '../domain/types.js';
import {
  columnTitle,
  hanwebColumnId,
  navPath,
  type SimBureau,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';

/**
 * The fifth navigation template, written before discovery was run on it: a Hanweb 集约化 site. Every
 * column is `/col/colNNNNN/index.html`; the homepage's mega-menu has two levels (a group, then its
 * columns, hidden until hovered), and most columns are listed only on the 法定主动公开内容 page, a table
 * (序号 / 目录名称 / 内容描述 / 信息数) reached through the 政务公开 landing page. The menu also links
 * columns that are no watched one: a 专题 of 征地 news, downloads, an external 政务服务网.
 */

/** A Hanweb column path by its name (the landing page, the 目录, the menu's other columns). */
function col(bureau: SimBureau, name: string, today: Day): string {
  return navPath(bureau, `/col/col${hanwebColumnId(bureau.id, name)}/`, today);
}

const ZT = { title: '征地拆迁专题', name: 'zt-zdcq' };
const ZT_STEMS = [
  '全区征地拆迁工作推进会召开',
  '征地拆迁政策宣传进村入户',
  '被征地农民社会保障政策问答',
  '征地补偿标准政策解读',
  '征地拆迁典型经验交流',
];

/** Columns of the menu per group; the rest of the watched columns are on the 目录 table only. */
const MENU_GROUPS: [string, string[], string[]][] = [
  ['政务公开', ['laws_policies', 'notices', 'disclosure_basics'], ['政府信息公开指南']],
  ['新闻中心', ['work_news'], ['图片新闻', '视频新闻']],
  ['互动交流', ['director_mailbox'], ['在线访谈', '意见征集']],
  ['办事服务', ['service_guide'], ['表格下载']],
];
const MENU_ONLY = new Set(['work_news', 'director_mailbox', 'service_guide']);

function sectionLink(bureau: SimBureau, s: SimSection, today: Day): string {
  return `<a href="${sectionPath(bureau, s, today)}index.html" target="_blank">${columnTitle(bureau, s.category)}</a>`;
}

/** The homepage navigation: a two-level mega-menu. */
export function hanwebNavigation(bureau: SimBureau, today: Day): string {
  const groups = MENU_GROUPS.map(([group, categories, others]) => {
    const sections = bureau.sections.filter((s) => categories.includes(s.category));
    const subs = [
      ...sections.map((s) => `<dd>${sectionLink(bureau, s, today)}</dd>`),
      ...others.map((o) => `<dd><a href="${col(bureau, o, today)}index.html">${o}</a></dd>`),
    ].join('');
    const top =
      group === '政务公开'
        ? `${col(bureau, group, today)}index.html`
        : sections[0]
          ? `${sectionPath(bureau, sections[0], today)}index.html`
          : `${col(bureau, group, today)}index.html`;
    return `<li class="nav-li"><a class="nav-a" href="${top}">${group}</a><div class="nav-drop" style="display:none"><dl><dt>${group}</dt>${subs}</dl></div></li>`;
  }).join('');
  const zt = `<li class="nav-li"><a class="nav-a" href="${col(bureau, ZT.name, today)}index.html">专题专栏</a><div class="nav-drop" style="display:none"><dl><dd><a href="${col(bureau, ZT.name, today)}index.html">${ZT.title}</a></dd><dd><a href="http://zwfw.zj.gov.test/">浙江政务服务网</a></dd></dl></div></li>`;
  return groups + zt;
}

/** The homepage's tab box (its 更多 links carry no heading) and its decoys. */
export function hanwebHomepage(bureau: SimBureau, today: Day): string {
  const tabs = bureau.sections.filter((s) => s.category === 'notices' || s.category === 'work_news');
  const panes = tabs
    .map((s) => {
      const base = sectionPath(bureau, s, today);
      const items = visibleItems(s, today, 6)
        .map(
          (i) => `<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><span>${i.date}</span></li>`,
        )
        .join('');
      return `<div class="tab-pane"><ul>${items}</ul><a class="more" href="${base}index.html">更多</a></div>`;
    })
    .join('');
  const heads = tabs.map((s) => `<span>${columnTitle(bureau, s.category)}</span>`).join('');
  return `<div class="tab-box"><div class="tab-hd">${heads}</div><div class="tab-bd">${panes}</div></div>
<div class="zt-banner"><a href="${col(bureau, ZT.name, today)}index.html"><img src="/picture/0/zt.jpg" alt="${ZT.title}"></a></div>
<div class="down"><a href="/module/download/downfile.jsp?classid=0&filename=zdbc.doc">征地补偿标准下载</a></div>`;
}

function landing(bureau: SimBureau, today: Day, charset: string): string {
  const annual = bureau.sections.find((s) => s.category === 'disclosure_basics');
  const links = [
    `<li><a href="${col(bureau, '政府信息公开指南', today)}index.html">政府信息公开指南</a></li>`,
    `<li><a href="${col(bureau, '政府信息公开制度', today)}index.html">政府信息公开制度</a></li>`,
    `<li><a href="${col(bureau, '法定主动公开内容', today)}index.html">法定主动公开内容</a></li>`,
    `<li><a href="${col(bureau, '依申请公开', today)}index.html">依申请公开</a></li>`,
    ...(annual ? [`<li>${sectionLink(bureau, annual, today)}</li>`] : []),
  ].join('');
  return page(
    { bureau, today, charset, title: '政务公开', path: col(bureau, '政务公开', today) },
    `<div class="zwgk-entry"><ul class="entry">${links}</ul></div>`,
  );
}

/** The 法定主动公开内容 page: a table of columns, its key fields under a heading row of their own. */
function directory(bureau: SimBureau, today: Day, charset: string): string {
  const listed = bureau.sections.filter((s) => !MENU_ONLY.has(s.category));
  const key = (s: SimSection) => /^(land|expro|compensation|supply|mining)/.test(s.category);
  const row = (s: SimSection, n: number) => {
    const title = columnTitle(bureau, s.category);
    const count = visibleItems(s, today, Number.MAX_SAFE_INTEGER).length;
    return `<tr><td>${n}</td><td class="mc">${sectionLink(bureau, s, today)}</td><td>主动公开本机关${title}相关信息</td><td>${count}</td></tr>`;
  };
  const rows = [
    `<tr class="sub"><td colspan="4">一般公开事项</td></tr>`,
    ...listed.filter((s) => !key(s)).map(row),
    `<tr class="sub"><td colspan="4">重点领域信息公开</td></tr>`,
    ...listed.filter(key).map(row),
    `<tr><td></td><td class="mc"><a href="http://zdxx.zrzyt.gov.test/">征地信息公开查询平台</a></td><td>省级平台</td><td></td></tr>`,
  ].join('');
  return page(
    { bureau, today, charset, title: '法定主动公开内容', path: col(bureau, '法定主动公开内容', today) },
    `<div class="gkml-box"><h2>法定主动公开内容</h2><table class="gkml-table" width="100%"><tr class="th"><td>序号</td><td>目录名称</td><td>内容描述</td><td>信息数</td></tr>${rows}</table></div>`,
  );
}

/** The template's own pages at `path` (landing, 目录, the 专题 column), if `path` is one. */
export function hanwebPage(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const at = (name: string) => path === col(bureau, name, today) || path === `${col(bureau, name, today)}index.html`;
  if (at('政务公开')) return () => landing(bureau, today, charset);
  if (at('法定主动公开内容')) return () => directory(bureau, today, charset);
  if (at(ZT.name)) {
    const column = { path: col(bureau, ZT.name, today), title: ZT.title, stems: ZT_STEMS };
    return () => renderDecoyColumn(bureau, today, charset, column);
  }
  return null;
}
