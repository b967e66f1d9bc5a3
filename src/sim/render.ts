import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  CATALOGUE_PATH,
  columnTitle,
  navStyle,
  PORTAL_PATH,
  type SimBureau,
  type SimItem,
  type SimSection,
  sectionPath,
  visibleItems,
} from './network.js';

/**
 * HTML for simulated pages, in the markup of the CMS families real bureaus run, with the traps real
 * pages carry: page-generation stamps, footer dates, URL dates that differ from shown dates, pinned old
 * items, year-less and full-width dates, lists inside comments and CDATA islands.
 */

const PAGE_SIZE = 20;

type DateStyle = 'iso' | 'slash' | 'cn' | 'fullwidth' | 'yearless';

const FULLWIDTH = '０１２３４５６７８９';

function dateStyle(bureau: SimBureau, items: SimItem[], today: Day): DateStyle {
  const styles: DateStyle[] = ['iso', 'iso', 'iso', 'slash', 'cn', 'fullwidth', 'yearless'];
  const style = styles[fnv1a(bureau.id) % styles.length] as DateStyle;
  // A year-less list is only readable when every item is from the last ten months.
  const oldest = items.reduce<Day | undefined>((m, i) => (m === undefined || i.date < m ? i.date : m), undefined);
  if (style === 'yearless' && oldest && oldest < addMonthsBack(today, 10)) return 'iso';
  return style;
}

function addMonthsBack(today: Day, months: number): Day {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

function showDate(day: Day, style: DateStyle): string {
  const [y, m, d] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)];
  switch (style) {
    case 'slash':
      return `${y}/${Number(m)}/${Number(d)}`;
    case 'cn':
      return `${y}年${Number(m)}月${Number(d)}日`;
    case 'fullwidth':
      return `${y}年${m}月${d}日`.replace(/\d/g, (c) => FULLWIDTH[Number(c)] as string);
    case 'yearless':
      return `[${m}-${d}]`;
    default:
      return day;
  }
}

