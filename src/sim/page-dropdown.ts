import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { DROPDOWN_GROUPS, type DropdownGroup, dropdownGroupOf } from './dropdown-groups.js';
import { columnTitle, navPath, type SimBureau, type SimSection, sectionPath, visibleItems } from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';

/**
 * The twelfth navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a bureau's own TRS-style site whose main menu is a bar of group names (新闻中心, 政务公开, 土地管理, …),
 * each opening on hover a drop-down (`<div class="sub">`, hidden by CSS) of its first columns. A group's
 * name links to its landing page: a 当前位置 breadcrumb, a left sub-menu of all its columns, and a box per
 * column with its newest items and 更多. The homepage has tabbed blocks (通知公告 | 工作动态, 土地市场, …)
 * with 更多, 专题 banners and links to outside platforms. Column pages carry the group's left sub-menu.
 */

const variant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}12:${bureau.id}`) % n;

interface Entry {
  title: string;
  href: string;
  section?: SimSection;
}

/** A group's entries this site carries, as links (watched columns it lacks are left out). */
function entries(bureau: SimBureau, group: DropdownGroup, today: Day): Entry[] {
  return group.entries.flatMap((e): Entry[] => {
    if (!e.category) return [{ title: e.title as string, href: navPath(bureau, `/${group.dir}/${e.leaf}/`, today) }];
    const section = bureau.sections.find((s) => s.category === e.category);
    if (!section) return [];
    return [{ title: columnTitle(bureau, e.category), href: sectionPath(bureau, section, today), section }];
  });
}

const groupHref = (bureau: SimBureau, group: DropdownGroup, today: Day) =>
  navPath(bureau, `/${group.dir}/`, today) + ['', 'index.html'][variant(bureau, 'idx', 2)];

/** How many columns a group's drop-down lists: the rest are on its landing page only. */
const dropCount = (bureau: SimBureau) => 2 + variant(bureau, 'drop', 2);

/** The bar of groups with their drop-downs, after the chrome's 首页. */
export function dropdownNavigation(bureau: SimBureau, today: Day): string {
  const n = dropCount(bureau);
  const items = DROPDOWN_GROUPS.map((g) => {
    const subs = entries(bureau, g, today)
      .slice(0, n)
      .map((e) => `<li><a href="${e.href}">${e.title}</a></li>`)
      .join('');
    return `<li class="nav-item"><a class="nav-t" href="${groupHref(bureau, g, today)}">${g.name}</a><div class="sub"><ul>${subs}</ul></div></li>`;
  }).join('');
  const css = '<style>.nav .sub{display:none;position:absolute}.nav .nav-item:hover .sub{display:block}</style>';
  return `${items}${css}`;
}

/** The left sub-menu of a group's pages: every column of the group, the current one marked. */
export function dropdownLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  const group = dropdownGroupOf(current?.category);
  if (!group) return '';
  const links = entries(bureau, group, today)
    .map((e) => `<li${e.section === current ? ' class="on"' : ''}><a href="${e.href}">${e.title}</a></li>`)
    .join('');
  const crumbs = `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="${groupHref(bureau, group, today)}">${group.name}</a> &gt; ${current ? columnTitle(bureau, current.category) : ''}</div>`;
  return `${crumbs}<div class="left-menu"><h3>${group.name}</h3><ul>${links}</ul></div>`;
}

function newest(bureau: SimBureau, section: SimSection, today: Day, n: number): string {
  const base = sectionPath(bureau, section, today);
  return visibleItems(section, today, n)
    .map((i) => `<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><span>${i.date}</span></li>`)
    .join('');
}

/** A homepage block: tabs of watched columns, each pane with its newest items and a 更多. */
function tabBlock(bureau: SimBureau, today: Day, name: string, categories: string[]): string {
  const sections = categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));
  if (sections.length === 0) return '';
  const tabs = sections
    .map(
      (s, k) =>
        `<li${k === 0 ? ' class="on"' : ''} onmouseover="tab(this,${k})">${columnTitle(bureau, s.category)}</li>`,
    )
    .join('');
  const panes = sections
    .map(
      (s, k) =>
        `<div class="tab-pane"${k === 0 ? '' : ' style="display:none"'}><ul>${newest(bureau, s, today, 6)}</ul><a class="more" href="${sectionPath(bureau, s, today)}">更多&gt;&gt;</a></div>`,
    )
    .join('');
  return `<div class="block"><div class="block-hd"><h3>${name}</h3><ul class="tabs">${tabs}</ul></div><div class="block-bd">${panes}</div></div>`;
}

/** The homepage's blocks, 专题 banners and outside platforms. */
export function dropdownHomepage(bureau: SimBureau, today: Day): string {
  const news = variant(bureau, 'news', 2) === 0 ? ['notices', 'work_news'] : ['notices'];
  const blocks = [
    tabBlock(bureau, today, '信息发布', news),
    tabBlock(bureau, today, '土地市场', ['land_auction', 'land_transfer_result']),
    tabBlock(bureau, today, '征地信息', ['expro_notice', 'compensation_plan']),
  ].join('');
  const video = navPath(bureau, '/xwzx/spxw/', today);
  const zt = `<div class="zt-banner"><a href="/zt/tdr/"><img src="/images/zt_tdr.jpg" alt="全国土地日"></a><a href="/zt/xxgc/"><img src="/images/zt_xxgc.jpg" alt="学习贯彻党的二十大精神专题"></a><a href="${video}"><img src="/images/spxw.jpg" alt="视频新闻"></a></div>`;
  const host = bureau.id;
  const platforms = `<div class="pt-links"><a href="http://bdc.${host}.gov.test/" target="_blank">不动产登记网上预约</a><a href="http://ggzy.${host}.gov.test/" target="_blank">公共资源交易中心</a><a href="http://zwfw.${host}.gov.test/" target="_blank">网上办事大厅</a></div>`;
  return `${blocks}${zt}${platforms}`;
}

/** A group's landing page: breadcrumb, left sub-menu, a box of newest items per column. */
function groupPage(bureau: SimBureau, group: DropdownGroup, today: Day, charset: string): string {
  const list = entries(bureau, group, today);
  const menu = list.map((e) => `<li><a href="${e.href}">${e.title}</a></li>`).join('');
  const boxes = list
    .filter((e) => e.section)
    .map((e) => {
      const s = e.section as SimSection;
      return `<div class="lm-box"><div class="lm-hd"><span>${e.title}</span><a class="more" href="${e.href}">更多</a></div><ul>${newest(bureau, s, today, 5)}</ul></div>`;
    })
    .join('');
  return page(
    { bureau, today, charset, title: group.name, path: navPath(bureau, `/${group.dir}/`, today) },
    `<div class="position">当前位置：<a href="/">首页</a> &gt; ${group.name}</div><div class="left-menu"><h3>${group.name}</h3><ul>${menu}</ul></div><div class="right-con">${boxes}</div>`,
  );
}

const DECOY_STEMS: Record<string, string[]> = {
  领导之窗: ['局领导分工调整', '局领导班子成员简介'],
  历史沿革: ['本局机构沿革', '历任领导名录'],
  视频新闻: ['全国土地日宣传片', '耕地保护公益短片'],
  图片新闻: ['野外地质调查掠影', '不动产登记窗口剪影'],
  人事信息: ['公开招聘工作人员公告', '干部任前公示'],
  耕地保护: ['耕地保护宣传月活动', '田长制工作推进会'],
  地质环境: ['地质灾害隐患点巡查', '矿山地质环境治理'],
  网上调查: ['关于网站改版的问卷调查', '群众满意度调查'],
  党建工作: ['开展主题党日活动', '召开党风廉政建设会议'],
  工会活动: ['职工趣味运动会', '三八节女职工活动'],
  文明创建: ['志愿服务进社区', '文明单位创建推进会'],
};

/** The template's own pages at `path` (group landings, columns nobody watches), if `path` is one. */
export function dropdownPageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const is = (p: string) => path === p || path === `${p}index.html`;
  for (const group of DROPDOWN_GROUPS) {
    if (is(navPath(bureau, `/${group.dir}/`, today))) return () => groupPage(bureau, group, today, charset);
    for (const e of group.entries) {
      const at = navPath(bureau, `/${group.dir}/${e.leaf}/`, today);
      if (e.title && is(at)) {
        const column = { path: at, title: e.title, stems: DECOY_STEMS[e.title] ?? [e.title] };
        return () => renderDecoyColumn(bureau, today, charset, column);
      }
    }
  }
  return null;
}
