import type { Day } from '../domain/types.js';
import { columnTitle, navPath, type SimBureau, type SimItem, type SimSection, sectionPath } from './model.js';
import { articleNumber, articleOfNumber, type ColumnDialect, type NumberedGroup } from './numbered-catalogue.js';

export type { NumberedGroup } from './numbered-catalogue.js';

/**
 * What the query-string templates (page-cms.ts, page-aspnet.ts) have in common: a site whose columns are
 * numbered rows of its database, grouped under parent rows, each listed at one address with the row's
 * number in the query (`list.asp?classid=12`, `NewsList.aspx?TypeId=12`). A `NumberedSite` is the
 * template's dialect: how it numbers a column and writes and reads its addresses.
 */

/** A request read back: a list (a column's or a group's) and its page, or an article of a column. */
export type NumberedAsk = { list: number; page: number } | { article: { columnId: number; itemId: number } };

export interface NumberedSite {
  groups: NumberedGroup[];
  /** The number of a watched category, a column's title, or a group (`group:新闻动态`). */
  columnId: (bureauId: string, key: string) => number;
  listPath: (bureauId: string, columnId: number, page: number) => string;
  articlePath: (bureauId: string, columnId: number, itemId: number) => string;
  /** What a request asks for, if it is one of the site's list or article addresses. */
  read: (bureauId: string, path: string, params: URLSearchParams) => NumberedAsk | null;
}

/** A site of `groups` whose code is `dialectOf(bureauId)`, numbering its columns by `columnId`. */
export function numberedSite(
  groups: NumberedGroup[],
  columnId: (bureauId: string, key: string) => number,
  dialectOf: (bureauId: string) => ColumnDialect,
): NumberedSite {
  return {
    groups,
    columnId,
    listPath: (bureauId, id, page) => dialectOf(bureauId).list(id, page),
    articlePath: (bureauId, id, itemId) => dialectOf(bureauId).article(id, articleNumber(id, itemId)),
    read: (bureauId, path, params) => {
      const asked = dialectOf(bureauId).read(path, params);
      return asked && 'article' in asked ? { article: articleOfNumber(asked.article) } : asked;
    },
  };
}

export interface NumberedEntry {
  title: string;
  href: string;
  section?: SimSection;
}

/** A list address (a column's, a group's, a page of one) on `today`. */
export const numberedList = (site: NumberedSite, bureau: SimBureau, columnId: number, today: Day, page = 1) =>
  navPath(bureau, site.listPath(bureau.id, columnId, page), today);

export const groupId = (site: NumberedSite, bureau: SimBureau, group: NumberedGroup) =>
  site.columnId(bureau.id, `group:${group.name}`);

export const numberedGroupHref = (site: NumberedSite, bureau: SimBureau, group: NumberedGroup, today: Day) =>
  numberedList(site, bureau, groupId(site, bureau, group), today);

/** Where a menu entry goes: its group's page, or, for a column alone on the menu (`leaf`), that column. */
export function numberedMenuHref(
  site: NumberedSite,
  bureau: SimBureau,
  group: NumberedGroup & { leaf?: boolean },
  today: Day,
): string {
  if (!group.leaf) return numberedGroupHref(site, bureau, group, today);
  return numberedEntries(site, bureau, group, today)[0]?.href ?? '/';
}

/** An item's article address on `today`. */
export function numberedArticleHref(
  site: NumberedSite,
  bureau: SimBureau,
  section: SimSection,
  item: SimItem,
  today: Day,
): string {
  return navPath(bureau, site.articlePath(bureau.id, site.columnId(bureau.id, section.category), item.id), today);
}

/** A group's columns this site carries, as links (watched columns it lacks are left out). */
export function numberedEntries(
  site: NumberedSite,
  bureau: SimBureau,
  group: NumberedGroup,
  today: Day,
): NumberedEntry[] {
  return group.entries.flatMap((e): NumberedEntry[] => {
    if (!e.category) {
      const title = e.title as string;
      return [{ title, href: numberedList(site, bureau, site.columnId(bureau.id, title), today) }];
    }
    const section = bureau.sections.find((s) => s.category === e.category);
    if (!section) return [];
    return [{ title: columnTitle(bureau, e.category), href: sectionPath(bureau, section, today), section }];
  });
}
