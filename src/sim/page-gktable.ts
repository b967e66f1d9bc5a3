import type { Day } from '../domain/types.js';
import {
  GK_GUIDE,
  GK_MENU_SECTIONS,
  GK_TABLE,
  type GkEntry,
  type GkGroup,
  gkEntryOf,
  gkMenuDir,
  gkRoot,
  gktableColumnPath,
  gkVariantOf,
} from './gktable-catalogue.js';
import {
  columnTitle,
  navPath,
  navStyle,
  type SimBureau,
  type SimItem,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { dateStyle, showDate } from './page-dates.js';
import { articleUrl } from './page-lists.js';

/**
 * The fourteenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a city 自然资源和规划局's site whose 政府信息公开 is a section of its own, as provinces' unified disclosure
 * platforms build it. The main menu names sections (新闻资讯, 政务公开, 政务服务, 公众参与, 专题专栏), not
 * columns; the homepage has news blocks whose headings are plain text beside a 更多>> link, a banner to the
 * disclosure section and a row of service icons. The disclosure page (page-gktable-gk.ts) has guide links
 * and a 法定主动公开内容 table; its column pages carry a left tree of the table's groups, only their own
 * group unfolded. The news and mailbox columns sit in the menu's sections, each with a landing page.
 */

export const gkVariant = (bureau: SimBureau, what: string, n: number) => gkVariantOf(bureau.id, what, n);

export interface GkLink {
  title: string;
  href: string;
  entry: GkEntry;
  section?: SimSection;
}

/** A column's link as the site writes it: its folder, or the folder's `index.html`. */
const suffix = (bureau: SimBureau) => ['', 'index.html'][gkVariant(bureau, 'idx', 2)] as string;

/** A group's columns this site carries, as links (watched columns it lacks are left out). */
export function gkLinks(bureau: SimBureau, group: GkGroup, today: Day): GkLink[] {
  return group.entries.flatMap((entry): GkLink[] => {
    if (!entry.category) {
      const title = entry.title as string;
      return [{ title, href: navPath(bureau, gktableColumnPath(bureau.id, title), today) + suffix(bureau), entry }];
    }
    const section = bureau.sections.find((s) => s.category === entry.category);
    if (!section) return [];
    const href = sectionPath(bureau, section, today) + suffix(bureau);
    return [{ title: columnTitle(bureau, entry.category), href, entry, section }];
  });
}

/** The disclosure section's page, as the menu and the banner link it. */
export const gkHome = (bureau: SimBureau, today: Day) =>
  navPath(bureau, gkRoot(bureau.id), today) + ['', 'index.html'][gkVariant(bureau, 'gkidx', 2)];
export const menuHome = (bureau: SimBureau, group: GkGroup, today: Day) =>
  navPath(bureau, gkMenuDir(bureau.id, group), today);
export const ZTZL_PATH = '/ztzl/';

const [NEWS, INTERACT] = GK_MENU_SECTIONS as [GkGroup, GkGroup];

/** The main menu after the chrome's 首页: sections, never a column. */
export function gktableNavigation(bureau: SimBureau, today: Day): string {
  const name = (what: string, names: string[]) => names[gkVariant(bureau, what, names.length)] as string;
  const items: [string, string][] = [
    [menuHome(bureau, NEWS, today), name('m1', ['新闻资讯', '资讯中心', '新闻中心'])],
    [gkHome(bureau, today), name('m2', ['政务公开', '信息公开'])],
    [`http://zwfw.${bureau.id}.gov.test/`, name('m3', ['政务服务', '网上办事'])],
    [menuHome(bureau, INTERACT, today), name('m4', ['公众参与', '互动交流'])],
    [navPath(bureau, ZTZL_PATH, today), '专题专栏'],
  ];
  return items.map(([href, text]) => `<li class="menu-item"><a href="${href}">${text}</a></li>`).join('');
}

function newest(bureau: SimBureau, section: SimSection, today: Day, n: number): string {
  const base = sectionPath(bureau, section, today);
  return visibleItems(section, today, n)
    .map(
      (i) =>
        `<li><a href="${articleUrl(base, i)}" target="_blank" title="${i.title}">${i.title}</a><span>${i.date}</span></li>`,
    )
    .join('');
}

/** A homepage block: a heading in plain text, a 更多>> link to the column, its newest items. */
function block(bureau: SimBureau, heading: string, more: string, items: string): string {
  if (gkVariant(bureau, 'blk', 2) === 0)
    return `<div class="news-box"><div class="tit">${heading}<a class="more" href="${more}" target="_blank">更多&gt;&gt;</a></div><ul>${items}</ul></div>`;
  return `<div class="news-box"><div class="box-hd"><span>${heading}</span><a href="${more}" class="more">更多>></a></div><ul class="box-list">${items}</ul></div>`;
}

/** The homepage: news blocks, the banner to 政府信息公开, a row of service icons. */
export function gktableHomepage(bureau: SimBureau, today: Day): string {
  const blocks = [
    ['work_news', ['工作动态', '规划资源要闻', '自然资源要闻'][gkVariant(bureau, 'h1', 3)] as string],
    ['notices', '通知公告'],
  ].flatMap(([category, heading]) => {
    const s = bureau.sections.find((x) => x.category === category);
    return s
      ? [block(bureau, heading as string, sectionPath(bureau, s, today) + suffix(bureau), newest(bureau, s, today, 7))]
      : [];
  });
  const banner = `<div class="gk-banner"><a href="${gkHome(bureau, today)}"><img src="/images/zfxxgk_banner.jpg" alt="政府信息公开"></a></div>`;
  const icons = [
    [`http://zwfw.${bureau.id}.gov.test/`, '网上办事大厅'],
    [`http://bdc.${bureau.id}.gov.test/yy/`, '不动产登记预约'],
    [`http://ggzy.${bureau.id}.gov.test/`, '公共资源交易'],
    [`http://${bureau.id}.tianditu.gov.test/`, '天地图'],
    [menuHome(bureau, INTERACT, today), '政民互动'],
  ]
    .map(
      ([href, t], k) =>
        `<li><a href="${href}" target="_blank"><img src="/images/fw/ico${k + 1}.png"><p>${t}</p></a></li>`,
    )
    .join('');
  return `<div class="index-news">${blocks.join('')}</div>${banner}<div class="fw-icons"><ul>${icons}</ul></div>`;
}

/** The disclosure section's left tree: the guide and the table's groups, only `open` unfolded. */
export function gkTree(bureau: SimBureau, today: Day, open?: GkGroup, current?: SimSection): string {
  const nodes = [GK_GUIDE, ...GK_TABLE]
    .map((g) => {
      const links = gkLinks(bureau, g, today)
        .map(
          (l) =>
            `<li${l.section && l.section === current ? ' class="cur"' : ''}><a href="${l.href}">${l.title}</a></li>`,
        )
        .join('');
      if (!links) return '';
      const fold = g === open ? '' : ' style="display:none"';
      return `<li class="tree-node"><span class="tree-hd" onclick="gkToggle(this)">${g === GK_GUIDE ? '公开指南' : g.name}</span><ul class="tree-bd"${fold}>${links}</ul></li>`;
    })
    .join('');
  const script = `<script>function gkToggle(s){var u=s.nextElementSibling;u.style.display=u.style.display==='none'?'block':'none';}</script>`;
  return `<div class="gk-tree"><div class="tree-title">法定主动公开内容</div><ul>${nodes}</ul></div>${script}`;
}

/** A menu section's left menu: its columns, the current one marked. */
export function gkMenuList(bureau: SimBureau, group: GkGroup, today: Day, current?: SimSection): string {
  const links = gkLinks(bureau, group, today)
    .map((l) => `<li${l.section && l.section === current ? ' class="on"' : ''}><a href="${l.href}">${l.title}</a></li>`)
    .join('');
  return `<div class="left-nav"><h3>${group.name}</h3><ul>${links}</ul></div>`;
}

/** The left side of a column page: breadcrumb, then the disclosure tree or the menu section's list. */
export function gktableLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  const found = current && gkEntryOf(current.category);
  if (!current || !found) return '';
  const title = columnTitle(bureau, current.category);
  const here = '<a href="/">首页</a>';
  if (GK_MENU_SECTIONS.includes(found.group)) {
    const crumbs = `<div class="weizhi">您现在的位置：${here} &gt; <a href="${menuHome(bureau, found.group, today)}">${found.group.name}</a> &gt; ${title}</div>`;
    return `${crumbs}${gkMenuList(bureau, found.group, today, current)}`;
  }
  const table = found.group === GK_GUIDE ? '' : ` &gt; 法定主动公开内容 &gt; ${found.group.name}`;
  const crumbs = `<div class="weizhi">您现在的位置：${here} &gt; <a href="${gkHome(bureau, today)}">政府信息公开</a>${table} &gt; ${title}</div>`;
  return `${crumbs}${gkTree(bureau, today, found.group, current)}`;
}

