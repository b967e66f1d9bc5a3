import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, newestBlock, sectionOf } from './numbered-home-blocks.js';
import { vsbArticleHref, vsbList, vsbNodeHref, vsbVariant, watchedUnder } from './page-vsb.js';
import { viewId } from './page-vsb-lists.js';
import { rowOf, type VsbGroup, vsbTreeId } from './vsb-catalogue.js';

/**
 * The homepage of the twenty-second template (page-vsb.ts), its parts VSB's editable regions
 * (`<!--#begineditable viewid="…" name="通知公告"-->`) each holding a list component: a slide of 工作动态
 * pictures (VSB's `/__local/` image paths), blocks with a column's or a 大栏目's name and a 更多 link (a
 * picture alone on some sites), their rows dated month-day, in full, or as a day over its year-month; a tab
 * module over the land market's columns switched by `setTab`; a 政府信息公开 banner; service icons; a
 * select of other sites.
 */

/** An editable region of the template, as VSB leaves it in the published page. */
const editable = (bureau: SimBureau, name: string, inner: string) =>
  inner ? `<!--#begineditable viewid="${viewId(bureau, name)}" name="${name}"-->${inner}<!--#endeditable-->` : '';

/** A row's date as the site's homepage components print it. */
function rowDate(bureau: SimBureau, i: SimItem): string {
  const kind = vsbVariant(bureau, 'homedate', 3);
  if (kind === 0) return `<span class="date">${i.date.slice(5)}</span>`;
  if (kind === 1) return `<span class="date">${i.date}</span>`;
  return `<div class="date"><span>${i.date.slice(8)}</span><em>${i.date.slice(0, 7)}</em></div>`;
}

const rows = (bureau: SimBureau, s: SimSection, items: SimItem[], today: Day) =>
  items
    .map(
      (i) =>
        `<li>${rowDate(bureau, i)}<a href="${vsbArticleHref(bureau, s, i, today)}" target="_blank" title="${i.title}">${i.title}</a></li>`,
    )
    .join('');

/** The 更多 link of a block: words on most sites, a picture alone on some. */
const more = (bureau: SimBureau, href: string) =>
  vsbVariant(bureau, 'more', 3) === 0
    ? `<a href="${href}" class="more" target="_blank"><img src="images/more.png" border="0"></a>`
    : `<a href="${href}" class="more" target="_blank">${['更多&gt;&gt;', 'MORE+'][vsbVariant(bureau, 'moreword', 2)]}</a>`;

const blockStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 6 + vsbVariant(bureau, 'boxn', 3),
  rows: (s, items) => rows(bureau, s, items, today),
  frame: (heading, href, items) =>
    editable(
      bureau,
      heading,
      `<div class="index-box"><div class="box-title"><h3>${heading}</h3>${more(bureau, href)}</div><ul class="box-list">${items}</ul></div>`,
    ),
});

const TAB_SCRIPT =
  '<script type="text/javascript">function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById(name+i);var con=document.getElementById("con_"+name+"_"+i);menu.className=i==cursel?"hover":"";con.style.display=i==cursel?"block":"none";}}</script>';

/** The tab module over `categories`' columns: heads `#tdsc1`…, panes `#con_tdsc_1`…. */
function tabModule(bureau: SimBureau, today: Day, categories: string[]): string {
  const sections = categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));
  if (sections.length === 0) return '';
  const linked = vsbVariant(bureau, 'tabhead', 2) === 0;
  const n = sections.length;
  const heads = sections
    .map((s, k) => {
      const title = columnTitle(bureau, s.category);
      const text = linked ? `<a href="${sectionPath(bureau, s, today)}" target="_blank">${title}</a>` : title;
      return `<li id="tdsc${k + 1}"${k === 0 ? ' class="hover"' : ''} onmouseover="setTab('tdsc',${k + 1},${n})">${text}</li>`;
    })
    .join('');
  const panes = sections
    .map((s, k) => {
      const own = linked
        ? ''
        : `<a class="tab-more" href="${sectionPath(bureau, s, today)}" target="_blank">更多&gt;&gt;</a>`;
      return `<div id="con_tdsc_${k + 1}"${k === 0 ? '' : ' style="display:none"'}><ul>${rows(bureau, s, visibleItems(s, today, 7), today)}</ul>${own}</div>`;
    })
    .join('');
  return editable(
    bureau,
    '土地市场',
    `<div class="tab-box"><div class="tab-title"><ul>${heads}</ul></div><div class="tab-con">${panes}</div></div>${TAB_SCRIPT}`,
  );
}

