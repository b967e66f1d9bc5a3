import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem } from './model.js';
import { dateStyle, showDate } from './page-dates.js';
import { drawnPagebar, type PagerPlace } from './page-template-pager.js';
import { vsbPick } from './vsb-catalogue.js';

/**
 * The lists and pagers of the twenty-second template (page-vsb.ts), as VSB's list components write them:
 * the classic component's `<table class="winstyle44587">` rows (a dot image, the title linked with class
 * `c44587`, the date in `<span class="timestyle44587">`, a rule row between), the newer components'
 * `<li id="line_u8_0">` rows, or the 信息公开 component's table of 索引号, title and date. The pager is VSB's
 * `pb_sys_common` bar (page numbers, or 共N条 1/M with 首页 上页 下页 尾页) or the classic component's table
 * (共N条 1/M in `td#fanye44587`, `_simple_list_gotopage_fun`).
 */

/** The number VSB gives a site's component (its `viewid`): stable per site and component. */
export const viewId = (bureau: Pick<SimBureau, 'id'>, component: string) =>
  40000 + (fnv1a(`view22:${bureau.id}:${component}`) % 60000);

export type ListKind = 'table' | 'lines' | 'catalogue';

/** The rows of a list of `items`, `href(i)` each one's article, in the markup of `kind` (of the page's list `component`). */
export function vsbListRows(
  bureau: SimBureau,
  kind: ListKind,
  items: SimItem[],
  href: (i: SimItem) => string,
  today: Day,
  component = 'list',
): string {
  const style = dateStyle(bureau, items, today);
  const date = (i: SimItem) => showDate(i.date, style);
  const v = viewId(bureau, component);
  if (kind === 'table') {
    const rule = `<tr><td colspan="3" height="1" style="background:url(images/xx.gif) repeat-x"></td></tr>`;
    const rows = items.map(
      (i, k) =>
        `<tr height="26" id="line${v}_${k}"><td width="1%" nowrap><img src="images/dot.gif" border="0"></td><td width="100%"><a href="${href(i)}" class="c${v}" title="${i.title}" target="_blank">${i.title}</a></td><td nowrap width="1%"><span class="timestyle${v}">${date(i)}&nbsp;</span></td></tr>`,
    );
    return `<table class="winstyle${v}" width="100%" cellspacing="0" cellpadding="0">${rows.join(rule)}</table>`;
  }
  if (kind === 'lines') {
    const u = 6 + (v % 20);
    return `<div class="list"><ul>${items
      .map(
        (i, k) =>
          `<li id="line_u${u}_${k}"><a href="${href(i)}" target="_blank" title="${i.title}">${i.title}</a><span>${date(i)}</span></li>`,
      )
      .join('\n')}</ul></div>`;
  }
  // The bureau's 统一社会信用代码 (11 a government body, its area code, MB), then the year and a serial.
  const h = fnv1a(`uscc:${bureau.id}`);
  const code = `11${410000 + (h % 90000)}MB${String(h % 1e7).padStart(7, '0')}${'0123456789X'[h % 11]}`;
  const index = (i: SimItem) => `${code}/${i.date.slice(0, 4)}-${String(i.id % 100000).padStart(5, '0')}`;
  return `<table class="govlist" width="100%" cellspacing="0"><tr class="govlisthead"><td width="24%">索引号</td><td>信息名称</td><td width="14%">发布日期</td></tr>${items
    .map(
      (i) =>
        `<tr><td>${index(i)}</td><td class="govlisttitle"><a href="${href(i)}" target="_blank" title="${i.title}">${i.title}</a></td><td>${date(i)}</td></tr>`,
    )
    .join('')}</table>`;
}

const SYS_CSS = '<link rel="stylesheet" content-type="text/css" href="/system/resource/css/pagedown/sys.css">';

/** The `pb_sys_common` bar's step links (首页 上页 下页 尾页), greyed where they lead nowhere. */
function steps({ pages, page, at }: PagerPlace): string[] {
  const step = (cls: string, text: string, n: number, on: boolean) =>
    on
      ? `<span class="${cls} p_fun"><a href="${at(n)}">${text}</a></span>`
      : `<span class="${cls}_d p_fun_d">${text}</span>`;
  return [
    step('p_first', '首页', 1, page > 1),
    step('p_prev', '上页', page - 1, page > 1),
    step('p_next', '下页', page + 1, page < pages),
    step('p_last', '尾页', pages, page < pages),
  ];
}

