import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem } from './model.js';
import { dateStyle, showDate } from './page-dates.js';
import { drawnPagebar } from './page-template-pager.js';
import { pbootPick } from './pboot-catalogue.js';

/**
 * The lists and pagers of the seventeenth template (page-pboot.ts), as the firms' templates write
 * `{pboot:list}` loops: cards whose date is a big day over the year and month (`<span>20</span>2026-11`),
 * `<dl><dt>` rows with the date in `<dd>`, `<li>` rows with a `<span>` date, or Bootstrap media objects
 * with a picture and a summary. The pager is PbootCMS's `{page:bar}` or Bootstrap's `.pagination`.
 */

const variant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => pbootPick(bureau.id, what, n);

const summary = (i: SimItem) => `为进一步做好相关工作，现将${i.title}有关情况发布如下……`;
const image = (i: SimItem) => `/static/upload/image/${i.date.replace(/-/g, '')}/16${String(i.id).padStart(8, '0')}.jpg`;

/** A card: the title and summary in one link, the day apart from the month (two ways round). */
function card(bureau: SimBureau, i: SimItem, href: string): string {
  const [y, m, d] = i.date.split('-');
  const date =
    variant(bureau, 'daypos', 2) === 0
      ? `<div class="date"><span>${d}</span>${y}-${m}</div>`
      : `<div class="time"><p>${y}.${m}</p><strong>${d}</strong></div>`;
  return `<div class="item"><a href="${href}" target="_blank"><h3>${i.title}</h3><p>${summary(i)}</p></a>${date}</div>`;
}

/** The rows of a list of `items`, `href(i)` each one's article. */
export function pbootListRows(bureau: SimBureau, items: SimItem[], href: (i: SimItem) => string, today: Day): string {
  const style = dateStyle(bureau, items, today);
  const date = (i: SimItem) => showDate(i.date, style);
  switch (variant(bureau, 'list', 4)) {
    case 0:
      return `<div class="news-list">${items.map((i) => card(bureau, i, href(i))).join('\n')}</div>`;
    case 1:
      return `<div class="list-box">${items
        .map((i) => `<dl><dt><a href="${href(i)}" title="${i.title}">${i.title}</a></dt><dd>${date(i)}</dd></dl>`)
        .join('\n')}</div>`;
    case 2: {
      const before = variant(bureau, 'spanpos', 2) === 0;
      return `<ul class="list-ul">${items
        .map((i) =>
          before
            ? `<li><span class="fr">${date(i)}</span><a href="${href(i)}" title="${i.title}">${i.title}</a></li>`
            : `<li><a href="${href(i)}" title="${i.title}" target="_blank">${i.title}</a><span>${date(i)}</span></li>`,
        )
        .join('\n')}</ul>`;
    }
    default:
      return `<div class="list-media">${items
        .map(
          (i) =>
            `<div class="media"><div class="media-left"><a href="${href(i)}"><img class="media-object" src="${image(i)}" alt="${i.title}"></a></div><div class="media-body"><h4 class="media-heading"><a href="${href(i)}">${i.title}</a></h4><p>${summary(i)}</p><span class="time"><i class="fa fa-clock-o"></i> ${i.date}</span></div></div>`,
        )
        .join('\n')}</div>`;
  }
}

/**
 * The pager of a list of `total` items, on page `page` (1-based), `at(n)` the address of page `n`:
 * PbootCMS's `{page:bar}` (共98条 当前1/5页, 首页, 前一页, numbers, 后一页, 尾页) or Bootstrap's.
 */
export const pbootPagebar = drawnPagebar((bureau, { total, pages, page, at }) => {
  const first = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, k) => first + k);
  const go = (n: number, ok: boolean) => (ok ? at(n) : 'javascript:;');
  if (variant(bureau, 'pager', 2) === 0) {
    const nums = numbers
      .map((n) => `<a href="${at(n)}" class="page-num${n === page ? ' page-num-current' : ''}">${n}</a>`)
      .join('');
    return `<div class="pagebar"><div class="pagination"><span class="page-status">共${total}条 当前${page}/${pages}页</span><span class="page-index"><a href="${at(1)}">首页</a></span><span class="page-pre"><a href="${go(page - 1, page > 1)}">前一页</a></span><span class="page-numbar">${nums}</span><span class="page-next"><a href="${go(page + 1, page < pages)}">后一页</a></span><span class="page-last"><a href="${at(pages)}">尾页</a></span></div></div>`;
  }
  const li = (n: number, text: string, ok: boolean) =>
    ok ? `<li><a href="${at(n)}">${text}</a></li>` : `<li class="disabled"><span>${text}</span></li>`;
  const nums = numbers
    .map((n) => (n === page ? `<li class="active"><span>${n}</span></li>` : li(n, String(n), true)))
    .join('');
  return `<nav class="text-center"><ul class="pagination">${li(page - 1, '&laquo; 上一页', page > 1)}${nums}${li(page + 1, '下一页 &raquo;', page < pages)}</ul></nav>`;
});
