import type { Day } from '../domain/types.js';
import { CATALOGUE_PATH, navPath, PLATFORM_PATH, PORTAL_PATH, type SimBureau, type SimSection } from './model.js';
import { groupId, type NumberedGroup, type NumberedSite, numberedList } from './numbered-site.js';
import { renderDecoyColumn } from './page-decoy.js';

/** What a request of a query-string site (numbered-site.ts) asks for; routing.ts serves it. */
export type NumberedAnswer =
  | { kind: 'page'; key: string; render: () => string }
  | { kind: 'column'; section: SimSection; rest: string; key: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** The cache key of a request: its path and query. */
export function requestKey(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A template's answer to a request of one of its sites; null when it is none of the template's addresses. */
export type NumberedRequest = (
  bureau: SimBureau,
  path: string,
  params: URLSearchParams,
  today: Day,
  charset: string,
) => NumberedAnswer | null;

export interface NumberedPages {
  /** A group's page `page` (1-based). */
  groupPage: (group: NumberedGroup, page: number) => string;
  /** The columns nobody watches, by title: the stems of their items' titles. */
  decoyStems: Record<string, string[]>;
  /** A template's own page for a column nobody watches (a single page, its own list markup); else the shared decoy list. */
  decoyPage?: (title: string, path: string) => string;
}

/**
 * A list or article address of a query-string site, read into what it asks for: a watched column's list
 * page or article (served like any column's), a group's page, a column nobody watches; after a redesign
 * an old address is a 404, a redirect home, or (some redesigns) another column's list. Null when the path
 * is none of the site's list or article addresses.
 */
export const answerNumbered =
  (site: NumberedSite, pagesOf: (bureau: SimBureau, today: Day, charset: string) => NumberedPages): NumberedRequest =>
  (bureau, path, params, today, charset) => {
    const key = requestKey(path, params);
    const redesigned = bureau.redesign && today >= bureau.redesign.day ? bureau.redesign : null;
    const current = redesigned ? path.startsWith(`${redesigned.prefix}/`) : true;
    const asked = site.read(bureau.id, current && redesigned ? path.slice(redesigned.prefix.length) : path, params);
    if (!asked) return null;
    const idOf = (s: SimSection) => site.columnId(bureau.id, s.category);
    if (!current) {
      const i = bureau.sections.findIndex((s) => 'list' in asked && idOf(s) === asked.list);
      const other = bureau.sections[(i + 1) % bureau.sections.length];
      if (bureau.redesign?.reuseOldPaths && i >= 0 && other) return { kind: 'column', section: other, rest: '', key };
      return bureau.redesign?.redirectHome ? { kind: 'redirect', location: '/' } : { kind: 'missing' };
    }
    if ('article' in asked) {
      const { columnId, itemId } = asked.article;
      const section = bureau.sections.find((s) => idOf(s) === columnId);
      return section ? { kind: 'column', section, rest: `detail_${itemId}.html`, key } : { kind: 'missing' };
    }
    const section = bureau.sections.find((s) => idOf(s) === asked.list);
    if (section) return { kind: 'column', section, rest: asked.page > 1 ? `index_${asked.page - 1}.html` : '', key };
    const group = site.groups.find((g) => groupId(site, bureau, g) === asked.list);
    if (group) return { kind: 'page', key, render: () => pagesOf(bureau, today, charset).groupPage(group, asked.page) };
    const pages = pagesOf(bureau, today, charset);
    const title = Object.keys(pages.decoyStems).find((t) => site.columnId(bureau.id, t) === asked.list);
    if (!title) return { kind: 'missing' };
    const column = {
      path: numberedList(site, bureau, asked.list, today),
      title,
      stems: pages.decoyStems[title] as string[],
    };
    const own = pages.decoyPage;
    return {
      kind: 'page',
      key,
      render: () => (own ? own(title, column.path) : renderDecoyColumn(bureau, today, charset, column)),
    };
  };

/**
 * A site of one of the query-string CMSs has none of the other templates' 政务公开 portal, catalogue or
 * platform pages: a request for one is missing; null for any other path.
 */
export function otherTemplatesPage(bureau: SimBureau, path: string, today: Day): NumberedAnswer | null {
  const foreign = [PORTAL_PATH, CATALOGUE_PATH, PLATFORM_PATH].map((p) => navPath(bureau, p, today));
  return foreign.includes(path) ? { kind: 'missing' } : null;
}
