import { addDays } from '../domain/day.js';
import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  columnTitle,
  navPath,
  SIDETREE_PATH,
  type SimBureau,
  type SimSection,
  sectionPath,
  visibleItems,
} from './model.js';
import { page } from './page-chrome.js';
import { renderDecoyColumn } from './page-decoy.js';

/**
 * The seventh navigation template, the HOLDOUT, written before discovery was run on it and never tuned on:
 * a TRS 海云-style site (columns at `/xxgk/cNNNNN/`) whose homepage links only a 政务公开 page. That page
 * and every column page carry a left tree of column groups (collapsed, headings that toggle through
 * `javascript:`), each entry captioned with its item count or last update the way the site shows it; the
 * 政务公开 page also has a right sidebar of 专题 and 服务 links (a 征地 专题 column, a download centre behind
 * `javascript:`, external platforms). Links carry `onclick` trackers beside their real hrefs; the mailbox
 * opens through `window.open` only. Two sites in three are GBK.
 */

const GROUPS: [string, string[]][] = [
  ['机构职能', []],
  ['政策文件', ['laws_policies']],
  ['工作动态', ['work_news', 'notices']],
  ['规划计划', ['plans', 'supply_plan', 'land_change_survey']],
  ['重点领域信息公开', ['expro_notice', 'compensation_plan', 'land_auction', 'land_transfer_result', 'mining_rights']],
  ['不动产登记', ['real_estate_reg']],
  ['政府信息公开年报', ['disclosure_basics']],
  ['政务服务', ['service_guide']],
  ['互动交流', ['director_mailbox']],
];

/** Columns the site has that nobody watches, listed in the tree beside the watched ones. */
const UNWATCHED: Record<string, string[]> = {
  机构职能: ['机构简介', '领导分工', '内设机构'],
  工作动态: ['人事信息'],
  重点领域信息公开: ['财政资金信息', '建议提案办理'],
};

const ZT = { title: '征地信息公开专题', path: 'ztzl/zdxxgk/' };
const ZT_STEMS = [
  '市政府召开征地信息公开工作推进会',
  '征地信息公开平台上线运行',
  '我局开展征地信息公开专项检查',
  '征地信息公开工作经验交流',
];

function at(bureau: SimBureau, rest: string, today: Day): string {
  return navPath(bureau, `${SIDETREE_PATH}${rest}`, today);
}

/** A column id of the site's CMS for a name (an unwatched column, the 政务公开 page's own). */
function channel(bureau: SimBureau, name: string, today: Day): string {
  return at(bureau, `c${10000 + (fnv1a(`c7:${bureau.id}:${name}`) % 90000)}/`, today);
}

/** The homepage navigation's way in: the 政务公开 page, with a tracker on the link. */
export function sidetreeNavigation(bureau: SimBureau, today: Day): string {
  return `<li><a href="${at(bureau, '', today)}index.html" onclick="_trackNav('zwgk')">政务公开</a></li><li><a href="javascript:void(0);" onclick="window.open('/hdjl/')">互动交流</a></li><li><a href="/bsfw/">政务服务</a></li>`;
}

/** How the site captions a tree entry: its title alone, or with its item count or last update. */
function caption(bureau: SimBureau, title: string, s: SimSection | null, today: Day): string {
  const items = s ? visibleItems(s, today, Number.MAX_SAFE_INTEGER) : [];
  const n = s ? items.length : 3 + (fnv1a(`n7:${bureau.id}:${title}`) % 40);
  const updated = items[0]?.date ?? addDays(today, -30);
  switch (fnv1a(`cap7:${bureau.id}`) % 5) {
    case 1:
      return `${title}(${n})`;
    case 2:
      return `${title}<span class="num">【${n}】</span>`;
    case 3:
      return `${title}<em>${n}条</em>`;
    case 4:
      return `${title}<span class="date">${updated}</span>`;
    default:
      return title;
  }
}

function entry(bureau: SimBureau, href: string, title: string, s: SimSection | null, today: Day): string {
  const text = caption(bureau, title, s, today);
  // Half the sites repeat the bare title in the link's `title`; the others show only the caption.
  const tip = fnv1a(`tip7:${bureau.id}`) % 2 === 0 ? ` title="${title}"` : '';
  if (s?.category === 'director_mailbox')
    return `<li><a href="javascript:void(0);" onclick="window.open('${href}')"${tip}>${text}</a></li>`;
  return `<li><a href="${href}"${tip} onclick="setLm('${fnv1a(href) % 9999}')">${text}</a></li>`;
}

