import type { Day } from '../domain/types.js';
import { empirePick } from './empire-catalogue.js';
import type { SimBureau, SimItem } from './model.js';
import { dateStyle, showDate } from './page-dates.js';
import { drawnPagebar } from './page-template-pager.js';

/**
 * The lists and pagers of the twenty-first template (page-empire.ts), as the webmasters' 列表模板 write
 * `[!--empirenews.listtemp--]`: `ul.newslist` rows, the date first in a `span` floated right, or table rows
 * of a `·` title and a bracketed date. The pager is the CMS's `[!--show.listpage--]` in one of its two
 * styles: the total in bold, page numbers, 下一页 and 尾页; or 首页 上一页 下一页 尾页 with 页次 and a
 * select of every page.
 */

const variant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => empirePick(bureau.id, what, n);

/** A plain date as the table rows print it, `[2026-11-20]`; other forms as they are. */
const bracketed = (d: string) => (/^\d/.test(d) ? `[${d}]` : d);

/** The rows of a list of `items`, `href(i)` each one's article. */
export function empireListRows(bureau: SimBureau, items: SimItem[], href: (i: SimItem) => string, today: Day): string {
  const style = dateStyle(bureau, items, today);
  const date = (i: SimItem) => showDate(i.date, style);
  if (variant(bureau, 'list', 3) < 2)
    return `<ul class="newslist">${items
      .map(
        (i) => `<li><span>${date(i)}</span><a href="${href(i)}" target="_blank" title="${i.title}">${i.title}</a></li>`,
      )
      .join('\n')}</ul>`;
  return `<table width="100%" border="0" cellspacing="0" cellpadding="0" class="listtable">${items
    .map(
      (i) =>
        `<tr><td height="28" class="list_bt">·<a href="${href(i)}" target="_blank">${i.title}</a></td><td width="110" align="right" class="list_rq">${bracketed(date(i))}</td></tr>`,
    )
    .join('\n')}</table>`;
}

/**
 * The pager of a list of `total` items on page `page` (1-based), `at(n)` the address of page `n`; a
 * dynamic list's pager carries the CMS's `totalnum` too.
 */
export const empirePagebar = drawnPagebar((bureau, { total, perPage, pages, page, at }) => {
  const dynamic = at(2).includes('?');
  const href = (n: number) =>
    dynamic ? `${at(n).replace(/^(.*\/)\?classid=(\d+)$/, '$1index.php?page=0&classid=$2')}&totalnum=${total}` : at(n);
  if (variant(bureau, 'pager', 2) === 0) {
    const first = Math.max(1, Math.min(page - 5, pages - 9));
    const numbers = Array.from({ length: Math.min(10, pages) }, (_, k) => first + k)
      .map((n) => (n === page ? `<b>${n}</b>` : `<a href="${href(n)}">${n}</a>`))
      .join('&nbsp;');
    const back = page > 1 ? `<a href="${href(1)}">首页</a>&nbsp;<a href="${href(page - 1)}">上一页</a>&nbsp;` : '';
    const on =
      page < pages ? `&nbsp;<a href="${href(page + 1)}">下一页</a>&nbsp;<a href="${href(pages)}">尾页</a>` : '';
    return `<div class="epages"><a title="Total record">&nbsp;<b>${total}</b> </a>&nbsp;&nbsp;${back}${numbers}${on}</div>`;
  }
  const step = (text: string, n: number, ok: boolean) => (ok ? `<a href="${href(n)}">${text}</a>` : text);
  const options = Array.from(
    { length: pages },
    (_, k) => `<option value="${href(k + 1)}"${k + 1 === page ? ' selected' : ''}>第${k + 1}页</option>`,
  ).join('');
  return `<div class="epages">${step('首页', 1, page > 1)}&nbsp;${step('上一页', page - 1, page > 1)}&nbsp;${step('下一页', page + 1, page < pages)}&nbsp;${step('尾页', pages, page < pages)}&nbsp;页次：${page}/${pages}页&nbsp;${perPage}篇文章/页&nbsp;转到：<select name="select" onchange="self.location.href=this.options[this.selectedIndex].value">${options}</select></div>`;
});