/** TRS-style article URL whose embedded date is sometimes days off the shown one, as on real sites. */
function articleUrl(base: string, item: SimItem): string {
  const shift = item.id % 5 === 0 ? 17 : 0;
  const d = new Date(`${item.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + shift);
  const stamp = d.toISOString().slice(0, 10).replace(/-/g, '');
  return `${base}${stamp.slice(0, 6)}/t${stamp}_${item.id}.html`;
}

function columnLinks(bureau: SimBureau, today: Day): string {
  return bureau.sections
    .map((s) => `<li><a href="${sectionPath(bureau, s, today)}">${columnTitle(bureau, s.category)}</a></li>`)
    .join('');
}

/** A path of the site's navigation as of `today`: a redesign moves it under its prefix. */
export function navPath(bureau: SimBureau, path: string, today: Day): string {
  return bureau.redesign && today >= bureau.redesign.day ? `${bureau.redesign.prefix}${path}` : path;
}

function navigation(bureau: SimBureau, today: Day): string {
  switch (navStyle(bureau)) {
    case 'portal':
      return `<li><a href="${navPath(bureau, PORTAL_PATH, today)}">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>`;
    case 'catalogue':
      return `<li><a href="/hdjl/">互动交流</a></li></ul><div class="banner"><a href="${navPath(bureau, CATALOGUE_PATH, today)}" target="_blank"><img src="/images/xxgkml.png" alt="政府信息公开目录"></a></div><ul class="nav2">`;
    default:
      return columnLinks(bureau, today);
  }
}

/** The 信息公开目录 of the catalogue template: columns grouped, long titles cut short on screen. */
export function renderCatalogue(bureau: SimBureau, today: Day, charset: string): string {
  const groups = new Map<string, string[]>();
  for (const s of bureau.sections) {
    const group = s.category.startsWith('land') || s.category.includes('supply') ? '土地管理' : '信息公开';
    const title = columnTitle(bureau, s.category);
    const shown = title.length > 6 ? `${title.slice(0, 5)}…` : title;
    const link = `<li><a href="${sectionPath(bureau, s, today)}" title="${title}" target="_blank">${shown}</a></li>`;
    groups.set(group, [...(groups.get(group) ?? []), link]);
  }
  const tree = [...groups].map(([g, links]) => `<h3>${g}</h3><ul>${links.join('')}</ul>`).join('');
  return layout(bureau, '信息公开目录', `<div class="xxgk-tree">${tree}</div>`, today, charset);
}

function layout(bureau: SimBureau, title: string, body: string, today: Day, charset: string): string {
  const nav = navigation(bureau, today);
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<meta name="HtmlGenerateTime" content="${today} 03:00:00"><meta name="others" content="页面生成时间 ${today} 03:00:00">
<title>${title}_${bureau.name}</title></head>
<body><div class="header"><h1>${bureau.name}</h1><ul class="nav"><li><a href="/">首页</a></li>${nav}</ul></div>
<div class="main"><div class="location">当前位置：<a href="/">首页</a> &gt; ${title}</div>
${body}
</div>
<div class="footer">主办：${bureau.name} 版权所有 2008-${today.slice(0, 4)} 更新时间：${today}</div>
</body></html>`;
}

/** The list markup of the bureau's CMS; `base` is the column's current path. */
function listBody(bureau: SimBureau, base: string, items: SimItem[], today: Day): string {
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
        .map((i) => `<li><a href="${articleUrl(base, i)}" title="${i.title}">${i.title}</a><b>${date(i)}</b></li>`)
        .join('\n')}\n<script>createPageHTML('page_div',3, 1,'zwgklist','shtml',60);</script>--></ul>
<script src="/xhtml/js/page_list.js"></script>`;
    case 'hanweb-island':
      return `<div id="352144"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1">]]></nextgroup><recordset>${items
        .map(
          (i) =>
            `<record><![CDATA[<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><span>${date(i)}</span></li>]]></record>`,
        )
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

/** A column page; `page` 0 is `index.html`, page N is `index_N.html`. */
export function renderSection(bureau: SimBureau, section: SimSection, today: Day, charset: string, page = 0): string {
  const title = columnTitle(bureau, section.category);
  if (section.fault === 'blank') {
    return layout(bureau, title, '<div class="list"><ul class="list"></ul><p>暂无信息</p></div>', today, charset);
  }
  if (section.fault === 'script-only') {
    return layout(
      bureau,
      title,
      `<div id="380055"></div><script type="text/x-handlebars-template">{{#each data}}<li><a href="{{url}}">{{title}}</a><span>{{pubDate}}</span></li>{{/each}}</script>
<script>var channel = {"releaseTime": ${Date.parse(`${today}T00:00:00Z`)}}; loadPageData({channelCode:'col42150', perPage:15}, '380055');</script>`,
      today,
      charset,
    );
  }
  const items = visibleItems(section, today, PAGE_SIZE, page);
  if (page === 0 && section.pinned && section.pinned.date <= today) items.unshift(section.pinned);
  const body =
    items.length === 0
      ? '<div class="list"><ul class="list"></ul><p>暂无信息</p></div>'
      : listBody(bureau, sectionPath(bureau, section, today), items, today);
  return layout(bureau, title, body, today, charset);
}

/** Hanweb's `dataproxy.jsp` reply: a bare `<datastore>` of CDATA records, always UTF-8. */
export function renderDataproxy(bureau: SimBureau, section: SimSection, today: Day): string {
  const items = section.fault === 'blank' ? [] : visibleItems(section, today, PAGE_SIZE * 3);
  const base = sectionPath(bureau, section, today);
  const records = items
    .map(
      (i) =>
        `<record><![CDATA[<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><b readlabel="${i.date}">${i.date}</b></li>]]></record>`,
    )
    .join('');
  return `<datastore><totalrecord>${items.length}</totalrecord><totalpage>${Math.ceil(items.length / PAGE_SIZE)}</totalpage><recordset>${records}</recordset></datastore>`;
}

export function renderDetail(section: SimSection, itemId: number, today: Day, charset: string): string | null {
  const item = section.items.find((i) => i.id === itemId);
  if (!item || item.date > today) return null;
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<meta name="PubDate" content="${item.date} 10:00"><meta name="HtmlGenerateTime" content="${today} 03:00:00"><title>${item.title}</title></head>
<body><div class="ztzx_frame_subtitle_l"><span>发布时间：${item.date}</span></div><div class="TRS_Editor"><p>${item.title}</p></div></body></html>`;
}

/** The 政务公开 portal of a two-level site: the list of its columns. */
export function renderPortal(bureau: SimBureau, today: Day, charset: string): string {
  return layout(
    bureau,
    '政务公开',
    `<div class="zwgk-columns"><h2>政府信息公开目录</h2><ul class="columns">${columnLinks(bureau, today)}</ul></div>`,
    today,
    charset,
  );
}

export function renderHomepage(bureau: SimBureau, today: Day, charset: string): string {
  const news = bureau.sections.find((s) => s.category === 'work_news');
  const latest = news ? visibleItems(news, today, 8) : [];
  const newsPath = news ? sectionPath(bureau, news, today) : '/';
  return layout(
    bureau,
    '首页',
    `<div class="yw"><h2>要闻动态</h2><ul class="news">${latest.map((i) => `<li><a href="${newsPath}art_${i.id}.html">${i.title}</a><span>${i.date}</span></li>`).join('')}</ul></div>`,
    today,
    charset,
  );
}