/** The slide of picture news: VSB stores a picture under `/__local/` by its digest. */
function slide(bureau: SimBureau, today: Day): string {
  const news = sectionOf(bureau, 'work_news');
  if (!news) return '';
  const pics = visibleItems(news, today, 4).map((i) => {
    const h = fnv1a(`pic22:${bureau.id}:${i.id}`).toString(16).toUpperCase().padStart(8, '0');
    const src = `/__local/${h[0]}/${h.slice(1, 3)}/${h.slice(3, 5)}/${h}${h}${h}${h}_${h}_${String(i.id).padStart(5, '0')}.jpg`;
    return `<li><a href="${vsbArticleHref(bureau, news, i, today)}" target="_blank"><img src="${src}" alt="${i.title}"></a><p>${i.title}</p></li>`;
  });
  return editable(bureau, '图片新闻', `<div class="focus"><ul class="pic">${pics.join('')}</ul></div>`);
}

const FRIENDS: [string, string][] = [
  ['中国政府网', 'http://www.gov.cn/'],
  ['自然资源部', 'http://www.mnr.gov.cn/'],
  ['省自然资源厅', 'http://zrzyt.gov.test/'],
  ['市人民政府', 'http://www.shi.gov.test/'],
];

/** The homepage's regions after the news the homepage always shows. */
export function vsbHomepage(bureau: SimBureau, today: Day): string {
  const style = blockStyle(bureau, today);
  const disclosure = (rowOf(bureau.id, 'group:政务公开') ?? rowOf(bureau.id, 'group:政府信息公开'))?.node as VsbGroup;
  const gkHref = vsbNodeHref(bureau, disclosure, today);
  const gkColumns = watchedUnder(bureau, disclosure, today).flatMap((e) => (e.section ? [e.section.category] : []));
  const blocks = [
    columnBlock(bureau, today, style, 'notices'),
    newestBlock(bureau, today, style, disclosure.name, gkHref, gkColumns.slice(0, 4)),
    columnBlock(bureau, today, style, 'expro_notice'),
    vsbVariant(bureau, 'bdcblock', 2) === 0 ? columnBlock(bureau, today, style, 'real_estate_reg') : '',
  ].join('');
  const tabs = tabModule(bureau, today, ['land_auction', 'land_transfer_result', 'supply_plan', 'mining_rights']);
  const banner = `<div class="xxgk-banner"><a href="${gkHref}" target="_blank"><img src="images/zfxxgk.jpg" alt="${disclosure.name}" border="0"></a></div>`;
  const icon = (title: string, href: string, img: string) =>
    `<li><a href="${href}" target="_blank"><img src="images/${img}.png" border="0"><span>${title}</span></a></li>`;
  const of = (category: string, img: string) => {
    const s = sectionOf(bureau, category);
    return s ? icon(columnTitle(bureau, category), sectionPath(bureau, s, today), img) : '';
  };
  const forms = vsbTreeId(bureau.id, '表格下载');
  const services = `<div class="fwzx"><ul>${of('service_guide', 'fw1')}${forms > 0 ? icon('表格下载', vsbList(bureau, forms, today), 'fw2') : ''}${of('director_mailbox', 'fw3')}</ul></div>`;
  const options = FRIENDS.map(([t, h]) => `<option value="${h}">${t}</option>`).join('');
  const friends = `<div class="yqlj"><select onchange="if(this.value!='')window.open(this.value)"><option value="">---政府网站---</option>${options}</select></div>`;
  return `${slide(bureau, today)}<div class="index-boxes">${blocks}</div>${tabs}${banner}${editable(bureau, '服务中心', services)}${friends}`;
}
