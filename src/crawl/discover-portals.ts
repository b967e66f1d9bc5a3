import { holdsColumnTitle, isPortalLink, portalRank, sameColumn } from '../domain/discovery.js';
import type { Category } from '../domain/types.js';
import { columnParams } from '../extract/cms-addresses.js';
import type { SiteLink } from './discover-links.js';
import type { DiscoveredPage } from './discover-reads.js';
import { articleSource, isDocumentUrl, sourceClass } from './link-addresses.js';

/**
 * The portal pages discovery follows from a homepage (政务公开, 信息公开目录, …) and the links they add: a
 * portal's own portal links are followed after the homepage's, and on a platform's list of departments
 * (部门信息公开) the entry that bears the site's own name, which leads to the bureau's own 目录.
 */

/** Portal pages followed from the homepage, and from those. */
const PORTALS = 3;
const DEEPER_PORTALS = 2;
/** Group pages followed (土地管理, 矿产管理 over their columns' folders). */
const GROUP_PAGES = 6;
/** Main-menu entries opened in search of group pages. */
const MENU_PAGES = 8;
/** Links to columns the homepage lacks that make a followed page a portal rather than a column. */
const PORTAL_COLUMNS = 3;
const MIXED_PORTAL_COLUMNS = 2;
/** Boxes with a 更多 to another column each that make a followed page a landing page. */
const BOXES = 2;

export interface PortalLinks {
  /** The links of the portal pages followed, in the order they were read. */
  links: SiteLink[];
  /** The columns (sameColumn) of followed pages that are portals, none of them a column. */
  portalPages: Set<string>;
}

export async function followPortals(
  homeLinks: SiteLink[],
  siteName: string | null,
  categories: readonly Category[],
  read: (url: string) => Promise<DiscoveredPage | null>,
  linksOf: (page: DiscoveredPage | null) => Promise<SiteLink[]>,
): Promise<PortalLinks> {
  const links: SiteLink[] = [];
  const portalPages = new Set<string>();
  const onHome = new Set(homeLinks.map((l) => l.url));
  const blocks = new Set(homeLinks.filter((l) => l.role === 'more').map((l) => sameColumn(l.url)));
  // A column named like a portal (不动产登记信息公开) is that column; a 公开目录 is a portal whatever it holds.
  const isPortal = (l: SiteLink) =>
    l.role === 'nav' && isPortalLink(l.text) && (portalRank(l.text) === 0 || !holdsColumnTitle(l.text, categories));
  const named = byRank(homeLinks.filter(isPortal)).slice(0, PORTALS);
  const groups = groupPages(homeLinks).filter((l) => !named.some((p) => p.url === l.url));
  const isGroup = new Set(groups.map((l) => l.url));
  const portals = [...named, ...groups.slice(0, GROUP_PAGES)];
  const own = (l: SiteLink) => l.role === 'nav' && siteName !== null && ownEntry(l.text, siteName);
  const known = new Set(portals.map((l) => l.url));
  const visit = async (portal: SiteLink): Promise<SiteLink[]> => {
    const page = await read(portal.url);
    const found = await linksOf(page);
    // Beside the site's own entry, a list of departments names other sites: none of their pages is ours.
    const lists = new Set(found.filter(own).map((l) => l.group));
    links.push(...found.filter((l) => own(l) || !lists.has(l.group)));
    // A page with a list of its own (a 信息公开年报 column beside a tree of columns) is a column, and so is
    // one whose articles the homepage shows as a block (新闻中心 opening the news column, blank today).
    // A blank list (暂无信息) is a column with nothing in it yet, whatever menu stands beside it.
    const column = hasOwnList(page) || page?.extraction?.status === 'blank' || blocks.has(sameColumn(portal.url));
    // A group's page is the folder of its columns: the list read from it is one of their boxes. A page
    // whose items come from several columns (a box per column) needs fewer of them to show it.
    const mixed = (page?.extraction?.items.length ?? 0) > 0 && !column;
    const newColumns = found.filter((l) => l.role === 'nav' && !onHome.has(l.url)).length;
    const listsColumns = newColumns >= (mixed ? MIXED_PORTAL_COLUMNS : PORTAL_COLUMNS);
    // A landing page of boxes, each with its column's 更多, shows the columns' lists, none its own.
    const here = sameColumn(portal.url);
    const boxes = new Set(
      found.filter((l) => l.role === 'more' && sameColumn(l.url) !== here).map((l) => sameColumn(l.url)),
    );
    if (isGroup.has(portal.url) || (!column && listsColumns) || boxes.size >= BOXES) portalPages.add(here);
    return found;
  };
  for (let i = 0; i < portals.length && i < PORTALS + GROUP_PAGES + DEEPER_PORTALS; i++) {
    const found = await visit(portals[i] as SiteLink);
    const deeper = found.filter((l) => (isPortal(l) || own(l)) && !onHome.has(l.url) && !known.has(l.url));
    for (const l of deeper) known.add(l.url);
    // The bureau's own entry among the departments first: it is the 目录 the portal was followed for.
    portals.push(...deeper.filter(own), ...byRank(deeper.filter((l) => !own(l))));
  }
  // The main menu's other entries, as a person opens each: a group's page (土地市场 over its columns) that
  // neither a portal's name nor its address gives away shows its sub-menu of columns there.
  for (const entry of mainMenu(homeLinks)
    .filter((l) => !known.has(l.url))
    .slice(0, MENU_PAGES))
    await visit(entry);
  return { links, portalPages };
}

const folderOf = (url: string) => new URL(url).pathname.replace(/[^/]*\.\w+$/, '');

