import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, groupBlock, sectionOf } from './numbered-home-blocks.js';
import { numberedArticleHref } from './numbered-site.js';
import { pbootGroupHref, pbootGroups, pbootPageHref, pbootSite, pbootVariant } from './page-pboot.js';

/**
 * The homepage blocks of the seventeenth template (page-pboot.ts): a `swiper` banner of the news column's
 * newest items as pictures, column boxes headed by a column's or a group's name with a 更多 / MORE / `+`
 * link, tab boxes (a 更多 per pane on some sites, one 更多 the script points at the tab shown on others),
 * a quick-entry icon grid and a `<select>` of other government sites.
 */

const MORE = ['更多', 'MORE', '+', '更多&gt;&gt;', 'more+'];

const more = (bureau: SimBureau) => MORE[pbootVariant(bureau, 'more', MORE.length)] as string;

const articleHref = (bureau: SimBureau, s: SimSection, i: SimItem, today: Day) =>
  numberedArticleHref(pbootSite(bureau), bureau, s, i, today);

function rows(bureau: SimBureau, s: SimSection, items: SimItem[], today: Day): string {
  return items
    .map(
      (i) =>
        `<li><a href="${articleHref(bureau, s, i, today)}" title="${i.title}">${i.title}</a><span>${i.date.slice(pbootVariant(bureau, 'boxdate', 2) === 0 ? 5 : 0)}</span></li>`,
    )
    .join('');
}

const boxStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 6 + pbootVariant(bureau, 'boxn', 3),
  rows: (s, items) => rows(bureau, s, items, today),
  frame: (heading, href, items) =>
    `<div class="box"><div class="box-hd"><h3>${heading}</h3><a class="more" href="${href}">${more(bureau)}</a></div><ul class="box-list">${items}</ul></div>`,
});

/** The banner: the news column's newest items as slides, a picture and a caption each. */
function banner(bureau: SimBureau, today: Day): string {
  const news = sectionOf(bureau, 'work_news');
  if (!news) return '';
  const slides = visibleItems(news, today, 4 + pbootVariant(bureau, 'slides', 2))
    .map(
      (i) =>
        `<div class="swiper-slide"><a href="${articleHref(bureau, news, i, today)}"><img src="/static/upload/image/${i.date.replace(/-/g, '')}/1${String(i.id * 7919).padStart(9, '0')}.jpg" alt="${i.title}"><p class="swiper-title">${i.title}</p></a></div>`,
    )
    .join('');
  return `<div class="swiper-container banner-news"><div class="swiper-wrapper">${slides}</div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div><script>new Swiper('.banner-news',{autoplay:{delay:4000},loop:true,pagination:{el:'.swiper-pagination',clickable:true},navigation:{nextEl:'.swiper-button-next',prevEl:'.swiper-button-prev'}});</script>`;
}

/** A tab box over `categories`' columns: a 更多 per pane, or one 更多 that the script points at the tab shown. */
function tabBox(bureau: SimBureau, today: Day, categories: string[]): string {
  const sections = categories.flatMap((c) => bureau.sections.filter((s) => s.category === c));
  if (sections.length === 0) return '';
  const perPane = pbootVariant(bureau, 'tabmore', 2) === 0;
  const n = 6 + pbootVariant(bureau, 'boxn', 3);
  const heads = sections
    .map(
      (s, k) =>
        `<li${k === 0 ? ' class="on"' : ''}${perPane ? '' : ` data-more="${sectionPath(bureau, s, today)}"`}>${columnTitle(bureau, s.category)}</li>`,
    )
    .join('');
  const panes = sections
    .map((s, k) => {
      const own = perPane ? `<a class="pane-more" href="${sectionPath(bureau, s, today)}">${more(bureau)}</a>` : '';
      return `<div class="tab-pane"${k === 0 ? '' : ' style="display:none"'}><ul>${rows(bureau, s, visibleItems(s, today, n), today)}</ul>${own}</div>`;
    })
    .join('');
  const one = perPane
    ? ''
    : `<a class="more" href="${sectionPath(bureau, sections[0] as SimSection, today)}">${more(bureau)}</a>`;
  return `<div class="tab-box"><div class="tab-hd"><ul>${heads}</ul>${one}</div><div class="tab-bd">${panes}</div></div>`;
}

