import { addDays } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';
import { channelTree, columnHref, scriptnavLeftMenu, sitePath } from './page-scriptnav.js';
import { CHANNEL_GROUPS, newerColumns, SITE_PAGES } from './scriptnav-channels.js';

/**
 * The pages of the tenth template's site besides its columns (page-scriptnav.ts): the homepage's blocks
 * of newest items, each group's landing page (the left menu, the group's newest publications), the
 * 网站地图 (plain HTML, generated before the newest columns were added), and the channels nobody watches:
 * a 矿业权出让制度改革 专题, the 征地区片综合地价 published every few years, news in pictures, downloads.
 */

/** Columns the homepage shows as blocks of their newest items, with a plain 更多. */
const BLOCK_COLUMNS = ['work_news', 'notices', 'land_auction'];

/** What the channels nobody watches publish, and how long ago they last did. */
const OTHER_CHANNELS: Record<string, { stems: string[]; daysAgo?: number }> = {
  图片新闻: { stems: ['全省自然资源工作会议召开（图）', '局领导调研耕地保护工作（图）'] },
  视频新闻: { stems: ['【视频】自然资源执法宣传片', '【视频】不动产登记“一窗办理”'] },
  政府信息公开指南: { stems: ['政府信息公开指南（2024年修订）'], daysAgo: 300 },
  征地区片综合地价: { stems: ['关于公布实施征地区片综合地价标准的通知', '征地区片综合地价调整说明'], daysAgo: 420 },
  表格下载: { stems: ['不动产登记申请表', '建设用地规划许可申请表'] },
  在线访谈: { stems: ['在线访谈：聚焦耕地保护', '在线访谈：不动产登记便民举措'] },
  意见征集: { stems: ['关于征求土地储备管理办法修订意见的公告'] },
  矿业权出让制度改革专题: {
    stems: ['矿业权出让制度改革政策解读', '全面推进矿业权竞争性出让', '矿业权出让收益征收办法解读'],
  },
  政府信息公开制度: { stems: ['政府信息公开工作制度'], daysAgo: 500 },
  依申请公开: { stems: ['依申请公开办理流程'], daysAgo: 500 },
  联系我们: { stems: ['联系方式'], daysAgo: 700 },
};

const row = (base: string, i: SimItem) =>
  `<li><a href="${base}art_${i.id}.html" title="${i.title}" target="_blank">${i.title}</a><span>${i.date}</span></li>`;

function itemRows(bureau: SimBureau, s: SimSection, today: Day, n: number): string {
  const base = sectionPath(bureau, s, today);
  return visibleItems(s, today, n)
    .map((i) => row(base, i))
    .join('');
}

/** The homepage's blocks: a heading, the newest items, a 更多 to the column. */
export function scriptnavHomepage(bureau: SimBureau, today: Day): string {
  return `<div class="index-blocks">${bureau.sections
    .filter((s) => BLOCK_COLUMNS.includes(s.category))
    .map(
      (s) =>
        `<div class="block"><div class="block-hd"><span class="tit">${columnTitle(bureau, s.category)}</span><a class="more" href="${columnHref(bureau, s, today)}" target="_blank">更多</a></div><ul>${itemRows(bureau, s, today, 6)}</ul></div>`,
    )
    .join('')}</div>`;
}

/** A group's landing page: its left menu, its newest publications; the 政务公开 group adds its fixed links. */
function landingPage(bureau: SimBureau, group: number, today: Day, charset: string): string {
  const name = (CHANNEL_GROUPS[group] as (typeof CHANNEL_GROUPS)[number]).name;
  const categories = new Set(CHANNEL_GROUPS[group]?.entries.flatMap((e) => ('category' in e ? [e.category] : [])));
  const latest = bureau.sections
    .filter((s) => categories.has(s.category) && s.fault === 'none')
    .flatMap((s) => visibleItems(s, today, 2).map((i) => ({ i, base: sectionPath(bureau, s, today) })))
    .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))
    .slice(0, 10)
    .map(({ i, base }) => row(base, i))
    .join('');
  const fixed =
    name === '政务公开'
      ? `<div class="gk-links">${['政府信息公开指南', '政府信息公开制度', '依申请公开']
          .map((t) => `<a href="${sitePath(bureau, t, today)}index.html">${t}</a>`)
          .join(' | ')}</div>`
      : '';
  return page(
    { bureau, today, charset, title: name, path: sitePath(bureau, name, today) },
    `${scriptnavLeftMenu(bureau, group)}<div class="right-con">${fixed}<h3>最新信息</h3><ul class="latest">${latest}</ul></div>`,
  );
}

/** The 网站地图: every channel in plain HTML, but the columns added since it was last generated. */
function sitemapPage(bureau: SimBureau, today: Day, charset: string): string {
  const newer = new Set(newerColumns(bureau.id));
  const groups = channelTree(bureau, today)
    .map((g) => {
      const links = g.children
        .filter((c) => !newer.has(c.key))
        .map((c) => `<li><a href="${c.href}" target="_blank">${c.name}</a></li>`)
        .join('');
      return `<div class="map-item"><h3><a href="${g.href}">${g.name}</a></h3><ul>${links}</ul></div>`;
    })
    .join('');
  const more = SITE_PAGES.filter((t) => t !== '网站地图')
    .map((t) => `<li><a href="${sitePath(bureau, t, today)}index.html">${t}</a></li>`)
    .join('');
  return page(
    { bureau, today, charset, title: '网站地图', path: sitePath(bureau, '网站地图', today) },
    `<div class="wzdt"><h2>网站地图</h2>${groups}<div class="map-item"><h3>其他</h3><ul>${more}</ul></div></div>`,
  );
}

/** The template's own pages at `path` (landing pages, the 网站地图, channels nobody watches), if `path` is one. */
export function scriptnavPageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const is = (key: string) => {
    const p = sitePath(bureau, key, today);
    return path === p || path === `${p}index.html`;
  };
  const group = CHANNEL_GROUPS.findIndex((g) => is(g.name));
  if (group >= 0) return () => landingPage(bureau, group, today, charset);
  if (is('网站地图')) return () => sitemapPage(bureau, today, charset);
  const title = Object.keys(OTHER_CHANNELS).find(is);
  if (!title) return null;
  const { stems, daysAgo } = OTHER_CHANNELS[title] as (typeof OTHER_CHANNELS)[string];
  const column = { path: sitePath(bureau, title, today), title, stems, newest: addDays(today, -(daysAgo ?? 9)) };
  return () => renderDecoyColumn(bureau, today, charset, column);
}
