import { addDays } from '../domain/day.js';
import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import {
  DEDE_CHANNELS,
  type DedeChannel,
  dedeChannelOf,
  dedeChannelPath,
  dedeFolder,
  dedeTypeId,
} from './dede-channels.js';
import { columnTitle, navPath, navStyle, type SimBureau, type SimItem, type SimSection, sectionPath } from './model.js';

/**
 * The sixteenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: a county bureau's site generated as static HTML by DedeCMS (织梦). Under a top bar and a logo banner
 * the main menu `<ul id="navmenu">` names the top-level channels (机构概况, 政务公开, 国土资源, …), each a
 * folder whose page shows its columns as boxes. The homepage has tab blocks switched by `setTab`, a 图片新闻
 * slideshow, 友情链接 and on some sites a left accordion of a few columns. Column pages carry a breadcrumb
 * and the channel's sub-menu; lists are `<ul class="e2">`, paged as `list_12_2.html`.
 */

export const dedeVariant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}16:${bureau.id}`) % n;

export interface DedeEntry {
  title: string;
  href: string;
  typeId: number;
  section?: SimSection;
}

export const channelHref = (bureau: SimBureau, channel: DedeChannel, today: Day) =>
  navPath(bureau, dedeChannelPath(bureau.id, channel), today);

/** A channel's columns this site carries, as links (watched columns it lacks are left out). */
export function dedeEntries(bureau: SimBureau, channel: DedeChannel, today: Day): DedeEntry[] {
  return channel.columns.flatMap((c): DedeEntry[] => {
    if (!c.category) {
      const title = c.title as string;
      const href = navPath(bureau, dedeFolder(bureau.id, channel, c), today);
      return [{ title, href, typeId: dedeTypeId(bureau.id, title) }];
    }
    const section = bureau.sections.find((s) => s.category === c.category);
    if (!section) return [];
    const href = sectionPath(bureau, section, today);
    return [{ title: columnTitle(bureau, c.category), href, typeId: dedeTypeId(bureau.id, c.category), section }];
  });
}

/**
 * An article's static address, `{typedir}/{Y}/{MD}/{aid}.html`, dated by the day it was saved: some were
 * saved two days before they were published.
 */
export function dedeArticle(base: string, item: SimItem): string {
  const saved = item.id % 6 === 0 ? addDays(item.date, -2) : item.date;
  return `${base}${saved.slice(0, 4)}/${saved.slice(5, 7)}${saved.slice(8, 10)}/${item.id}.html`;
}

/** The logo banner and the channel menu, closing the chrome's text menu after its 首页. */
export function dedeNavigation(bureau: SimBureau, today: Day): string {
  const items = DEDE_CHANNELS.map(
    (ch) =>
      `<li><a href="${channelHref(bureau, ch, today)}" rel="dropmenu${dedeTypeId(bureau.id, `channel:${ch.name}`)}">${ch.name}</a></li>`,
  ).join('');
  return `</ul><div class="logo"><img src="/templets/default/images/logo.jpg" width="1000" height="130" alt="${bureau.name}"></div><div class="menu"><ul id="navmenu"><li class="hover"><a href="/" title="首页">网站首页</a></li>${items}</ul></div><ul class="nav2">`;
}

/** A column page's breadcrumb and its channel's sub-menu, the current column marked. */
export function dedeLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  const channel = dedeChannelOf(current?.category);
  if (!channel || !current) return '';
  const links = dedeEntries(bureau, channel, today)
    .map((e) => `<li${e.section === current ? ' class="thisclass"' : ''}><a href="${e.href}">${e.title}</a></li>`)
    .join('');
  const sep = ['&gt;', '>'][dedeVariant(bureau, 'sep', 2)];
  const crumbs = `<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> ${sep} <a href="${channelHref(bureau, channel, today)}">${channel.name}</a> ${sep} <a href="${sectionPath(bureau, current, today)}">${columnTitle(bureau, current.category)}</a> ${sep}</div>`;
  return `${crumbs}<div class="sidebar_l"><dl class="tbox"><dt><strong>${channel.name}</strong></dt><dd><ul class="d6">${links}</ul></dd></dl></div>`;
}

/** Rows of a Dede list: the date in a `<span class="date">` after the title, or `[2026-11-20]` before it. */
export function dedeRows(bureau: SimBureau, base: string, items: SimItem[]): string {
  const bracket = dedeVariant(bureau, 'datepos', 2) === 0;
  return items
    .map((i) =>
      bracket
        ? `<li>[${i.date}] <a href="${dedeArticle(base, i)}" title="${i.title}">${i.title}</a></li>`
        : `<li><a href="${dedeArticle(base, i)}" title="${i.title}" target="_blank">${i.title}</a><span class="date">${i.date}</span></li>`,
    )
    .join('\n');
}

/** A column's list where the site's template writes it (the TRS-like families); null elsewhere. */
export function dedeListBody(bureau: SimBureau, base: string, items: SimItem[]): string | null {
  if (navStyle(bureau) !== 'dede' || !['trs-table', 'trs-comment', 'catalogue'].includes(bureau.family)) return null;
  return `<div class="listbox"><ul class="e2">\n${dedeRows(bureau, base, items)}\n</ul></div>`;
}

/** Dede's `{dede:pagelist}`: 首页, 上一页, numbers, 下一页, 末页, then 共5页/98条记录; page 1 is `list_12_1.html`. */
export function dedePagelist(typeId: number, total: number, perPage: number, pageNo: number): string {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const at = (n: number) => `list_${typeId}_${n + 1}.html`;
  const li = (n: number, text: string) => `<li><a href="${at(n)}">${text}</a></li>`;
  const numbers = Array.from(
    { length: Math.min(pages, 10) },
    (_, k) => Math.max(0, Math.min(pageNo - 4, pages - 10)) + k,
  )
    .map((n) => (n === pageNo ? `<li class="thisclass">${n + 1}</li>` : li(n, String(n + 1))))
    .join('');
  return `<div class="dede_pages"><ul class="pagelist">${pageNo > 0 ? li(0, '首页') + li(pageNo - 1, '上一页') : '<li>首页</li>'}${numbers}${pageNo + 1 < pages ? li(pageNo + 1, '下一页') + li(pages - 1, '末页') : '<li>末页</li>'}<li><span class="pageinfo">共${pages}页/${total}条记录</span></li></ul></div>`;
}

/** The pager under a dede column's list; null on other templates. */
export function dedePager(
  bureau: SimBureau,
  section: SimSection,
  total: number,
  perPage: number,
  pageNo: number,
): string | null {
  if (navStyle(bureau) !== 'dede') return null;
  return dedePagelist(dedeTypeId(bureau.id, section.category), total, perPage, pageNo);
}

/** What the site writes under the footer: Dede's power line, as county sites rarely remove it. */
export function dedeFooter(bureau: SimBureau): string {
  const support = ['县信息中心', '织梦CMS', '网络科技有限公司'][dedeVariant(bureau, 'jszc', 3)];
  return `<div class="footer_dede">技术支持：${support} Power by <a href="http://www.dedecms.com" target="_blank">DedeCms</a></div>`;
}