const TAB_SCRIPT =
  "<script>$('.tab-hd li').hover(function(){var i=$(this).index();$(this).addClass('on').siblings().removeClass('on');var box=$(this).closest('.tab-box');box.find('.tab-pane').hide().eq(i).show();if($(this).data('more'))box.find('.tab-hd .more').attr('href',$(this).data('more'));});</script>";

/** The quick-entry grid: icons with short captions, to columns, a group's page and outside services. */
function quick(bureau: SimBureau, today: Day): string {
  const column = (category: string) => {
    const s = sectionOf(bureau, category);
    return s ? sectionPath(bureau, s, today) : null;
  };
  const publicGroup = pbootGroups(bureau).find((g) => g.name === '政务公开');
  const entries: [string | null, string][] = [
    [`http://zwfw.${bureau.id}.gov.test/`, '网上办事'],
    [pbootPageHref(bureau, '政策解读', today), '政策解读'],
    [column('service_guide'), '办事指南'],
    [publicGroup ? pbootGroupHref(bureau, publicGroup, today) : null, '信息公开'],
    [column('director_mailbox'), pbootVariant(bureau, 'mail', 2) === 0 ? '局长信箱' : '我要留言'],
    [`http://bdc.${bureau.id}.gov.test/`, '不动产查询'],
  ];
  const icons = entries
    .flatMap(([href, caption], k) =>
      href
        ? [
            `<a href="${href}"${href.startsWith('http') ? ' target="_blank"' : ''}><img src="/static/images/icon${k + 1}.png" alt=""><span>${caption}</span></a>`,
          ]
        : [],
    )
    .join('');
  return `<div class="quick">${icons}</div>`;
}

const FRIENDS: [string, string][] = [
  ['中国政府网', 'http://www.gov.cn/'],
  ['中华人民共和国自然资源部', 'http://www.mnr.gov.cn/'],
  ['省自然资源厅', 'http://zrzyt.gov.test/'],
  ['市自然资源和规划局', 'http://zrzy.city.gov.test/'],
  ['县人民政府', 'http://www.county.gov.test/'],
];

/** The homepage's blocks after the news the homepage always shows. */
export function pbootHomepage(bureau: SimBureau, today: Day): string {
  const style = boxStyle(bureau, today);
  const has = (name: string) => pbootGroups(bureau).some((g) => g.name === name && !g.leaf);
  const landGroup = has('业务工作') ? '业务工作' : '政务公开';
  const boxes = [
    columnBlock(bureau, today, style, 'notices'),
    pbootVariant(bureau, 'zcfg', 2) === 0 ? columnBlock(bureau, today, style, 'laws_policies') : '',
    groupBlock(pbootSite(bureau), bureau, today, style, landGroup, ['land_auction', 'land_transfer_result']),
    has('自然资源') ? groupBlock(pbootSite(bureau), bureau, today, style, '自然资源', ['plans', 'mining_rights']) : '',
  ].join('');
  const land = ['land_auction', 'land_transfer_result', 'supply_plan'];
  const tabs = [
    tabBox(bureau, today, pbootVariant(bureau, 'kyq', 2) === 0 ? [...land, 'mining_rights'] : land),
    tabBox(bureau, today, ['expro_notice', 'compensation_plan']),
  ].join('');
  const options = FRIENDS.map(([t, h]) => `<option value="${h}">${t}</option>`).join('');
  const friends = `<div class="friend-link"><span>友情链接：</span><select onchange="if(this.value)window.open(this.value)"><option value="">--政府网站--</option>${options}</select></div>`;
  return `${banner(bureau, today)}<div class="container"><div class="row">${boxes}</div>${tabs}${quick(bureau, today)}${friends}</div>${TAB_SCRIPT}`;
}
