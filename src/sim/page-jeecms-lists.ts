import type { Day } from '../domain/types.js';
import { jeecmsPick } from './jeecms-catalogue.js';
import type { SimBureau, SimItem } from './model.js';
import { dateStyle, showDate } from './page-dates.js';
import { drawnPagebar } from './page-template-pager.js';

/**
 * The lists and pagers of the nineteenth template (page-jeecms.ts), as `[@cms_content_page]` loops in the
 * webmasters' templates write them: `ul.list` rows with the date in a `span.date` (after the title, or
 * floated right before it), or a table of title and date. The pager is JEECMS's: links of 首页 上一页
 * numbers 下一页 尾页 and 共N页, or its `sysPage` bar of buttons that jump by script.
 */

const variant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => jeecmsPick(bureau.id, what, n);

/** The rows of a list of `items`, `href(i)` each one's article. */
export function jeecmsListRows(bureau: SimBureau, items: SimItem[], href: (i: SimItem) => string, today: Day): string {
  const style = dateStyle(bureau, items, today);
  const date = (i: SimItem) => showDate(i.date, style);
  switch (variant(bureau, 'list', 3)) {
    case 0:
      return `<ul class="list">${items
        .map(
          (i) =>
            `<li><a href="${href(i)}" title="${i.title}" target="_blank">${i.title}</a><span class="date">${date(i)}</span></li>`,
        )
        .join('\n')}</ul>`;
    case 1:
      return `<ul class="list">${items
        .map(
          (i) =>
            `<li><span class="date fr">${date(i)}</span>·<a href="${href(i)}" title="${i.title}">${i.title}</a></li>`,
        )
        .join('\n')}</ul>`;
    default:
      return `<table class="list-table" width="100%" cellspacing="0" cellpadding="0">${items
        .map(
          (i) =>
            `<tr><td class="tit"><a href="${href(i)}" title="${i.title}" target="_blank">${i.title}</a></td><td class="date" width="100">${date(i)}</td></tr>`,
        )
        .join('\n')}</table>`;
  }
}

/**
 * The pager of a list of `total` items on page `page` (1-based), `at(n)` the address of page `n`: links
 * (首页 上一页 1 2 3 下一页 尾页 共3页), or the `sysPage` bar whose buttons call `_gotoPage(n)`.
 */
export const jeecmsPagebar = drawnPagebar((bureau, { total, perPage, pages, page, at }) => {
  if (variant(bureau, 'pager', 3) === 0) {
    const prefix = at(1).replace(/index\.(j?html?)$/, 'index');
    const suffix = at(1).match(/\.(j?html?)$/)?.[0] ?? '.jhtml';
    const button = (text: string, n: number, ok: boolean) =>
      `<input type="button" value="${text}" onclick="_gotoPage('${n}');"${ok ? '' : ' disabled="disabled"'}/>`;
    return `<div class="pagination">共 ${total} 条 每页 ${perPage} 条 当前 ${page}/${pages} 页 ${button('首 页', 1, page > 1)}${button('上一页', page - 1, page > 1)}${button('下一页', page + 1, page < pages)}${button('尾 页', pages, page < pages)} 转到<input type="text" id="_goPs" size="2" onkeypress="if(event.keyCode==13){_gotoPage($('#_goPs').val());}"/>页</div>
<script>var _urlPrefix='${prefix}',_urlSuffix='${suffix}';function _gotoPage(n){if(n<=1){location.href=_urlPrefix+_urlSuffix;}else{location.href=_urlPrefix+'_'+n+_urlSuffix;}}</script>`;
  }
  const first = Math.max(1, Math.min(page - 4, pages - 9));
  const numbers = Array.from({ length: Math.min(10, pages) }, (_, k) => first + k)
    .map((n) => (n === page ? `<span class="current">${n}</span>` : `<a href="${at(n)}">${n}</a>`))
    .join(' ');
  const step = (text: string, n: number, ok: boolean) =>
    ok ? `<a href="${at(n)}">${text}</a>` : `<span class="disabled">${text}</span>`;
  return `<div class="pages"><a href="${at(1)}">首页</a> ${step('上一页', page - 1, page > 1)} ${numbers} ${step('下一页', page + 1, page < pages)} <a href="${at(pages)}">尾页</a> 共${pages}页</div>`;
});