/**
 * Menu entries over a drop-down of others, or whose address is the folder of two or more other entries'
 * (土地管理 → /tdgl/ over /tdgl/crgg/ and /tdgl/crjg/): a group's page, listing the group's columns. The
 * day folders a column files its articles in (/tzgg/20250823/) are no columns under it.
 */
function groupPages(homeLinks: SiteLink[]): SiteLink[] {
  const folders = homeLinks.filter((l) => l.role === 'nav' || l.role === 'more').map((l) => folderOf(l.url));
  return homeLinks.filter((l) => {
    const folder = folderOf(l.url);
    if (l.role !== 'nav') return false;
    if (l.heads) return true;
    if (folder === '/') return false;
    const under = new Set(folders.filter((f) => f !== folder && f.startsWith(folder)));
    return under.size >= 2;
  });
}

/** Entries a main menu has at least, and the longest caption a menu's group name has. */
const MENU_ENTRIES = 5;
const MENU_CAPTION = 6;

/**
 * The homepage's main menu: its first list (or bar of links in no list) of five or more short navigation
 * captions (首页, 新闻动态, 土地市场, …) that is no group's drop-down, in page order, the homepage left out.
 */
function mainMenu(homeLinks: SiteLink[]): SiteLink[] {
  const byGroup = new Map<string, SiteLink[]>();
  for (const l of homeLinks) {
    const group = l.group.endsWith('#-') ? l.bar : l.group;
    if (l.role !== 'nav' || !group || l.text.replace(SPACE, '').length > MENU_CAPTION) continue;
    byGroup.set(group, [...(byGroup.get(group) ?? []), l]);
  }
  // A drop-down's entries all sit in the folder its group's entry opens (/mm2/s0/ … under 业务工作 /mm2/).
  const pathOf = (l: SiteLink) => new URL(l.url).pathname;
  const heads = new Set(homeLinks.map(pathOf).filter((p) => p.endsWith('/') && p !== '/'));
  const dropDown = (paths: string[]) => [...heads].some((h) => paths.every((p) => p.startsWith(h) && p !== h));
  const menu =
    [...byGroup.values()].find((entries) => entries.length >= MENU_ENTRIES && !dropDown(entries.map(pathOf))) ?? [];
  return menu.filter((l) => pathOf(l) !== '/' || new URL(l.url).search);
}

/** Portal links strongest first (a 公开目录 lists the columns outright), page order among equals. */
function byRank(links: SiteLink[]): SiteLink[] {
  return links
    .map((l, i) => ({ l, i }))
    .sort((a, b) => portalRank(a.l.text) - portalRank(b.l.text) || a.i - b.i)
    .map(({ l }) => l);
}

const SPACE = /[\s　]/g;

/** A link that bears the site's own name (…自然资源局 among a city's departments). */
function ownEntry(text: string, siteName: string): boolean {
  const t = text.replace(SPACE, '');
  return t.length >= 4 && t === siteName.replace(SPACE, '');
}

/**
 * The site's own name as its homepage states it: the SiteName meta, else the `<title>`'s last part
 * (首页_某某自然资源局), else the whole title.
 */
export function siteNameOf(html: string): string | null {
  const meta = html.match(/<meta\s+name=["']?SiteName["']?\s+content=["']([^"']{2,40})["']/i);
  if (meta?.[1]) return meta[1].trim();
  const title = html.match(/<title>([^<]{2,80})<\/title>/i)?.[1]?.trim();
  const last = title
    ?.split(/[_|\-–—]/)
    .pop()
    ?.trim();
  return last && last.length >= 4 ? last : null;
}

/**
 * A list of the page's own: items of one column. A portal's newest publications (政务公开's 最新公开信息)
 * are several columns' items.
 */
export function hasOwnList(page: DiscoveredPage | null): boolean {
  const x = page?.extraction;
  if (!x || (x.status !== 'ok' && x.status !== 'undated') || x.items.length === 0) return false;
  const urls = x.items.flatMap((i) => (i.url ? [new URL(i.url)] : []));
  const columns = new Set(urls.map(articleSource).filter(Boolean));
  // Articles at addresses that say nothing of their column (show.asp?id=) do not show the list is one's own.
  if (columns.size === 0 && urls.some((u) => u.search !== '' && isDocumentUrl(u))) return false;
  if (columns.size > 1) return false;
  // One column's items, filed in a folder below the page's own (a channel page /ghjs/ showing /ghjs/ghbz/'s
  // newest): that column's list, not the page's.
  const [column] = columns;
  return !column || !(isBelow(column, page?.finalUrl ?? '') || isOtherClass(column, page?.finalUrl ?? ''));
}

/**
 * A query-string column other than the page's own (items at ShowInfo.php?classid=13 on ListInfo/?classid=2):
 * a parent class's page shows its child's list.
 */
function isOtherClass(column: string, pageUrl: string): boolean {
  const named = sourceClass(column);
  if (!named || !URL.canParse(pageUrl)) return false;
  const name = named.split('=')[0] as string;
  const own = columnParams(new URL(pageUrl)).find((p) => p.startsWith(`${name}=`));
  return own !== undefined && own !== named;
}

/** A column folder strictly below a page's own folder, and not the page itself by another name (/tzgg.html). */
function isBelow(column: string, pageUrl: string): boolean {
  if (column.includes('?') || !URL.canParse(pageUrl)) return false;
  const path = new URL(pageUrl).pathname;
  const folder = new URL(path.replace(/[^/]*$/, ''), pageUrl).href;
  const stem = path.endsWith('/') ? folder : new URL(`${path.replace(/\.[a-z]+$/i, '')}/`, pageUrl).href;
  return column.startsWith(folder) && column !== folder && column !== stem;
}
