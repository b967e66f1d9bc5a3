import { addDays } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import { DEDE_CHANNELS, type DedeChannel, dedeTypeId } from './dede-channels.js';
import { type SimBureau, type SimItem, sectionPath, visibleItems } from './model.js';
import type { NumberedAnswer } from './numbered-request.js';
import { page } from './page-chrome.js';
import { channelHref, type DedeEntry, dedeArticle, dedeEntries, dedePagelist, dedeRows } from './page-dede.js';

/**
 * The pages of the sixteenth template (page-dede.ts) at their static addresses: channel pages (a box per
 * column: its title, newest items, 更多), columns nobody watches, and what a request for a watched column's
 * `list_12_2.html` or `2026/1120/1042.html` asks for, which routing.ts serves like any column's. Also the
 * rewrite that gives the shared renderers' article links the site's dated addresses.
 */

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const OTHER_STEMS: Record<string, string[]> = {
  领导信息: ['局长简历', '副局长工作分工'],
  内设机构: ['办公室职责', '耕地保护股职责'],
  机构职能: ['县自然资源局主要职能', '局机关内设股室及职能'],
  图片新闻: ['局领导调研乡镇国土所', '全国土地日宣传活动'],
  基层动态: ['镇国土所开展违法用地巡查', '乡镇自然资源所业务培训'],
  人事信息: ['事业单位公开招聘公告', '干部任前公示'],
  耕地保护: ['耕地保护目标责任书签订', '永久基本农田划定成果'],
  批前公示: ['建设项目规划方案批前公示', '修建性详细规划批前公示'],
  批后公布: ['建设工程规划许可批后公布', '规划条件核实批后公布'],
  表格下载: ['不动产登记申请书下载', '用地申请表下载'],
  在线咨询: ['关于宅基地审批的咨询', '关于土地证补办的咨询'],
  意见征集: ['国土空间总体规划意见征集', '基准地价更新意见征集'],
};

/** A column nobody watches: items in watched columns' words, twelve, the newest nine days old. */
function otherItems(title: string, today: Day): SimItem[] {
  const stems = OTHER_STEMS[title] ?? [title];
  return Array.from({ length: 12 }, (_, k) => ({
    id: 990_000 + k,
    title: stems[k % stems.length] as string,
    date: addDays(today, -9 - 23 * k),
  }));
}

const itemsOf = (e: DedeEntry, today: Day, n: number) =>
  e.section ? visibleItems(e.section, today, n) : otherItems(e.title, today).slice(0, n);

/** A channel's page: a box per column, its newest five and a 更多 to its folder. */
function channelPage(bureau: SimBureau, channel: DedeChannel, today: Day, charset: string): string {
  const boxes = dedeEntries(bureau, channel, today)
    .map(
      (e) =>
        `<dl class="tbox"><dt><strong><a href="${e.href}">${e.title}</a></strong><span class="more"><a href="${e.href}">更多...</a></span></dt><dd><ul class="d1 ico3">${dedeRows(bureau, e.href, itemsOf(e, today, 5))}</ul></dd></dl>`,
    )
    .join('');
  const crumbs = `<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="${channelHref(bureau, channel, today)}">${channel.name}</a> &gt;</div>`;
  return page(
    { bureau, today, charset, title: channel.name, path: channelHref(bureau, channel, today) },
    `${crumbs}<div class="listbox">${boxes}</div>`,
  );
}

/** A column nobody watches: its list on one page, with the channel's sub-menu. */
function otherColumnPage(bureau: SimBureau, channel: DedeChannel, e: DedeEntry, today: Day, charset: string) {
  const items = otherItems(e.title, today);
  const menu = dedeEntries(bureau, channel, today)
    .map((x) => `<li${x === e ? ' class="thisclass"' : ''}><a href="${x.href}">${x.title}</a></li>`)
    .join('');
  return page(
    { bureau, today, charset, title: e.title, path: e.href },
    `<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="${channelHref(bureau, channel, today)}">${channel.name}</a> &gt; ${e.title} &gt;</div><div class="sidebar_l"><ul class="d6">${menu}</ul></div><ul class="e2">${dedeRows(bureau, e.href, items)}</ul>${dedePagelist(e.typeId, items.length, 20, 0)}`,
  );
}

/** A folder's first page: the folder itself, its `index.html`, or `list_{typeid}_1.html`. */
const firstPage = (path: string, folder: string, typeId: number) =>
  [folder, `${folder}index.html`, `${folder}list_${typeId}_1.html`].includes(path);

export function dedeRequest(
  bureau: SimBureau,
  path: string,
  _params: URLSearchParams,
  today: Day,
  charset: string,
): NumberedAnswer | null {
  for (const channel of DEDE_CHANNELS) {
    const href = channelHref(bureau, channel, today);
    if (path === href || path === `${href}index.html`)
      return { kind: 'page', key: href, render: () => channelPage(bureau, channel, today, charset) };
    for (const e of dedeEntries(bureau, channel, today)) {
      if (!e.section && firstPage(path, e.href, e.typeId))
        return { kind: 'page', key: e.href, render: () => otherColumnPage(bureau, channel, e, today, charset) };
    }
  }
  for (const section of bureau.sections) {
    const base = sectionPath(bureau, section, today);
    if (!path.startsWith(base)) continue;
    const rest = path.slice(base.length);
    const list = rest.match(/^list_(\d+)_(\d+)\.html$/);
    if (list && Number(list[1]) === dedeTypeId(bureau.id, section.category)) {
      const n = Number(list[2]);
      return { kind: 'column', section, rest: n <= 1 ? '' : `index_${n - 1}.html`, key: path };
    }
    const article = rest.match(/^\d{4}\/\d{4}\/(\d+)\.html$/);
    if (article) return { kind: 'column', section, rest: `detail_${article[1]}.html`, key: path };
  }
  return null;
}

/**
 * The shared renderers' links at a dede site's addresses: articles under a column's folder become its
 * dated static pages, attachments Dede's `/uploads/soft/`.
 */
export function dedeLinks(bureau: SimBureau, today: Day, html: string): string {
  let out = html;
  for (const section of bureau.sections) {
    const base = sectionPath(bureau, section, today);
    out = out
      .replace(new RegExp(`${esc(base)}(?:\\d{6}/t\\d{8}_|art_|detail_)(\\d+)\\.html`, 'g'), (whole, id) => {
        const item = section.items.find((i) => i.id === Number(id)) ?? section.pinned;
        return item && item.id === Number(id) ? dedeArticle(base, item) : whole;
      })
      .replace(
        new RegExp(`${esc(base)}P0(\\d+)\\.pdf`, 'g'),
        (_, id) => `/uploads/soft/${today.slice(2, 4)}${today.slice(5, 7)}/1-${id}.pdf`,
      );
  }
  return out;
}
