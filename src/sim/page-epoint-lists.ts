import type { Day } from '../domain/types.js';
import { epointDialect } from './epoint-addresses.js';
import { epointPick } from './epoint-catalogue.js';
import type { SimBureau, SimItem } from './model.js';
import { dateStyle, showDate } from './page-dates.js';
import { drawnPagebar } from './page-template-pager.js';

/**
 * The lists and pagers of the twentieth template (page-epoint.ts), as WebBuilder's list templates write
 * them: `li.ewb-list-node` rows (`a.ewb-list-name`, `span.ewb-list-date`), `wb-data` rows with the title in
 * a floated `div`, rows with the date floated before the title, or on the ASP.NET WebBuilder the
 * `MoreInfoList1_DataGrid1` table. The pagers: `ewb-page` links around a `1/12` counter, the `wb-page`
 * bar with its 跳转到 box, page numbers that reload the list by `ShowAjaxNewPage`, or the ASP.NET pager of
 * image buttons to `?Paging=N`.
 */

const variant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => epointPick(bureau.id, what, n);
const dotnet = (bureau: Pick<SimBureau, 'id'>) => epointDialect(bureau.id).name === 'dotnet';

/** The rows of a list of `items`, `href(i)` each one's article. */
export function epointListRows(bureau: SimBureau, items: SimItem[], href: (i: SimItem) => string, today: Day): string {
  const style = dateStyle(bureau, items, today);
  const date = (i: SimItem) => showDate(i.date, style);
  const rows = (row: (i: SimItem) => string) => items.map(row).join('\n');
  if (dotnet(bureau))
    return `<table id="MoreInfoList1_DataGrid1" width="100%" border="0" cellspacing="0" cellpadding="0">${rows(
      (i) =>
        `<tr><td width="20" align="center"><img src="/images/dot.gif"></td><td align="left"><a href="${href(i)}" target="_blank" title="${i.title}">${i.title}</a></td><td align="right" width="90">${date(i)}</td></tr>`,
    )}</table>`;
  switch (variant(bureau, 'list', 3)) {
    case 0:
      return `<ul class="ewb-list">${rows(
        (i) =>
          `<li class="ewb-list-node clearfix"><a href="${href(i)}" title="${i.title}" target="_blank" class="ewb-list-name">${i.title}</a><span class="ewb-list-date">${date(i)}</span></li>`,
      )}</ul>`;
    case 1:
      return `<ul class="wb-data-item">${rows(
        (i) =>
          `<li class="wb-data-list"><div class="wb-data-infor l"><a href="${href(i)}" title="${i.title}" target="_blank">${i.title}</a></div><span class="wb-data-date r">${date(i)}</span></li>`,
      )}</ul>`;
    default:
      return `<ul class="ewb-info-items">${rows(
        (i) =>
          `<li class="ewb-info-item clearfix"><span class="ewb-info-date r">${date(i)}</span><a href="${href(i)}" class="ewb-info-name" title="${i.title}" target="_blank">${i.title}</a></li>`,
      )}</ul>`;
  }
}

/** The ASP.NET WebBuilder's pager: a `1/12` counter and image buttons. */
function imagePager(page: number, pages: number, at: (n: number) => string): string {
  const button = (img: string, n: number) =>
    `<td><a href="${at(Math.min(pages, Math.max(1, n)))}"><img src="/images/page/${img}.gif" border="0"></a></td>`;
  return `<div class="pagemargin"><table class="pagebar" border="0"><tr><td class="huifont">${page}/${pages}</td>${button('firstn', 1)}${button('prevn', page - 1)}${button('nextn', page + 1)}${button('lastn', pages)}<td class="huifont">转到第<input type="text" id="GoToPagingNo" size="2">页<img src="/images/page/go.gif" onclick="location.href='?Paging='+document.getElementById('GoToPagingNo').value;"></td></tr></table></div>`;
}

/** Page numbers that reload `#categorypagingcontent` in place from the page's static neighbours. */
function ajaxPager(bureau: SimBureau, page: number, pages: number): string {
  const first = epointDialect(bureau.id).name === 'paged' ? '1' : 'moreinfo';
  const first10 = Math.max(1, Math.min(page - 4, pages - 9));
  const numbers = Array.from({ length: Math.min(10, pages) }, (_, k) => first10 + k)
    .map((n) =>
      n === page
        ? `<li class="ewb-page-li current">${n}</li>`
        : `<li class="ewb-page-li"><a href="javascript:void(0)" onclick="ShowAjaxNewPage(window.location.pathname,'categorypagingcontent',${n})">${n}</a></li>`,
    )
    .join('');
  return `<div class="ewb-page" id="pagination"><ul class="ewb-page-items clearfix">${numbers}<li class="ewb-page-li ewb-page-noborder">共${pages}页</li></ul></div>
<script>function ShowAjaxNewPage(path,id,n){$.get(path.replace(/[^\\/]*$/,'')+(n>1?n:'${first}')+'.html',function(h){$('#'+id).html($('<div>').append($.parseHTML(h)).find('#'+id).html());});}</script>`;
}

/**
 * The pager of a list of `total` items on page `page` (1-based), `at(n)` the address of page `n`: the
 * `ewb-page` links, the `wb-page` bar, the script's page numbers, or (ASP.NET) the image buttons.
 */
export const epointPagebar = drawnPagebar((bureau, { pages, page, at }) => {
  if (dotnet(bureau)) return imagePager(page, pages, at);
  const to = (n: number) => at(Math.min(pages, Math.max(1, n)));
  switch (variant(bureau, 'pager', 3)) {
    case 0: {
      const li = (text: string, n: number) =>
        `<li class="ewb-page-li ewb-page-hover"><a href="${to(n)}">${text}</a></li>`;
      return `<div class="ewb-page"><ul class="ewb-page-items clearfix">${li('首页', 1)}${li('上页', page - 1)}<li class="ewb-page-li ewb-page-noborder ewb-page-num"><span>${page}/${pages}</span></li>${li('下页', page + 1)}${li('末页', pages)}</ul></div>`;
    }
    case 1: {
      const cls = 'wb-page-default wb-page-number wb-page-family';
      const li = (text: string, n: number, more = '') =>
        `<li class="wb-page-li"><a class="${cls}${more}" href="${to(n)}">${text}</a></li>`;
      const prefix = at(pages).replace(/[^/]*$/, '');
      return `<div class="pagemargin"><div id="page" class="wb-page"><ul class="wb-page-items clearfix">${li('首页', 1)}${li('上页', page - 1, ' wb-page-prev')}<li class="wb-page-li"><span class="${cls}" id="index">${page}/${pages}</span></li>${li('下页', page + 1, ' wb-page-next')}${li('末页', pages)}<li class="wb-page-li wb-page-jump"><span class="wb-page-fs12">跳转到</span><input type="text" class="wb-page-input" id="GoToPagingNo"><span class="wb-page-fs12">页</span></li><li class="wb-page-li"><a class="wb-page-default wb-page-go" href="javascript:void(0);" onclick="GoToPaging();">GO</a></li></ul></div></div>
<script>function GoToPaging(){var n=parseInt(document.getElementById('GoToPagingNo').value,10);if(n>=1&&n<=${pages})location.href=n==1?'${at(1)}':'${prefix}'+n+'.html';}</script>`;
    }
    default:
      return ajaxPager(bureau, page, pages);
  }
});
