/**
 * The data shapes of the query-string templates (cms-groups.ts, aspnet-groups.ts): a site whose columns are
 * numbered rows of its database under parent rows (groups), listed and shown at addresses that carry the
 * numbers in the query. Pure, and free of the model so the model can ask where a column lives.
 */

export interface NumberedGroup {
  name: string;
  /** Child columns in the menu's order: a watched category, or a column nobody watches. */
  entries: { category?: string; title?: string }[];
}

export const watched = (category: string) => ({ category });
export const other = (title: string) => ({ title });

/** A column's key among the site's columns: the watched category, or the column's title. */
export const entryKey = (e: NumberedGroup['entries'][number]) => e.category ?? (e.title as string);

/** How one site's code addresses its column lists and articles, and reads them back from a request. */
export interface ColumnDialect {
  list: (columnId: number, page?: number) => string;
  article: (columnId: number, articleNo: number) => string;
  /** What a request asks for, if it is one of this code's list or article addresses. */
  read: (path: string, params: URLSearchParams) => { list: number; page: number } | { article: number } | null;
}

/** A query value that is a number, else null. */
export const queryNumber = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);

/** Article numbers run per site: the column's number, then the item's own (decoded by `articleOfNumber`). */
export const articleNumber = (columnId: number, itemId: number) => columnId * 10_000 + (itemId % 10_000);
export const articleOfNumber = (no: number) => ({ columnId: Math.floor(no / 10_000), itemId: no % 10_000 });
