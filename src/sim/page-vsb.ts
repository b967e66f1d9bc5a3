import type { Day } from '../domain/types.js';
import {
  columnTitle,
  listPageSize,
  navStyle,
  type SimBureau,
  type SimItem,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { groupPageItems } from './numbered-group-page.js';
import { type NumberedEntry, type NumberedSite, numberedArticleHref, numberedList } from './numbered-site.js';
import { templatePager } from './page-template-pager.js';
import { type ListKind, viewId, vsbListRows, vsbPagebar } from './page-vsb-lists.js';
import { newsId, vsbArticlePath, vsbListPath, vsbRead } from './vsb-addresses.js';
import {
  isGroup,
  type VsbGroup,
  type VsbNode,
  vsbGroups,
  vsbOwner,
  vsbPick,
  vsbRow,
  vsbTreeId,
} from './vsb-catalogue.js';

/**
 * The twenty-second navigation template, the HOLDOUT, written before discovery was run on it and never
 * tuned on: a city or county 自然资源局's (or 自然资源和规划局's) site on 博达 VSB, built by the vendor or a
 * local firm from the platform's components and published as static `.htm` pages (or run through its JSPs).
 * Its pages carry VSB's marks (`Announced by Visual SiteBuilder 9`, `_sitegray`, the `_jsq_` counter) and
 * write every link relative to the page (`../info/1012/120034.htm`). A menu of the top-level columns with
 * drop-downs of their columns on most sites (page-vsb-chrome.ts); a 大栏目's page a list of all its columns'
 * news, a cover of boxes, or never linked, the menu going straight to its first column; column pages under
 * a 当前位置 trail and a left list of the 大栏目's columns; VSB's list components and pagers
 * (page-vsb-lists.ts); a homepage of editable blocks, tabs and a 政府信息公开 banner (page-vsb-home.ts).
 */

export const vsbVariant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => vsbPick(bureau.id, what, n);

/**
 * What a site's 大栏目 pages are: a list of all its columns' news (the list component set to take the
 * sub-columns), a cover of a box per column, or (`first`) pages the menu skips for the first column.
 */
export type GroupKind = 'merged' | 'cover' | 'first';
export const groupKind = (bureauId: string): GroupKind =>
  (['merged', 'cover', 'first'] as const)[vsbPick(bureauId, 'bigclass', 3)] as GroupKind;

/** The watched columns under a 大栏目 (under its own 大栏目 too) that the site carries, as entries. */
export function watchedUnder(bureau: SimBureau, group: VsbGroup, today: Day): NumberedEntry[] {
  return group.entries.flatMap((n): NumberedEntry[] => {
    if (isGroup(n)) return watchedUnder(bureau, n, today);
    const section = n.category ? bureau.sections.find((s) => s.category === n.category) : undefined;
    return section
      ? [{ title: columnTitle(bureau, section.category), href: sectionPath(bureau, section, today), section }]
      : [];
  });
}

/** How many pages a list has on `today`: a watched column's, a 大栏目's merged news, one for any other. */
function listPages(bureau: SimBureau, id: number, today: Day): number {
  const node = vsbRow(bureau.id, id)?.node;
  if (!node) return 1;
  if (isGroup(node))
    return groupKind(bureau.id) === 'cover' ? 1 : groupPageItems(watchedUnder(bureau, node, today), today, 1).pages;
  const section = bureau.sections.find((s) => s.category === node.category);
  if (!section) return 1;
  const total = visibleItems(section, today, Number.MAX_SAFE_INTEGER).length;
  return Math.max(1, Math.ceil(total / listPageSize(bureau)));
}

const SITES = new WeakMap<SimBureau, { today: Day; site: NumberedSite }>();

/** The site's columns and addresses on `today` (a list's numbered pages count down from its last one). */
export function vsbSite(bureau: SimBureau, today: Day): NumberedSite {
  const known = SITES.get(bureau);
  if (known?.today === today) return known.site;
  const pagesOf = (id: number) => listPages(bureau, id, today);
  const site: NumberedSite = {
    groups: vsbGroups(bureau.id).map((g) => ({
      name: g.name,
      entries: g.entries.flatMap((e) => (isGroup(e) ? [] : [e])),
    })),
    columnId: vsbTreeId,
    listPath: (_, id, page) => vsbListPath(bureau.id, id, page, page > 1 ? pagesOf(id) : 1),
    articlePath: (_, id, itemId) => vsbArticlePath(bureau.id, id, itemId),
    read: (_, path, params) => vsbRead(bureau.id, path, params, pagesOf),
  };
  SITES.set(bureau, { today, site });
  return site;
}

/** A list address (a column's, a 大栏目's, a page of one) on `today`. */
export const vsbList = (bureau: SimBureau, id: number, today: Day, pageNo = 1) =>
  numberedList(vsbSite(bureau, today), bureau, id, today, pageNo);

/** An item's article address on `today`. */
export const vsbArticleHref = (bureau: SimBureau, s: SimSection, i: SimItem, today: Day) =>
  numberedArticleHref(vsbSite(bureau, today), bureau, s, i, today);

export interface VsbLink {
  title: string;
  href: string;
  node: VsbNode;
  section?: SimSection;
}

/** A node's title on the site: a 大栏目's name, a watched column's title, another column's own. */
export const nodeTitle = (bureau: SimBureau, node: VsbNode) =>
  isGroup(node) ? node.name : node.category ? columnTitle(bureau, node.category) : (node.title as string);

/** A 大栏目's columns this site carries, as links (watched ones it lacks left out, 链接栏目 to where they point). */
export function vsbEntries(bureau: SimBureau, group: VsbGroup, today: Day): VsbLink[] {
  return group.entries.flatMap((node): VsbLink[] => {
    const watched = isGroup(node) ? undefined : node.category;
    const section = watched ? bureau.sections.find((s) => s.category === watched) : undefined;
    if (watched && !section) return [];
    return [{ title: nodeTitle(bureau, node), href: vsbNodeHref(bureau, node, today), node, section }];
  });
}

/** Where a link to a node goes: a 大栏目's page (or its first column), a column's list, a 链接栏目's site. */
export function vsbNodeHref(bureau: SimBureau, node: VsbNode, today: Day): string {
  if (isGroup(node)) {
    if (groupKind(bureau.id) === 'first') {
      const first = vsbEntries(bureau, node, today).find((e) => isGroup(e.node) || !e.node.external);
      if (first) return first.href;
    }
    return vsbList(bureau, vsbTreeId(bureau.id, `group:${node.name}`), today);
  }
  if (node.external) return node.external;
  const section = node.category ? bureau.sections.find((s) => s.category === node.category) : undefined;
  if (section) return sectionPath(bureau, section, today);
  return vsbList(bureau, vsbTreeId(bureau.id, node.title as string), today);
}

/** A site's list markup for its family's lists: the classic table, the newer rows, or the 信息公开 table. */
export const listKind = (bureau: SimBureau): ListKind =>
  bureau.family === 'trs-table' ? 'table' : bureau.family === 'catalogue' ? 'catalogue' : 'lines';

/** The 栏目名称 component over a list. */
export const listTitle = (bureau: SimBureau, title: string) =>
  `<div class="list-title"><span class="windowstyle${viewId(bureau, 'title')}">${title}</span></div>`;

/** The click counters VSB's newer list components ask for (the article ids of the list). */
export function clickBatch(bureau: SimBureau, ids: number[]): string {
  const u = 6 + (viewId(bureau, 'list') % 20);
  const names = ids.map((id) => `'dynclicks_u${u}_${id}'`).join(',');
  return `<script>_showDynClickBatch([${names}],[${ids.join(',')}],"wbnews", ${vsbOwner(bureau.id)})</script>`;
}

/** A list of a watched column's items: the VSB markup for the TRS-like families (the shared renderers write the others). */
export function vsbListBody(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string | null {
  if (navStyle(bureau) !== 'vsb' || !['trs-table', 'trs-comment', 'catalogue'].includes(bureau.family)) return null;
  const kind = listKind(bureau);
  const id = vsbTreeId(bureau.id, section.category);
  const rows = vsbListRows(bureau, kind, items, (i) => vsbArticleHref(bureau, section, i, today), today);
  const clicks =
    kind === 'lines'
      ? clickBatch(
          bureau,
          items.map((i) => newsId(id, i.id)),
        )
      : '';
  return `${listTitle(bureau, columnTitle(bureau, section.category))}${rows}${clicks}`;
}

/** The pager under a VSB column's list; null on other templates. */
export const vsbPager = templatePager('vsb', vsbTreeId, vsbPagebar, (b, id, day, n) => vsbList(b, id, day, n));
