import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem } from './model.js';
import { dateStyle, plainStyle, showDate } from './page-dates.js';

/**
 * The item list of a column page in the markup of the bureau's CMS, with the traps real lists carry:
 * URL dates that differ from shown dates, lists inside comments and CDATA islands, relevance order.
 */

/** TRS-style article URL whose embedded date is sometimes days off the shown one, as on real sites. */
export function articleUrl(base: string, item: SimItem): string {
  const shift = item.id % 5 === 0 ? 17 : 0;
  const d = new Date(`${item.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + shift);
  const stamp = d.toISOString().slice(0, 10).replace(/-/g, '');
  return `${base}${stamp.slice(0, 6)}/t${stamp}_${item.id}.html`;
}

/** One Hanweb record: the `<li>` a `<datastore>` island or the jpage endpoint carries in CDATA. */
export function hanwebRecord(base: string, item: SimItem, date: string): string {
  return `<record><![CDATA[<li><a href="${base}art_${item.id}.html" title="${item.title}" target="_blank">${item.title}</a><span>${date}</span></li>]]></record>`;
}

/** The pager under a list: page 0 is `index.html`, page N `index_N.html`. */
export function pager(total: number, perPage: number, page: number): string {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const link = (n: number) => (n === 0 ? 'index.html' : `index_${n}.html`);
  return `<div class="page">共 ${total} 条 当前第 ${page + 1}/${pages} 页 <a href="index.html">首页</a> ${
    page > 0 ? `<a href="${link(page - 1)}">上一页</a>` : '<span>上一页</span>'
  } ${page + 1 < pages ? `<a href="${link(page + 1)}">下一页</a>` : '<span>下一页</span>'} <a href="${link(pages - 1)}">尾页</a></div>`;
}

/** The list markup of the bureau's CMS; `base` is the column's current path. */
export function listBody(bureau: SimBureau, base: string, items: SimItem[], today: Day): string {
  const style = dateStyle(bureau, items, today);
  const date = (i: SimItem) => showDate(i.date, style);
  switch (bureau.family) {
    case 'trs-table':
      return `<table class="gl_list">${items
        .map(
          (i) =>
            `<tr><td><img src="/images/ico2.jpg"></td><td><a href="${articleUrl(base, i)}">${i.title}</a></td><td>\n\t\t${date(i)}\n\t</td></tr>`,
        )
        .join('\n')}</table>
<script>var currentPage = 0; //所在页从0开始
var countPage = 3; createPageHTML(3, 0, "index", "html");</script>`;
    case 'trs-comment':
      return `<ul class="xxgklist"><!--\n${items
        .map(
          (i) =>
            `<li><a href="${articleUrl(base, i)}" title="${i.title}">${i.title}</a><b>${showDate(i.date, plainStyle(style))}</b></li>`,
        )
        .join('\n')}\n<script>createPageHTML('page_div',3, 1,'zwgklist','shtml',60);</script>--></ul>
<script src="/xhtml/js/page_list.js"></script>`;
    case 'hanweb-island':
      return `<div id="352144"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1">]]></nextgroup><recordset>${items
        .map((i) => hanwebRecord(base, i, showDate(i.date, plainStyle(style))))
        .join('')}</recordset></datastore></script></div>
<script>$('#352144').jpage({ totalRecord: ${items.length}, perPage: 20, proxyUrl: '/module/web/jpage/dataproxy.jsp' });</script>`;
    case 'catalogue':
      return `<table class="xxgkml"><tr><th>名称</th><th>索引号</th><th>成文日期</th><th>发布日期</th></tr>${items
        .map((i) => {
          const written = new Date(`${i.date}T00:00:00Z`);
          written.setUTCDate(written.getUTCDate() - (i.id % 7));
          const idx = `${fnv1a(bureau.id) % 1_000_000}/${i.date.slice(0, 4)}-${String(i.id).padStart(5, '0')}`;
          return `<tr><td><a href="${articleUrl(base, i)}">${i.title}</a></td><td>${idx}</td><td>${showDate(written.toISOString().slice(0, 10), style)}</td><td>${date(i)}</td></tr>`;
        })
        .join('')}</table>`;
    case 'detail-dated':
      return `<ul class="doc_list">${items.map((i) => `<li><a href="${base}detail_${i.id}.html">${i.title}</a></li>`).join('')}</ul>`;
    case 'search': {
      // Relevance order: the newest is rarely first.
      const ordered = [...items].sort((a, b) => fnv1a(`${a.id}`) - fnv1a(`${b.id}`));
      const newer = today.replace(/-/g, '');
      return `<div class="search-result">${ordered
        .map(
          (i) =>
            `<div class="item is-news"><a class="title" href="${articleUrl(base, i)}">${i.title}</a><div class="description">${i.title}的详细内容……</div><a class="source" href="/">${bureau.name}</a><span class="sourceTime">发布时间：${i.date} 09:${String(i.id % 60).padStart(2, '0')}:00</span></div>`,
        )
        .join('\n')}</div>
<div class="right"><div class="item interested"><h2>您可能感兴趣</h2><ul><li><a href="/t${newer}_1.html">关于进一步优化营商环境的通知</a><span>${today}</span></li><li><a href="/t${newer}_2.html">政务服务事项清单</a><span>${today}</span></li><li><a href="/t${newer}_3.html">便民服务指南</a><span>${today}</span></li></ul></div></div>`;
    }
  }
}
