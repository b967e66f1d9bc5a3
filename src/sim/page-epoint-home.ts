import type { Day } from '../domain/types.js';
import { epointColumnId, epointTree } from './epoint-catalogue.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, sectionOf } from './numbered-home-blocks.js';
import { epointArticleHref, epointList, epointVariant } from './page-epoint.js';

/**
 * The homepage of the twentieth template (page-epoint.ts): a slide of picture news; `.ewb-tab` modules
 * whose heads switch panes, their 更多 one link the script points at the current tab (on some sites),
 * a 更多 per pane (on others), or heads that are links themselves; `.ewb-block`s of a column with
 * 更多>>; an 信息公开 entry box, a 局长信箱 button, 便民服务 icons, 专题 pictures and a select of other sites.
 */

const MORE = ['更多&gt;&gt;', '更多+', 'MORE'];
const more = (bureau: SimBureau) => MORE[epointVariant(bureau, 'more', MORE.length)] as string;

const rows = (bureau: SimBureau, s: SimSection, items: SimItem[], today: Day) => {
  const short = epointVariant(bureau, 'homedate', 2) === 0;
  return items
    .map(
      (i) =>
        `<li class="ewb-block-item clearfix"><a href="${epointArticleHref(bureau, s, i, today)}" title="${i.title}" target="_blank">${i.title}</a><span class="ewb-block-date">${short ? i.date.slice(5) : i.date}</span></li>`,
    )
    .join('');
};

const blockStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 6 + epointVariant(bureau, 'blockn', 3),
  rows: (s, items) => rows(bureau, s, items, today),
  frame: (heading, href, items) =>
    `<div class="ewb-block"><div class="ewb-block-hd clearfix"><h3 class="ewb-block-title">${heading}</h3><a class="ewb-block-more" href="${href}" target="_blank">${more(bureau)}</a></div><div class="ewb-block-bd"><ul class="ewb-block-items">${items}</ul></div></div>`,
});

const TAB_SCRIPT =
  '<script>$(function(){$(".ewb-tab").each(function(){var box=$(this);box.find(".ewb-tab-item").mouseover(function(){var k=$(this).index();$(this).addClass("current").siblings().removeClass("current");box.find(".ewb-tab-content").hide().eq(k).show();var m=$(this).attr("data-more");if(m)box.find(".ewb-tab-hd .ewb-tab-more").attr("href",m);});});});</script>';

/** A tabbed module over `categories`' columns, as the site's template draws its tabs. */
function tabModule(bureau: SimBureau, today: Day, categories: string[]): string {
  const sections = categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));
  const first = sections[0];
  if (!first) return '';
  const style = epointVariant(bureau, 'tabs', 3);
  const heads = sections
    .map((s, k) => {
      const title = columnTitle(bureau, s.category);
      const head = style === 2 ? `<a href="${sectionPath(bureau, s, today)}" target="_blank">${title}</a>` : title;
      const data = style === 0 ? ` data-more="${sectionPath(bureau, s, today)}"` : '';
      return `<li class="ewb-tab-item${k === 0 ? ' current' : ''}"${data}>${head}</li>`;
    })
    .join('');
  const n = 6 + epointVariant(bureau, 'tabn', 3);
  const panes = sections
    .map((s, k) => {
      const own =
        style === 1
          ? `<a class="ewb-tab-more" href="${sectionPath(bureau, s, today)}" target="_blank">${more(bureau)}</a>`
          : '';
      return `<div class="ewb-tab-content"${k === 0 ? '' : ' style="display:none"'}><ul class="ewb-block-items">${rows(bureau, s, visibleItems(s, today, n), today)}</ul>${own}</div>`;
    })
    .join('');
  const one =
    style === 0
      ? `<a class="ewb-tab-more" href="${sectionPath(bureau, first, today)}" target="_blank">${more(bureau)}</a>`
      : '';
  return `<div class="ewb-tab"><div class="ewb-tab-hd clearfix"><ul class="ewb-tab-items">${heads}</ul>${one}</div><div class="ewb-tab-bd">${panes}</div></div>`;
}

/** A link to a category of the tree by its key (a watched category, a title, a group's name), if the site has it. */
function treeLink(bureau: SimBureau, today: Day, key: string, text?: string): string {
  const section = sectionOf(bureau, key);
  if (section)
    return `<a href="${sectionPath(bureau, section, today)}" target="_blank">${text ?? columnTitle(bureau, key)}</a>`;
  const id = epointColumnId(bureau.id, key);
  return id < 0 ? '' : `<a href="${epointList(bureau, id, today)}" target="_blank">${text ?? key}</a>`;
}

