import type { Day } from '../domain/types.js';
import { type NavStyle, navStyle, type SimBureau, type SimSection } from './model.js';

/** How a numbered-site template draws its pager bar, given where page `n` is. */
type Pagebar = (bureau: SimBureau, total: number, perPage: number, page: number, at: (n: number) => string) => string;

/** Where a list's pager stands: `total` items, `perPage` to a page on `pages` pages, on page `page` (1-based). */
export interface PagerPlace {
  readonly total: number;
  readonly perPage: number;
  readonly pages: number;
  readonly page: number;
  /** The address of page `n`. */
  readonly at: (n: number) => string;
}

/** A template's pager bar drawn from where its list stands; the page count is worked out here, once for all. */
export const drawnPagebar =
  (draw: (bureau: SimBureau, place: PagerPlace) => string): Pagebar =>
  (bureau, total, perPage, page, at) =>
    draw(bureau, { total, perPage, pages: Math.max(1, Math.ceil(total / perPage)), page, at });

/**
 * The pager under a column's list on one numbered-site template (null on the others): the template's bar,
 * its pages at the template's list address of the column's id.
 */
export const templatePager =
  (
    style: NavStyle,
    columnId: (bureauId: string, key: string) => number,
    pagebar: Pagebar,
    list: (bureau: SimBureau, id: number, today: Day, pageNo: number) => string,
  ) =>
  (
    bureau: SimBureau,
    section: SimSection,
    total: number,
    perPage: number,
    pageNo: number,
    today: Day,
  ): string | null => {
    if (navStyle(bureau) !== style) return null;
    const id = columnId(bureau.id, section.category);
    return pagebar(bureau, total, perPage, pageNo + 1, (n) => list(bureau, id, today, n));
  };
