import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, navPath, PLATFORM_PATH, type SimBureau, sectionPath, visibleItems } from './model.js';
import { page } from './page-chrome.js';

/**
 * The fourth navigation template, written before discovery was run on it: a 信息公开 platform under its
 * own path prefix, its columns in a left tree of groups with titles cut short by "…" (the full title in
 * the link's `title` on half the sites only), and a homepage of blocks, each a heading, a few items and a
 * "更多" link to its column. The homepage also carries links that mention 征地 / 土地 and are no column: a
 * 专题, a download, a news item, an external platform, a channel page that does not exist.
 */

/** Columns the homepage shows as blocks (heading, newest items, 更多). */
const BLOCK_COLUMNS = ['work_news', 'notices', 'expro_notice', 'land_auction', 'land_transfer_result'];

const TREE_GROUPS: [string, (category: string) => boolean][] = [
  ['重点领域信息', (c) => c.startsWith('land') || c.startsWith('expro') || c.includes('compensation')],
  ['法定主动公开内容', () => true],
];

/** The homepage navigation's way in to the platform. */
export function platformNavigation(bureau: SimBureau, today: Day): string {
  return `<li><a href="${navPath(bureau, PLATFORM_PATH, today)}index.jhtml">政府信息公开</a></li><li><a href="/hdjl/">互动交流</a></li>`;
}

function shortTitle(title: string): string {
  return title.length > 5 ? `${title.slice(0, 4)}…` : title;
}

/** The homepage's blocks and its decoy links. */
export function platformHomepage(bureau: SimBureau, today: Day): string {
  const more = fnv1a(`more:${bureau.id}`) % 2 === 0 ? '更多&gt;&gt;' : '+ more';
  const blocks = bureau.sections
    .filter((s) => BLOCK_COLUMNS.includes(s.category))
    .map((s) => {
      const base = sectionPath(bureau, s, today);
      const items = visibleItems(s, today, 5)
        .map((i) => `<li><a href="${base}art_${i.id}.html">${i.title}</a><span>${i.date.slice(5)}</span></li>`)
        .join('');
      return `<div class="bk"><div class="bk-title"><span>${columnTitle(bureau, s.category)}</span><a class="more" href="${base}">${more}</a></div><ul>${items}</ul></div>`;
    })
    .join('');
  const decoys = `<div class="zt-box"><a href="/zt/zdzt/"><img src="/images/zt3.jpg" alt="征地拆迁政策宣传专题"></a></div>
<div class="tpxw"><a href="/xwdt/tpxw/art_900${fnv1a(bureau.id) % 10}.html">全市征地工作推进会议召开</a></div>
<div class="xzzx"><h3>下载中心</h3><ul><li><a href="/xzzx/zdbcbz.doc">征地补偿标准文件下载</a></li><li><a href="/xzzx/tdsq.xls">土地登记申请表</a></li></ul></div>
<div class="yqlj"><a href="http://zdxx.zrzyt.gov.test/">省征地信息公开平台</a><a href="/zdxx/">征地信息</a></div>`;
  return `<div class="blocks">${blocks}</div>${decoys}`;
}

/** The platform's index: a left tree of the site's columns by group, titles cut short. */
export function renderPlatform(bureau: SimBureau, today: Day, charset: string): string {
  const withTitle = fnv1a(`tree-title:${bureau.id}`) % 2 === 0;
  const placed = new Set<string>();
  const groups = TREE_GROUPS.map(([name, holds]) => {
    const links = bureau.sections
      .filter((s) => !placed.has(s.category) && holds(s.category))
      .map((s) => {
        placed.add(s.category);
        const title = columnTitle(bureau, s.category);
        const attr = withTitle ? ` title="${title}"` : '';
        return `<li class="leaf"><a href="${sectionPath(bureau, s, today)}"${attr} target="right">${shortTitle(title)}</a></li>`;
      })
      .join('');
    return `<li class="node"><span class="node-name">${name}</span><ul>${links}</ul></li>`;
  }).join('');
  return page(
    { bureau, today, charset, title: '政府信息公开平台', path: 'platform' },
    `<div class="gk-left"><div class="tree-title">信息公开目录</div><ul class="gk-tree">${groups}</ul></div><div class="gk-right"><p>请在左侧目录中选择栏目</p></div>`,
  );
}