/** A document number (文号) as the table shows it: only some publications are numbered documents. */
function docNumber(bureau: SimBureau, item: SimItem): string {
  if (item.id % 2 === 0) return '';
  const prefix = ['自然资规', '自然资发', '规资字'][gkVariant(bureau, 'wh', 3)] as string;
  return `${prefix}〔${item.date.slice(0, 4)}〕${1 + (item.id % 60)}号`;
}

/**
 * A disclosure column's list on the sites whose CMS lists in tables: 序号 | 标题 | 文号 | 发布日期. Null for
 * other sites and the menu sections' columns, which keep the CMS's own list.
 */
export function gktableListBody(
  bureau: SimBureau,
  section: SimSection,
  base: string,
  items: SimItem[],
  today: Day,
): string | null {
  if (navStyle(bureau) !== 'gktable' || (bureau.family !== 'catalogue' && bureau.family !== 'trs-table')) return null;
  const found = gkEntryOf(section.category);
  if (!found || GK_MENU_SECTIONS.includes(found.group)) return null;
  const style = dateStyle(bureau, items, today);
  const rows = items
    .map(
      (i, k) =>
        `<tr><td>${k + 1}</td><td class="bt"><a href="${articleUrl(base, i)}" target="_blank" title="${i.title}">${i.title}</a></td><td>${docNumber(bureau, i)}</td><td>${showDate(i.date, style)}</td></tr>`,
    )
    .join('');
  return `<table class="gk-list" width="100%"><tr><th width="8%">序号</th><th>标题</th><th width="22%">文号</th><th width="14%">发布日期</th></tr>${rows}</table>`;
}
