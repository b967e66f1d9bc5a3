import type { Day } from '../domain/types.js';
import { type SimItem, type SimSection, visibleItems } from './model.js';
import type { NumberedEntry } from './numbered-site.js';

/**
 * A group's page on a query-string site (page-cms-pages.ts, page-aspnet-pages.ts): its columns' items
 * merged newest first, 20 to a page, under a pager of 首页 / 上一页 / 下一页 / 尾页.
 */

const PER_PAGE = 20;

export interface GroupPageItems {
  /** Page `page`'s items, each with its column's entry. */
  shown: { e: NumberedEntry; s: SimSection; i: SimItem }[];
  total: number;
  pages: number;
}

export function groupPageItems(entries: NumberedEntry[], today: Day, page: number): GroupPageItems {
  const merged = entries
    .flatMap((e) =>
      e.section ? visibleItems(e.section, today, 100).map((i) => ({ e, s: e.section as SimSection, i })) : [],
    )
    .sort((a, b) => (a.i.date < b.i.date ? 1 : -1));
  const pages = Math.max(1, Math.ceil(merged.length / PER_PAGE));
  return { shown: merged.slice((page - 1) * PER_PAGE, page * PER_PAGE), total: merged.length, pages };
}

/** The pager's links, `at(n)` the address of page `n`. */
export function groupPagerLinks(at: (n: number) => string, page: number, pages: number): string {
  const prev = page > 1 ? `<a href="${at(page - 1)}">上一页</a>` : '';
  const next = page < pages ? `<a href="${at(page + 1)}">下一页</a>` : '';
  return `<a href="${at(1)}">首页</a> ${prev} ${next} <a href="${at(pages)}">尾页</a>`;
}
