import type { Day } from '../domain/types.js';
import { jeecmsTree } from './jeecms-catalogue.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, groupBlock, sectionOf } from './numbered-home-blocks.js';
import { numberedArticleHref } from './numbered-site.js';
import { jeecmsSite, jeecmsVariant } from './page-jeecms.js';

/**
 * The homepage modules of the nineteenth template (page-jeecms.ts): `.box`es whose `.box-hd` holds a
 * channel's or a parent's name and 更多>>, their `.box-bd` the newest items with month-day dates; a tabbed
 * module whose heads switch panes by `onmouseover="setTab('one',2,4)"` (a 更多 per pane on some sites,
 * the head's one 更多 to the first tab's channel on others); 专题 pictures and a select of other sites.
 */

const MORE = ['更多&gt;&gt;', '更多>>', 'more&gt;&gt;'];
const more = (bureau: SimBureau) => MORE[jeecmsVariant(bureau, 'more', MORE.length)] as string;

const rows = (bureau: SimBureau, s: SimSection, items: SimItem[], today: Day) =>
  items
    .map(
      (i) =>
        `<li><a href="${numberedArticleHref(jeecmsSite(bureau), bureau, s, i, today)}" title="${i.title}" target="_blank">${i.title}</a><span class="date">${i.date.slice(5)}</span></li>`,
    )
    .join('');

const boxStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 7 + jeecmsVariant(bureau, 'boxn', 2),
  rows: (s, items) => rows(bureau, s, items, today),
  frame: (heading, href, items) =>
    `<div class="box"><div class="box-hd"><span class="title">${heading}</span><a class="more" href="${href}">${more(bureau)}</a></div><div class="box-bd"><ul>${items}</ul></div></div>`,
});

const TAB_SCRIPT =
  '<script>function setTab(name,cursel,n){for(var i=1;i<=n;i++){var menu=document.getElementById(name+i);var con=document.getElementById("con_"+name+"_"+i);if(!menu||!con)continue;menu.className=i==cursel?"hover":"";con.style.display=i==cursel?"block":"none";}}</script>';

/** The tabbed module over `categories`' channels, its tabs named `one1`…, its panes `con_one_1`…. */
function tabModule(bureau: SimBureau, today: Day, categories: string[], name: string): string {
  const sections = categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));
  if (sections.length === 0) return '';
  const n = sections.length;
  const perPane = jeecmsVariant(bureau, 'tabmore', 2) === 0;
  const heads = sections
    .map(
      (s, k) =>
        `<li id="${name}${k + 1}" onmouseover="setTab('${name}',${k + 1},${n})"${k === 0 ? ' class="hover"' : ''}>${columnTitle(bureau, s.category)}</li>`,
    )
    .join('');
  const panes = sections
    .map((s, k) => {
      const own = perPane
        ? `<div class="pane-more"><a href="${sectionPath(bureau, s, today)}">${more(bureau)}</a></div>`
        : '';
      return `<div id="con_${name}_${k + 1}"${k === 0 ? '' : ' style="display:none"'}><ul>${rows(bureau, s, visibleItems(s, today, 7), today)}</ul>${own}</div>`;
    })
    .join('');
  const one = perPane
    ? ''
    : `<a class="more" href="${sectionPath(bureau, sections[0] as SimSection, today)}">${more(bureau)}</a>`;
  return `<div class="box tab-box"><div class="box-hd"><ul class="tab-menu">${heads}</ul>${one}</div><div class="box-bd">${panes}</div></div>`;
}

const FRIENDS: [string, string][] = [
  ['中国政府网', 'http://www.gov.cn/'],
  ['自然资源部', 'http://www.mnr.gov.cn/'],
  ['省自然资源厅', 'http://zrzyt.gov.test/'],
  ['市人民政府', 'http://www.city.gov.test/'],
];

/** The homepage's modules after the news the homepage always shows. */
export function jeecmsHomepage(bureau: SimBureau, today: Day): string {
  const style = boxStyle(bureau, today);
  const site = jeecmsSite(bureau);
  const has = (name: string) => jeecmsTree(bureau.id).some((g) => g.name === name && !g.leaf);
  const land = has('业务工作') ? '业务工作' : '土地管理';
  const boxes = [
    columnBlock(bureau, today, style, 'notices'),
    jeecmsVariant(bureau, 'fg', 2) === 0 ? columnBlock(bureau, today, style, 'laws_policies') : '',
    groupBlock(site, bureau, today, style, '政务公开', ['laws_policies', 'disclosure_basics', 'plans']),
    groupBlock(site, bureau, today, style, land, ['expro_notice', 'compensation_plan']),
    groupBlock(site, bureau, today, style, '公众参与', ['director_mailbox']),
  ].join('');
  const tabs = tabModule(
    bureau,
    today,
    ['land_auction', 'land_transfer_result', 'supply_plan', 'mining_rights'],
    'one',
  );
  const news = sectionOf(bureau, 'work_news');
  const picture = news
    ? `<div class="pic-news">${visibleItems(news, today, 1)
        .map(
          (i) =>
            `<a href="${numberedArticleHref(site, bureau, news, i, today)}"><img src="/u/cms/www/${i.date.slice(0, 7).replace('-', '')}/${i.id}.jpg" alt="${i.title}"></a>`,
        )
        .join('')}</div>`
    : '';
  const options = FRIENDS.map(([t, h]) => `<option value="${h}">${t}</option>`).join('');
  const friends = `<div class="links"><select onchange="if(this.value!='')window.open(this.value)"><option value="">==友情链接==</option>${options}</select></div>`;
  const special =
    '<div class="zt"><a href="/zt/gdbh/index.jhtml"><img src="/r/cms/www/red/img/zt_gdbh.jpg" alt="耕地保护专题"></a></div>';
  return `${picture}<div class="main-boxes">${boxes}</div>${tabs}${special}${friends}${TAB_SCRIPT}`;
}