/** The left tree of column groups, collapsed but for the page's own group. */
export function sidetreeTree(bureau: SimBureau, today: Day, current?: SimSection): string {
  const groups = GROUPS.map(([group, categories], g) => {
    const watched = bureau.sections
      .filter((s) => categories.includes(s.category))
      .map((s) =>
        entry(bureau, `${sectionPath(bureau, s, today)}index.html`, columnTitle(bureau, s.category), s, today),
      );
    const others = (UNWATCHED[group] ?? []).map((t) =>
      entry(bureau, `${channel(bureau, t, today)}index.html`, t, null, today),
    );
    const links = [...watched, ...others];
    if (links.length === 0) return '';
    const open = current && categories.includes(current.category);
    return `<li class="tree-node"><a class="node-title" href="javascript:;" onclick="toggleNode(${g})">${group}</a><ul class="tree-sub" id="node${g}"${open ? '' : ' style="display:none"'}>${links.join('')}</ul></li>`;
  }).join('');
  return `<div class="zwgk-left"><div class="left-title">政府信息公开目录</div><ul class="lm-tree">${groups}</ul></div>`;
}

function rightSidebar(bureau: SimBureau, today: Day): string {
  const zt = `${at(bureau, ZT.path, today)}index.html`;
  return `<div class="zwgk-right"><div class="box"><h3>专题专栏</h3><ul><li><a href="${zt}" onclick="_trackNav('zt')"><img src="/images/zt/zdxxgk.jpg" alt="${ZT.title}"></a></li><li><a href="javascript:void(0);" onclick="window.open('/zt/tdr/')">全国土地日</a></li></ul></div>
<div class="box"><h3>便民服务</h3><ul><li><a href="javascript:;" onclick="window.open('${at(bureau, 'xzzx/', today)}')">下载中心</a></li><li><a href="http://bdc.${bureau.id}.gov.test/wsbs/" target="_blank">不动产登记网上申请</a></li><li><a href="http://ggzy.gov.test/jyxx/tdsyq/" target="_blank">公共资源交易中心</a></li><li><a href="http://zwfw.gov.test/" target="_blank">政务服务网</a></li></ul></div></div>`;
}

/** The 政务公开 page: the tree, the newest publications of a few columns, the right sidebar. */
function zwgkPage(bureau: SimBureau, today: Day, charset: string): string {
  const latest = bureau.sections
    .filter((s) => s.fault === 'none')
    .flatMap((s) => visibleItems(s, today, 2).map((i) => ({ i, base: sectionPath(bureau, s, today) })))
    .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))
    .slice(0, 10)
    .map(
      ({ i, base }) =>
        `<li><a href="${base}art_${i.id}.html" target="_blank">${i.title}</a><span>${i.date}</span></li>`,
    )
    .join('');
  const head = ['政府信息公开指南', '政府信息公开制度', '依申请公开']
    .map((t) => `<a href="${channel(bureau, t, today)}index.html">${t}</a>`)
    .join(' | ');
  return page(
    { bureau, today, charset, title: '政务公开', path: at(bureau, '', today) },
    `<div class="gk-head">${head}</div>${sidetreeTree(bureau, today)}<div class="zwgk-center"><h3>最新公开信息</h3><ul class="latest">${latest}</ul></div>${rightSidebar(bureau, today)}`,
  );
}

/** The template's own pages at `path` (the 政务公开 page, the 专题), if `path` is one. */
export function sidetreePageAt(bureau: SimBureau, path: string, today: Day, charset: string): (() => string) | null {
  const home = at(bureau, '', today);
  if (path === home || path === `${home}index.html`) return () => zwgkPage(bureau, today, charset);
  const zt = at(bureau, ZT.path, today);
  if (path === zt || path === `${zt}index.html`) {
    return () => renderDecoyColumn(bureau, today, charset, { path: zt, title: ZT.title, stems: ZT_STEMS });
  }
  return null;
}