/** The page numbers around the current one, the first and last always, dots between. */
function numbers({ pages, page, at }: PagerPlace): string {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown
    .map((n, k) => {
      const dots = k > 0 && n - (shown[k - 1] as number) > 1 ? '<span class="p_dot">...</span>' : '';
      return `${dots}${n === page ? `<span class="p_no_d">${n}</span>` : `<span class="p_no"><a href="${at(n)}">${n}</a></span>`}`;
    })
    .join('');
}

/** The goto box of the `pb_sys_common` bar. */
const gotoBox = (pages: number, v: number) =>
  `<span class="p_t">到第</span><span class="p_goto"><script language="javascript" src="/system/resource/js/gotopage.js"></script><input type="text" class="p_goto_input" maxlength="10" id="u${v}_goto" onkeydown="if(event.keyCode==13){_simple_list_gotopage_fun(${pages},&quot;u${v}_goto&quot;,2)}" spellcheck="false"></span><span class="p_t">页</span> <span class="p_goto"><a href="javascript:;" onclick="_simple_list_gotopage_fun(${pages},&quot;u${v}_goto&quot;,2)">跳转</a></span>`;

/** The classic component's pager table. */
function classicPager({ total, pages, page, at }: PagerPlace, v: number, bureauId: string): string {
  const link = (text: string, n: number, on: boolean, cls: string) =>
    on ? `<a href="${at(n)}" class="${cls}">${text}</a>` : `<span class="${cls}Disabled">${text}</span>`;
  const head = `headStyle${fnv1a(`head22:${bureauId}`).toString(36)}`;
  const moves = [
    link('首页', 1, page > 1, 'Prev'),
    link('上页', page - 1, page > 1, 'Prev'),
    link('下页', page + 1, page < pages, 'Next'),
    link('尾页', pages, page < pages, 'Next'),
  ].join('&nbsp;');
  return `<script language="javascript" src="/system/resource/js/gotopage.js"></script><script type="text/javascript">function a${v}_gopage_fun(){_simple_list_gotopage_fun(${pages},'a${v}GOPAGE',2)}</script><table cellspacing="0" cellpadding="0" border="0"><tr><td colspan="0"><table cellspacing="0" class="${head}" width="100%" cellpadding="1"><tr valign="middle"><td nowrap align="left" width="1%" id="fanye${v}">共${total}条&nbsp;&nbsp;${page}/${pages}&nbsp;</td><td nowrap align="left"><div>&nbsp;${moves}&nbsp;&nbsp;<input type="text" class="defaultInputStyle" name="a${v}GOPAGE" id="a${v}GOPAGE" size="5">&nbsp;<a href="javascript:;" onclick="a${v}_gopage_fun()" class="Next">转到</a></div></td></tr></table></td></tr></table>`;
}

/** The pager of a list of `total` items on page `page` (1-based), `at(n)` the address of page `n`. */
export const vsbPagebar = drawnPagebar((bureau, place) => {
  const v = viewId(bureau, 'list');
  const kind = vsbPick(bureau.id, 'pager', 3);
  if (kind === 2) return classicPager(place, v, bureau.id);
  const [first, prev, next, last] = steps(place);
  const bar = (cls: string, inner: string) =>
    `${SYS_CSS}<div class="pb_sys_common ${cls} pb_sys_style1" style="margin-top:10px;text-align:center;">${inner}</div>`;
  if (kind === 0)
    return bar(
      'pb_sys_full',
      `<span class="p_pages">${first}${prev}${numbers(place)}${next}${last}</span> <span class="p_t">共${place.pages}页</span> ${gotoBox(place.pages, v)}`,
    );
  return bar(
    'pb_sys_normal',
    `<span class="p_t">共${place.total}条</span> <span class="p_t">${place.page}/${place.pages}</span> <span class="p_pages">${first}${prev}${next}${last}</span> ${gotoBox(place.pages, v)}`,
  );
});