/** The 信息公开 entry box: 公开指南, 公开制度, the channel's 公开内容, the 年报 column, 依申请公开. */
function disclosureBox(bureau: SimBureau, today: Day): string {
  const content = epointTree(bureau.id).some((g) => g.name === '信息公开') ? '法定主动公开内容' : '政务公开';
  const links = [
    treeLink(bureau, today, '政府信息公开指南'),
    treeLink(bureau, today, '政府信息公开制度'),
    treeLink(bureau, today, content, '政府信息公开目录'),
    treeLink(bureau, today, 'disclosure_basics'),
    treeLink(bureau, today, '依申请公开'),
  ].filter(Boolean);
  return `<div class="ewb-gk"><h3 class="ewb-gk-title">政府信息公开</h3><ul class="ewb-gk-items">${links.map((l) => `<li class="ewb-gk-item">${l}</li>`).join('')}</ul></div>`;
}

/** The 局长信箱 button (an image on some sites) and the 互动交流 links. */
function mailbox(bureau: SimBureau, today: Day): string {
  const s = sectionOf(bureau, 'director_mailbox');
  const button = !s
    ? ''
    : epointVariant(bureau, 'mailimg', 2) === 0
      ? `<a href="${sectionPath(bureau, s, today)}" target="_blank"><img src="/images/index/jzxx.png" alt="局长信箱"></a>`
      : treeLink(bureau, today, 'director_mailbox');
  const others = [
    treeLink(bureau, today, '在线咨询'),
    treeLink(bureau, today, '征集调查'),
    treeLink(bureau, today, '意见征集'),
  ];
  return `<div class="ewb-hdjl"><div class="ewb-hdjl-btn">${button}</div><div class="ewb-hdjl-links">${others.filter(Boolean).join('')}</div></div>`;
}

/** The 便民服务 icons: the 办事指南 column, 表格下载, 网上办事 on the province's 政务服务网. */
function services(bureau: SimBureau, today: Day): string {
  const icon = (link: string, img: string) =>
    link ? `<li class="ewb-service-item"><i class="icon-${img}"></i>${link}</li>` : '';
  return `<div class="ewb-service"><h3>便民服务</h3><ul class="ewb-service-items clearfix">${[
    icon(treeLink(bureau, today, 'service_guide'), 'bszn'),
    icon(treeLink(bureau, today, '表格下载'), 'bgxz'),
    icon('<a href="http://www.zwfw.gov.test/" target="_blank">网上办事</a>', 'wsbs'),
    icon(treeLink(bureau, today, 'real_estate_reg'), 'bdc'),
  ].join('')}</ul></div>`;
}

const FRIENDS: [string, string][] = [
  ['中国政府网', 'http://www.gov.cn/'],
  ['自然资源部', 'http://www.mnr.gov.cn/'],
  ['省自然资源厅', 'http://zrzyt.gov.test/'],
  ['市人民政府', 'http://www.city.gov.test/'],
];

/** The homepage's modules after the news the homepage always shows. */
export function epointHomepage(bureau: SimBureau, today: Day): string {
  const style = blockStyle(bureau, today);
  const news = sectionOf(bureau, 'work_news');
  const slide = news
    ? `<div class="ewb-slide"><ul class="ewb-slide-items">${visibleItems(news, today, 4)
        .map(
          (i) =>
            `<li class="ewb-slide-item"><a href="${epointArticleHref(bureau, news, i, today)}" target="_blank"><img src="/images/slide/${i.id}.jpg" alt="${i.title}"><p class="ewb-slide-title">${i.title}</p></a></li>`,
        )
        .join('')}</ul></div>`
    : '';
  const modules = [
    tabModule(bureau, today, ['work_news', 'notices']),
    columnBlock(bureau, today, style, 'laws_policies'),
    tabModule(bureau, today, ['land_auction', 'land_transfer_result', 'supply_plan']),
    epointVariant(bureau, 'zdtab', 2) === 0 ? tabModule(bureau, today, ['expro_notice', 'compensation_plan']) : '',
    epointVariant(bureau, 'ghblock', 2) === 0 ? columnBlock(bureau, today, style, 'plans') : '',
  ].join('');
  const options = FRIENDS.map(([t, h]) => `<option value="${h}">${t}</option>`).join('');
  const friends = `<div class="ewb-links"><select onchange="if(this.value!='')window.open(this.value)"><option value="">--友情链接--</option>${options}</select></div>`;
  const special =
    '<div class="ewb-zt"><a href="/ztzl/secondPage.html" target="_blank"><img src="/images/index/zt1.jpg" alt="专题专栏"></a></div>';
  return `${slide}<div class="ewb-main clearfix">${modules}</div>${disclosureBox(bureau, today)}${mailbox(bureau, today)}${services(bureau, today)}${special}${friends}${TAB_SCRIPT}`;
}
