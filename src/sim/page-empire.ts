import type { Day } from '../domain/types.js';
import { empireDialect } from './empire-addresses.js';
import {
  EMPIRE_TREES,
  type EmpireEntry,
  type EmpireGroup,
  empireClassId,
  empireGroupOf,
  empirePick,
  empireTree,
} from './empire-catalogue.js';
import { columnTitle, navStyle, type SimBureau, type SimItem, type SimSection, sectionPath } from './model.js';
import { articleNumber, articleOfNumber } from './numbered-catalogue.js';
import { type NumberedSite, numberedArticleHref, numberedList } from './numbered-site.js';
import { empireListRows, empirePagebar } from './page-empire-lists.js';
import { templatePager } from './page-template-pager.js';

/**
 * The twenty-first navigation template, the HOLDOUT, written before discovery was run on it and never
 * tuned on: a city or county bureau's site on 帝国CMS (EmpireCMS), bought from a local web firm as a
 * template of `/skin/default/` styles. A table-free div layout of its era: a `#nav` bar of the 大栏目 whose
 * drop-downs are nested lists on some sites, a second bar of `#subnav` rows that `showsubmenu(n)` swaps on
 * others, none on a few; a 大栏目's page a cover of boxes or a list of all its children's news; column
 * pages with the CMS's `[!--newsnav--]` breadcrumb (您当前的位置：首页&nbsp;>&nbsp;…) and a `.lmlist` of the
 * 大栏目's columns. Lists are `ul.newslist` rows or table rows under the CMS's `[!--show.listpage--]` pager.
 */

export const empireVariant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => empirePick(bureau.id, what, n);

/** Whether a site's 大栏目 pages list their columns' news merged (列表式) rather than a cover of boxes. */
export const empireMergedGroups = (bureauId: string) => empirePick(bureauId, 'bigclass', 2) === 0;

const SITES = new WeakMap<SimBureau, NumberedSite>();

/** The day an item of column `id` was published, for its article's folder. */
function itemDay(bureau: SimBureau, id: number, itemId: number): Day {
  const section = bureau.sections.find((s) => empireClassId(bureau.id, s.category) === id);
  return section?.items.find((i) => i.id === itemId)?.date ?? section?.items[0]?.date ?? '2015-06-01';
}

/** The site's columns and addresses as a numbered site; an article is served only at the address it was written to. */
export function empireSite(bureau: SimBureau): NumberedSite {
  let site = SITES.get(bureau);
  if (!site) {
    const dialect = empireDialect(bureau.id);
    const articleAt = (id: number, itemId: number) =>
      dialect.article(id, articleNumber(id, itemId), itemDay(bureau, id, itemId));
    site = {
      groups: empireTree(bureau.id),
      columnId: empireClassId,
      listPath: (_, id, page) => dialect.list(id, page),
      articlePath: (_, id, itemId) => articleAt(id, itemId),
      read: (_, path, params) => {
        const asked = dialect.read(path, params);
        if (!asked || !('article' in asked)) return asked;
        const { columnId, itemId } = articleOfNumber(asked.article);
        const written = articleAt(columnId, itemId);
        const at =
          dialect.name === 'dynamic' ? `${path}?classid=${params.get('classid')}&id=${params.get('id')}` : path;
        return written === at ? { article: { columnId, itemId } } : null;
      },
    };
    SITES.set(bureau, site);
  }
  return site;
}

/** A list address (a column's, a 大栏目's, a page of one) on `today`. */
export const empireList = (bureau: SimBureau, id: number, today: Day, pageNo = 1) =>
  numberedList(empireSite(bureau), bureau, id, today, pageNo);

/** An item's article address on `today`. */
export const empireArticleHref = (bureau: SimBureau, s: SimSection, i: SimItem, today: Day) =>
  numberedArticleHref(empireSite(bureau), bureau, s, i, today);

export interface EmpireLink {
  title: string;
  href: string;
  entry: EmpireEntry;
  section?: SimSection;
}

/** A 大栏目's columns this site carries, as links (watched ones it lacks left out, 外部栏目 to where they point). */
export function empireEntries(bureau: SimBureau, group: EmpireGroup, today: Day): EmpireLink[] {
  return group.entries.flatMap((entry): EmpireLink[] => {
    if (entry.external) return [{ title: entry.title as string, href: entry.external, entry }];
    if (!entry.category) {
      const title = entry.title as string;
      return [{ title, href: empireList(bureau, empireClassId(bureau.id, title), today), entry }];
    }
    const section = bureau.sections.find((s) => s.category === entry.category);
    if (!section) return [];
    return [{ title: columnTitle(bureau, entry.category), href: sectionPath(bureau, section, today), entry, section }];
  });
}

/** Where a menu entry goes: a 大栏目's page, or a column on the menu itself. */
export function empireGroupHref(bureau: SimBureau, group: EmpireGroup, today: Day): string {
  if (group.leaf) return empireEntries(bureau, group, today)[0]?.href ?? '/';
  return empireList(bureau, empireClassId(bureau.id, `group:${group.name}`), today);
}

const subLinks = (bureau: SimBureau, group: EmpireGroup, today: Day, sep: string) =>
  empireEntries(bureau, group, today)
    .map((e) => `<a href="${e.href}"${e.entry.external ? ' target="_blank"' : ''}>${e.title}</a>`)
    .join(sep);

const DROP_SCRIPT =
  '<script type="text/javascript">$(function(){$("#nav li.m").hover(function(){$(this).children("ul.sub").show();},function(){$(this).children("ul.sub").hide();});});</script>';
const SUBMENU_SCRIPT =
  '<script type="text/javascript">function showsubmenu(n){var d=document.getElementById("subnav").getElementsByTagName("div");for(var i=0;i<d.length;i++){d[i].style.display=(d[i].id=="sub"+n)?"block":"none";}}</script>';

