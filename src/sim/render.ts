import type { Day } from '../domain/types.js';
import {
  columnTitle,
  listPageSize,
  navStyle,
  type SimBureau,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { aspnetHomepage } from './page-aspnet.js';
import { bumenHomepage } from './page-bumen.js';
import { page } from './page-chrome.js';
import { cmsHomepage } from './page-cms.js';
import { chineseNumeralDate } from './page-dates.js';
import { dedeListBody, dedePager } from './page-dede.js';
import { dedeHomepage } from './page-dede-home.js';
import { dropdownHomepage } from './page-dropdown.js';
import { empireListBody, empirePager } from './page-empire.js';
import { empireHomepage } from './page-empire-home.js';
import { epointListBody, epointPager } from './page-epoint.js';
import { epointHomepage } from './page-epoint-home.js';
import { gktableHomepage, gktableListBody } from './page-gktable.js';
import { hanwebHomepage } from './page-hanweb.js';
import { jeecmsListBody, jeecmsPager } from './page-jeecms.js';
import { jeecmsHomepage } from './page-jeecms-home.js';
import { jpageBody } from './page-jpage.js';
import { listBody, pager } from './page-lists.js';
import { oldsiteHomepage } from './page-oldsite-home.js';
import { oldsiteListBody, oldsitePager } from './page-oldsite-lists.js';
import { pbootListBody, pbootPager } from './page-pboot.js';
import { pbootHomepage } from './page-pboot-home.js';
import { platformHomepage } from './page-platform.js';
import { scriptListBody } from './page-script.js';
import { scriptnavHomepage } from './page-scriptnav-pages.js';
import { vsbListBody, vsbPager } from './page-vsb.js';
import { vsbHomepage } from './page-vsb-home.js';
import { zhanqunHomepage } from './page-zhanqun.js';

/**
 * The pages of a simulated site: homepage, portal, catalogue, column lists, details, the dataproxy
 * reply. Pure: (bureau, section, day) → HTML. Chrome and sizes come from page-chrome.ts.
 */

const EMPTY_LIST = '<div class="list"><ul class="list"></ul><p>暂无信息</p></div>';

/** A column page; `pageNo` 0 is `index.html`, page N is `index_N.html`. */
export function renderSection(bureau: SimBureau, section: SimSection, today: Day, charset: string, pageNo = 0): string {
  const title = columnTitle(bureau, section.category);
  const base = sectionPath(bureau, section, today);
  const frame = { bureau, today, charset, title, section, path: `${base}index_${pageNo}` };
  if (section.fault === 'blank') return page(frame, EMPTY_LIST);
  if (section.fault === 'script-only') {
    return page(
      frame,
      `<div id="380055"></div><script type="text/x-handlebars-template">{{#each data}}<li><a href="{{url}}">{{title}}</a><span>{{pubDate}}</span></li>{{/each}}</script>
<script>var channel = {"releaseTime": ${Date.parse(`${today}T00:00:00Z`)}}; loadPageData({channelCode:'col42150', perPage:15}, '380055');</script>`,
    );
  }
  const perPage = listPageSize(bureau);
  const items = visibleItems(section, today, perPage, pageNo);
  if (pageNo === 0 && section.pinned && section.pinned.date <= today) items.unshift(section.pinned);
  const total = visibleItems(section, today, Number.MAX_SAFE_INTEGER).length;
  if (section.source.kind === 'jpage')
    return page(frame, jpageBody(bureau, section, section.source, items, today, perPage));
  if (items.length === 0) return page(frame, EMPTY_LIST);
  const list =
    section.source.kind === 'script'
      ? scriptListBody(bureau, section.source, base, items, today)
      : (gktableListBody(bureau, section, base, items, today) ??
        dedeListBody(bureau, base, items) ??
        pbootListBody(bureau, section, items, today) ??
        oldsiteListBody(bureau, section, items, today) ??
        jeecmsListBody(bureau, section, items, today) ??
        epointListBody(bureau, section, items, today) ??
        empireListBody(bureau, section, items, today) ??
        vsbListBody(bureau, section, items, today) ??
        listBody(bureau, base, items, today));
  const pages =
    dedePager(bureau, section, total, perPage, pageNo) ??
    pbootPager(bureau, section, total, perPage, pageNo, today) ??
    oldsitePager(bureau, section, total, perPage, pageNo, today) ??
    jeecmsPager(bureau, section, total, perPage, pageNo, today) ??
    epointPager(bureau, section, total, perPage, pageNo, today) ??
    empirePager(bureau, section, total, perPage, pageNo, today) ??
    vsbPager(bureau, section, total, perPage, pageNo, today) ??
    pager(total, perPage, pageNo);
  return page(frame, `${list}\n${pages}`);
}

/** Hanweb's `dataproxy.jsp` reply as the bureaus watched through it configure it: always UTF-8. */
export function renderDataproxy(bureau: SimBureau, section: SimSection, today: Day): string {
  const items = section.fault === 'blank' ? [] : visibleItems(section, today, 60);
  const base = sectionPath(bureau, section, today);
  const records = items
    .map(
      (i) =>
        `<record><![CDATA[<li><a href="${base}art_${i.id}.html" title="${i.title}">${i.title}</a><b readlabel="${i.date}">${i.date}</b></li>]]></record>`,
    )
    .join('');
  return `<datastore><totalrecord>${items.length}</totalrecord><totalpage>${Math.ceil(items.length / 20)}</totalpage><recordset>${records}</recordset></datastore>`;
}

/** An article page. Sites with the newer date forms drop the PubDate meta and write 二〇二〇年八月二日. */
export function renderDetail(
  bureau: SimBureau,
  section: SimSection,
  itemId: number,
  today: Day,
  charset: string,
): string | null {
  const item = section.items.find((i) => i.id === itemId);
  if (!item || item.date > today) return null;
  const base = sectionPath(bureau, section, today);
  const published = bureau.newDateForms ? chineseNumeralDate(item.date) : item.date;
  const meta = bureau.newDateForms ? '' : `<meta name="PubDate" content="${item.date} 10:00">`;
  const paragraphs = Array.from(
    { length: 3 + (itemId % 5) },
    (_, k) =>
      `<p>${k === 0 ? item.title : `根据《中华人民共和国土地管理法》等有关规定，现将${item.title}的有关事项公告如下（${k}）。`}</p>`,
  ).join('');
  const body = `${meta}<div class="article"><h1>${item.title}</h1><div class="ztzx_frame_subtitle_l"><span>发布时间：${published}</span> <span>来源：${bureau.name}</span> <span>浏览次数：<script>document.write(${itemId * 37})</script></span></div>
<div class="TRS_Editor">${paragraphs}</div><div class="attach"><a href="${base}P0${itemId}.pdf">附件：${item.title}.pdf</a></div>
<div class="share"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>`;
  return page(
    { bureau, today, charset, title: item.title, section, path: `${base}detail_${itemId}`, interested: true },
    body,
  );
}

function columnList(bureau: SimBureau, today: Day): string {
  return bureau.sections
    .map((s) => `<li><a href="${sectionPath(bureau, s, today)}">${columnTitle(bureau, s.category)}</a></li>`)
    .join('');
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
  return page(
    { bureau, today, charset, title: '信息公开目录', path: 'catalogue' },
    `<div class="xxgk-tree">${tree}</div>`,
  );
}

/** The 政务公开 portal of a two-level site: the list of its columns. */
export function renderPortal(bureau: SimBureau, today: Day, charset: string): string {
  return page(
    { bureau, today, charset, title: '政务公开', path: 'portal' },
    `<div class="zwgk-columns"><h2>政府信息公开目录</h2><ul class="columns">${columnList(bureau, today)}</ul></div>`,
  );
}

export function renderHomepage(bureau: SimBureau, today: Day, charset: string): string {
  const news = bureau.sections.find((s) => s.category === 'work_news');
  const latest = news ? visibleItems(news, today, 8) : [];
  const newsPath = news ? sectionPath(bureau, news, today) : '/';
  return page(
    { bureau, today, charset, title: '首页', path: '/' },
    `<div class="yw"><h2>要闻动态</h2><ul class="news">${latest.map((i) => `<li><a href="${newsPath}art_${i.id}.html">${i.title}</a><span>${i.date}</span></li>`).join('')}</ul></div>${homepageBlocks(bureau, today)}`,
  );
}

/** What a template's homepage shows besides its news: blocks with 更多 links, tabs, decoy links. */
function homepageBlocks(bureau: SimBureau, today: Day): string {
  switch (navStyle(bureau)) {
    case 'platform':
      return platformHomepage(bureau, today);
    case 'hanweb':
      return hanwebHomepage(bureau, today);
    case 'bumen':
      return bumenHomepage(bureau, today);
    case 'scriptnav':
      return scriptnavHomepage(bureau, today);
    case 'zhanqun':
      return zhanqunHomepage(bureau, today);
    case 'dropdown':
      return dropdownHomepage(bureau, today);
    case 'cms':
      return cmsHomepage(bureau, today);
    case 'gktable':
      return gktableHomepage(bureau, today);
    case 'aspnet':
      return aspnetHomepage(bureau, today);
    case 'dede':
      return dedeHomepage(bureau, today);
    case 'pboot':
      return pbootHomepage(bureau, today);
    case 'oldsite':
      return oldsiteHomepage(bureau, today);
    case 'jeecms':
      return jeecmsHomepage(bureau, today);
    case 'epoint':
      return epointHomepage(bureau, today);
    case 'empire':
      return empireHomepage(bureau, today);
    case 'vsb':
      return vsbHomepage(bureau, today);
    default:
      return '';
  }
}
