import type { Day } from '../domain/types.js';
import { empireClassId, empireTree } from './empire-catalogue.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, groupBlock, sectionOf } from './numbered-home-blocks.js';
import { empireArticleHref, empireList, empireSite, empireVariant } from './page-empire.js';

/**
 * The homepage of the twenty-first template (page-empire.ts), its parts written by the CMS's `[ecmsinfo]`
 * tags: a `#focus` of picture news, `.box`es whose `.box_title` holds a column's or a 大栏目's name and a
 * `more` link, their rows dated month-day as the tag's `m-d` prints them; a tab module whose heads switch
 * panes by `nTabs(this,n)` (the heads linking their columns on some sites, a `more` under each pane on
 * others); a row of service icons; a select of other sites.
 */

const MORE = ['更多&gt;&gt;', 'more', '更多'];
const more = (bureau: SimBureau) => MORE[empireVariant(bureau, 'more', MORE.length)] as string;

const rows = (bureau: SimBureau, s: SimSection, items: SimItem[], today: Day) =>
  items
    .map(
      (i) =>
        `<li><span>${i.date.slice(5)}</span><a href="${empireArticleHref(bureau, s, i, today)}" title="${i.title}" target="_blank">${i.title}</a></li>`,
    )
    .join('');

const boxStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 6 + empireVariant(bureau, 'boxn', 3),
  rows: (s, items) => rows(bureau, s, items, today),
  frame: (heading, href, items) =>
    `<div class="box"><div class="box_title"><h3>${heading}</h3><span class="more"><a href="${href}" target="_blank">${more(bureau)}</a></span></div><div class="box_con"><ul>${items}</ul></div></div>`,
});

const TAB_SCRIPT =
  '<script type="text/javascript">function nTabs(thisObj,Num){if(thisObj.className=="active")return;var tabList=thisObj.parentNode.getElementsByTagName("li");for(var i=0;i<tabList.length;i++){if(i==Num){tabList[i].className="active";document.getElementById(thisObj.parentNode.id+"_Content"+i).style.display="block";}else{tabList[i].className="normal";document.getElementById(thisObj.parentNode.id+"_Content"+i).style.display="none";}}}</script>';

/** The tab module over `categories`' columns, its heads in `ul#name`, its panes `name_Content0`…. */
function tabModule(bureau: SimBureau, today: Day, categories: string[], name: string): string {
  const sections = categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));
  if (sections.length === 0) return '';
  const linked = empireVariant(bureau, 'tabhead', 2) === 0;
  const heads = sections
    .map((s, k) => {
      const title = columnTitle(bureau, s.category);
      const text = linked ? `<a href="${sectionPath(bureau, s, today)}" target="_blank">${title}</a>` : title;
      return `<li class="${k === 0 ? 'active' : 'normal'}" onmouseover="nTabs(this,${k});">${text}</li>`;
    })
    .join('');
  const panes = sections
    .map((s, k) => {
      const own = linked
        ? ''
        : `<div class="tab_more"><a href="${sectionPath(bureau, s, today)}" target="_blank">${more(bureau)}</a></div>`;
      return `<div id="${name}_Content${k}"${k === 0 ? '' : ' style="display:none"'}><ul>${rows(bureau, s, visibleItems(s, today, 7), today)}</ul>${own}</div>`;
    })
    .join('');
  return `<div class="tabbox"><div class="tab_title"><ul id="${name}">${heads}</ul></div><div class="tab_con">${panes}</div></div>${TAB_SCRIPT}`;
}

/** The row of service icons: the image alone on some sites, a caption under it on others. */
function services(bureau: SimBureau, today: Day): string {
  const captioned = empireVariant(bureau, 'icons', 2) === 0;
  const icon = (title: string, href: string, img: string) =>
    `<li><a href="${href}" target="_blank"><img src="/skin/default/images/${img}.png" alt="${title}">${captioned ? `<span>${title}</span>` : ''}</a></li>`;
  const of = (category: string, img: string) => {
    const s = sectionOf(bureau, category);
    return s ? icon(columnTitle(bureau, category), sectionPath(bureau, s, today), img) : '';
  };
  const forms = empireClassId(bureau.id, '表格下载');
  const download = forms > 0 ? icon('表格下载', empireList(bureau, forms, today), 'ico_xz') : '';
  return `<div class="fuwu"><ul>${of('service_guide', 'ico_bszn')}${download}${of('director_mailbox', 'ico_xx')}${icon('在线咨询', '/e/tool/feedback/?bid=1', 'ico_zx')}</ul></div>`;
}

const FRIENDS: [string, string][] = [
  ['中国政府网', 'http://www.gov.cn/'],
  ['自然资源部', 'http://www.mnr.gov.cn/'],
  ['省自然资源厅', 'http://zrzyt.gov.test/'],
  ['县人民政府', 'http://www.xian.gov.test/'],
];

/** The homepage's modules after the news the homepage always shows. */
export function empireHomepage(bureau: SimBureau, today: Day): string {
  const style = boxStyle(bureau, today);
  const site = empireSite(bureau);
  const names = empireTree(bureau.id).map((g) => g.name);
  const notices = names.includes('公示公告') ? '公示公告' : '自然资源管理';
  const boxes = [
    columnBlock(bureau, today, style, 'notices'),
    groupBlock(site, bureau, today, style, notices, ['expro_notice', 'compensation_plan', 'real_estate_reg']),
    empireVariant(bureau, 'fg', 2) === 0 ? columnBlock(bureau, today, style, 'laws_policies') : '',
    groupBlock(site, bureau, today, style, names.includes('信息公开') ? '信息公开' : '政务公开', [
      'disclosure_basics',
      'plans',
    ]),
  ].join('');
  const tabs = tabModule(
    bureau,
    today,
    ['land_auction', 'land_transfer_result', 'supply_plan', 'mining_rights'],
    'tdsc',
  );
  const news = sectionOf(bureau, 'work_news');
  const focus = news
    ? `<div id="focus"><ul>${visibleItems(news, today, 4)
        .map(
          (i) =>
            `<li><a href="${empireArticleHref(bureau, news, i, today)}" target="_blank"><img src="/d/file/p/${i.date}/${i.id}.jpg" alt="${i.title}"></a></li>`,
        )
        .join('')}</ul></div>`
    : '';
  const options = FRIENDS.map(([t, h]) => `<option value="${h}">${t}</option>`).join('');
  const friends = `<div class="friend"><select name="friend" onchange="window.open(this.options[this.selectedIndex].value)"><option selected>--友情链接--</option>${options}</select></div>`;
  return `${focus}<div class="index_boxes">${boxes}</div>${tabs}${services(bureau, today)}${friends}`;
}