/** The header: the logo, the CMS's title search, and the `#nav` of the 大栏目 with the site's kind of drop-down. */
export function empireNavigation(bureau: SimBureau, today: Day): string {
  const tree = empireTree(bureau.id);
  const kind = empireVariant(bureau, 'menu', 5);
  const home = ['网站首页', '首 页', '首页'][empireVariant(bureau, 'home', 3)];
  const items = tree
    .map((g, k) => {
      const href = empireGroupHref(bureau, g, today);
      if (kind < 2 && !g.leaf) {
        const subs = empireEntries(bureau, g, today)
          .map((e) => `<li><a href="${e.href}">${e.title}</a></li>`)
          .join('');
        return `<li class="m"><a href="${href}" class="n">${g.name}</a><ul class="sub" style="display:none">${subs}</ul></li>`;
      }
      const over = kind < 4 ? ` onmouseover="showsubmenu(${k + 1})"` : '';
      return `<li><a href="${href}"${over}>${g.name}</a></li>`;
    })
    .join('<li class="line"></li>');
  const bar = `<div id="nav"><ul><li><a href="/">${home}</a></li><li class="line"></li>${items}</ul></div>`;
  const rows =
    kind >= 2 && kind < 4
      ? `<div id="subnav">${tree
          .map(
            (g, k) =>
              `<div id="sub${k + 1}" style="display:none">${g.leaf ? '' : subLinks(bureau, g, today, ' | ')}</div>`,
          )
          .join('')}</div>${SUBMENU_SCRIPT}`
      : kind < 2
        ? DROP_SCRIPT
        : '';
  const search = `<form name="searchform" method="post" action="/e/search/index.php"><input type="hidden" name="show" value="title"><input type="hidden" name="tempid" value="1"><input type="hidden" name="tbname" value="news"><input name="keyboard" type="text" size="20" value="请输入关键字"><input type="submit" name="Submit" value="搜索"></form>`;
  return `</ul><div class="top_search">${search}</div>${bar}${rows}<div class="banner"><img src="/skin/default/images/banner.jpg" width="1000" height="160" alt=""></div><ul class="nav2">`;
}

/** The CMS's `[!--newsnav--]`: 首页&nbsp;>&nbsp;公示公告&nbsp;>&nbsp;通知公告, under the template's words. */
export function newsnav(bureau: SimBureau, trail: [string, string][]): string {
  const words = ['您当前的位置：', '当前位置：', '您现在的位置：'][empireVariant(bureau, 'where', 3)];
  const links = [['首页', '/'], ...trail].map(([t, h]) => `<a href="${h}">${t}</a>`).join('&nbsp;>&nbsp;');
  return `<div class="weizhi">${words}${links}</div>`;
}

/** A column's trail: its 大栏目 (unless the column is on the menu), then the column. */
export function classTrail(bureau: SimBureau, today: Day, key: string, title: string, href: string) {
  const group = empireGroupOf(bureau.id, key);
  const own: [string, string] = [title, href];
  const trail: [string, string][] =
    group && !group.leaf ? [[group.name, empireGroupHref(bureau, group, today)], own] : [own];
  return trail;
}

/** The left column: the 大栏目's name over its columns (the CMS's `[showclasstemp]`), the current one marked. */
export function classList(bureau: SimBureau, group: EmpireGroup, today: Day, current?: string): string {
  const links = empireEntries(bureau, group, today)
    .map(
      (e) =>
        `<li${(e.section?.category ?? e.title) === current ? ' class="cur"' : ''}><a href="${e.href}">${e.title}</a></li>`,
    )
    .join('');
  return `<div class="lmtitle">${group.name}</div><ul class="lmlist">${links}</ul>`;
}

/** A watched column's page chrome: its breadcrumb and its 大栏目's columns. */
export function empireLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  if (!current) return '';
  const group = empireGroupOf(bureau.id, current.category);
  const title = columnTitle(bureau, current.category);
  const trail = classTrail(bureau, today, current.category, title, sectionPath(bureau, current, today));
  return `${newsnav(bureau, trail)}${group && !group.leaf ? classList(bureau, group, today, current.category) : ''}`;
}

/** Where the site's list template writes a watched column's list (the TRS-like families); null elsewhere. */
export function empireListBody(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string | null {
  if (navStyle(bureau) !== 'empire' || !['trs-table', 'trs-comment', 'catalogue'].includes(bureau.family)) return null;
  const href = (i: SimItem) => empireArticleHref(bureau, section, i, today);
  const heading = `<div class="list_title"><h2>${columnTitle(bureau, section.category)}</h2></div>`;
  return `${heading}${empireListRows(bureau, items, href, today)}`;
}

/** The pager under an Empire column's list; null on other templates. */
export const empirePager = templatePager('empire', empireClassId, empirePagebar, (b, id, day, n) =>
  empireList(b, id, day, n),
);

/** Every column of the trees nobody watches, 外部栏目 and covers aside. */
export const EMPIRE_OTHERS: string[] = EMPIRE_TREES.flat().flatMap((g) =>
  g.entries.flatMap((e) => (e.title && !e.external ? [e.title] : [])),
);

/** The footer's line of links (the CMS's feedback form, 网站地图 on none: the CMS makes no such page). */
export function empireFooter(bureau: SimBureau): string {
  const firm = ['技术支持：县网络科技有限公司', '网站建设：信息中心', ''][empireVariant(bureau, 'firm', 3)];
  return `<div class="bottom_link"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a> | <a href="/e/tool/feedback/?bid=1">意见反馈</a></div><div class="copyright">${firm}</div>`;
}
