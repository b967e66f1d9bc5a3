import type { Day } from '../domain/types.js';
import { type NavStyle, navStyle, type SimBureau, type SimSection } from './model.js';

/** How a numbered-site template draws its pager bar, given where page `n` is. */
type Pagebar = (bureau: SimBureau, total: number, perPage: number, page: number, at: (n: number) => string) => string;

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
