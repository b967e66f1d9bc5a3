import { addDays } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import { columnTitle, navStyle, type SimBureau, type SimItem, type SimSection } from './model.js';
import { numberedArticleHref } from './numbered-site.js';
import { oldsiteDialect } from './oldsite-addresses.js';
import { oldsiteColumnId } from './oldsite-catalogue.js';
import { dateStyle, showDate } from './page-dates.js';
import { oldsiteList, oldsiteSite, oldsiteVariant } from './page-oldsite.js';
import { drawnPagebar, templatePager } from './page-template-pager.js';

/**
 * The lists and pagers of the eighteenth template (page-oldsite.ts), as an old ASP news system's
 * `do while not rs.eof` loop or a static generator writes them: table rows of a dot (a `dot.gif` or a
 * `·`), the title cut to the cell on some sites (whole in `title`), a `new.gif` on the last days' items,
 * and the date, bracketed on some sites, with a dotted line between rows on others. The pager reads
 * 共98条记录 第1页 共5页 首页 上一页 下一页 尾页 with a 转到 drop-down.
 */

/** A title as the list shows it: cut to `width` characters on sites that cut, with `...`. */
export function cutTitle(bureau: SimBureau, title: string, width: number): string {
  return oldsiteVariant(bureau, 'cut', 3) !== 0 && title.length > width ? `${title.slice(0, width)}...` : title;
}

/** `new.gif` after the titles of the last three days, on the sites that mark them. */
const newMark = (bureau: SimBureau, i: SimItem, today: Day) =>
  oldsiteVariant(bureau, 'new', 2) === 0 && i.date >= addDays(today, -3)
    ? '&nbsp;<img src="/images/new.gif" width="28" height="11" border="0">'
    : '';

/** The rows of a list of `items`, `href(i)` each one's article; some lists print no dates (`dated` false). */
export function oldsiteListRows(
  bureau: SimBureau,
  items: SimItem[],
  href: (i: SimItem) => string,
  today: Day,
  dated = true,
): string {
  const style = dateStyle(bureau, items, today);
  const bracket = ['', '[]', '()'][oldsiteVariant(bureau, 'bracket', 3)] as string;
  const date = (i: SimItem) => {
    const shown = showDate(i.date, style);
    return bracket && (style === 'iso' || style === 'slash') ? `${bracket[0]}${shown}${bracket[1]}` : shown;
  };
  const dot =
    oldsiteVariant(bureau, 'dot', 2) === 0
      ? '<td width="20" height="26" align="center"><img src="/images/dot.gif" width="5" height="5"></td>'
      : '<td width="16" height="26" align="center">·</td>';
  const lined = oldsiteVariant(bureau, 'line', 2) === 0;
  const line = '<tr><td colspan="3" height="1" background="/images/line.gif"></td></tr>';
  const rows = items
    .map(
      (i) =>
        `<tr>${dot}<td><a href="${href(i)}" target="_blank" title="${i.title}">${cutTitle(bureau, i.title, 30)}</a>${newMark(bureau, i, today)}</td>${dated ? `<td width="100" align="center"><font color="#999999">${date(i)}</font></td>` : ''}</tr>${lined ? line : ''}`,
    )
    .join('\n');
  return `<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="list">\n${rows}\n</table>`;
}

/**
 * The pager of a list of `total` items on page `page` (1-based), `at(n)` the address of page `n`; an ASP
 * site's links are its query alone on some sites (`?lb=3&page=2`), and it has a 转到 drop-down.
 */
export const oldsitePagebar = drawnPagebar((bureau, { total, pages, page, at }) => {
  const asp = oldsiteDialect(bureau.id).name !== 'static';
  const href = (n: number) => {
    const full = at(n);
    return asp && oldsiteVariant(bureau, 'qpager', 2) === 0 ? full.slice(full.indexOf('?')) : full;
  };
  const link = (n: number, text: string, ok: boolean) => (ok ? `<a href="${href(n)}">${text}</a>` : text);
  const options = Array.from(
    { length: pages },
    (_, k) => `<option value="${href(k + 1)}"${k + 1 === page ? ' selected' : ''}>${k + 1}</option>`,
  ).join('');
  const jump = asp
    ? `&nbsp;转到第<select name="page" onchange="javascript:window.location=this.options[this.selectedIndex].value">${options}</select>页`
    : '';
  return `<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="35" align="center">共${total}条记录&nbsp;&nbsp;第${page}页 共${pages}页&nbsp;&nbsp;${link(1, '首页', page > 1)} ${link(page - 1, '上一页', page > 1)} ${link(page + 1, '下一页', page < pages)} ${link(pages, '尾页', page < pages)}${jump}</td></tr></table>`;
});

/**
 * Where the site's code writes a watched column's list, for every family but the relevance-ordered
 * search pages: an old site has no Hanweb island, and its dateless lists (detail-dated) are its own rows
 * without the date cell. Null on other templates.
 */
export function oldsiteListBody(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string | null {
  if (navStyle(bureau) !== 'oldsite' || bureau.family === 'search') return null;
  const site = oldsiteSite(bureau, today);
  const href = (i: SimItem) => numberedArticleHref(site, bureau, section, i, today);
  const heading = `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="/images/list_title_bg.gif" class="list_title">&nbsp;&nbsp;<b>${columnTitle(bureau, section.category)}</b></td></tr></table>`;
  return `${heading}${oldsiteListRows(bureau, items, href, today, bureau.family !== 'detail-dated')}`;
}

/** The pager under an oldsite column's list; null on other templates. */
export const oldsitePager = templatePager('oldsite', oldsiteColumnId, oldsitePagebar, (b, id, day, n) =>
  oldsiteList(b, id, day, n),
);
