import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { navPath, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { groupPageItems } from './numbered-group-page.js';
import { numberedArticleLinks } from './numbered-links.js';
import { answerNumbered, type NumberedRequest, otherTemplatesPage, requestKey } from './numbered-request.js';
import { type PageFrame, page } from './page-chrome.js';
import { decoyItems } from './page-decoy.js';
import {
  groupKind,
  listKind,
  listTitle,
  nodeTitle,
  vsbArticleHref,
  vsbEntries,
  vsbList,
  vsbNodeHref,
  vsbSite,
  watchedUnder,
} from './page-vsb.js';
import { pageSide } from './page-vsb-chrome.js';
import { type ListKind, vsbListRows, vsbPagebar } from './page-vsb-lists.js';
import { relativeLinks } from './relative-links.js';
import { isGroup, rowOf, type VsbGroup, type VsbNode, vsbOwner, vsbRow, vsbTree, vsbTreeId } from './vsb-catalogue.js';
import { VSB_COVERS, VSB_OTHERS, vsbDecoyStems } from './vsb-columns.js';

/**
 * The pages of the twenty-second template (page-vsb.ts) at the site's addresses: a 大栏目's page (its columns' news merged and paged, or a cover of a box per column),
 * columns nobody watches and their articles, columns of one text, the 网站地图; and what a request for a
 * watched column's list or article asks for, which routing.ts serves like any column's. Also the rewrite
 * that gives the shared renderers' links the site's addresses, every link then relative to its page.
 */

const HOME = '/index.htm';

/** A list's rows in the site's markup (a 大栏目's merged list is never the 信息公开 table). */
const rowsKind = (bureau: SimBureau): ListKind => (listKind(bureau) === 'catalogue' ? 'lines' : listKind(bureau));

/** A column nobody watches: its items at the site's article addresses under its `wbtreeid`. */
const decoyHref = (bureau: SimBureau, title: string, today: Day) => (i: SimItem) =>
  navPath(bureau, vsbSite(bureau, today).articlePath(bureau.id, vsbTreeId(bureau.id, title), i.id), today);

type LinkedItem = { i: SimItem; href: string };

/** Rows of items each with its article, in the list markup `kind` (of the page's list `component`). */
const linkedRows = (bureau: SimBureau, kind: ListKind, rows: LinkedItem[], today: Day, component?: string) =>
  rows.length
    ? vsbListRows(
        bureau,
        kind,
        rows.map((x) => x.i),
        (i) => rows.find((x) => x.i === i)?.href ?? '',
        today,
        component,
      )
    : '<p>暂无内容</p>';

/** Page `pageNo` of a 大栏目's columns' news merged, newest first, and how many items all its pages hold. */
function mergedNews(bureau: SimBureau, group: VsbGroup, today: Day, pageNo: number) {
  const { shown, total } = groupPageItems(watchedUnder(bureau, group, today), today, pageNo);
  return { total, rows: shown.map((x) => ({ i: x.i, href: vsbArticleHref(bureau, x.s, x.i, today) })) };
}

/** A 大栏目's page `pageNo`: its columns' news merged and paged, or a box per column with its 更多. */
function groupPage(bureau: SimBureau, group: VsbGroup, pageNo: number, today: Day, charset: string): string {
  const id = vsbTreeId(bureau.id, `group:${group.name}`);
  const side = pageSide(bureau, today, `group:${group.name}`, group.name, vsbList(bureau, id, today));
  const frame = { bureau, today, charset, title: group.name, path: vsbList(bureau, id, today, pageNo) };
  if (groupKind(bureau.id) !== 'cover') {
    const { rows, total } = mergedNews(bureau, group, today, pageNo);
    const pager = vsbPagebar(bureau, total, 20, pageNo, (n) => vsbList(bureau, id, today, n));
    const list = linkedRows(bureau, rowsKind(bureau), rows, today);
    return page(frame, `${side}<div class="right-box">${listTitle(bureau, group.name)}${list}${pager}</div>`);
  }
  const n = 5 + (fnv1a(`box22:${bureau.id}`) % 4);
  const boxes = vsbEntries(bureau, group, today)
    .filter((e) => isGroup(e.node) || (!e.node.single && !e.node.external))
    .map((e) => {
      const list = linkedRows(bureau, 'lines', boxItems(bureau, e.node, e.section, today).slice(0, n), today, e.title);
      return `<div class="lm-box"><div class="lm-box-title"><h3>${e.title}</h3><a href="${e.href}" class="more">更多&gt;&gt;</a></div>${list}</div>`;
    });
  return page(frame, `${side}<div class="right-box">${boxes.join('')}</div>`);
}

/** A cover box's newest items with their articles: a watched column's, a 大栏目's merged, another column's. */
function boxItems(bureau: SimBureau, node: VsbNode, section: SimSection | undefined, today: Day): LinkedItem[] {
  if (section)
    return visibleItems(section, today, 10).map((i) => ({ i, href: vsbArticleHref(bureau, section, i, today) }));
  if (isGroup(node)) return mergedNews(bureau, node, today, 1).rows;
  const title = node.title as string;
  return decoyItems(vsbDecoyStems(title), today).map((i) => ({ i, href: decoyHref(bureau, title, today)(i) }));
}

const coverText = (bureau: SimBureau, node: VsbNode | undefined) => {
  const title = node && !isGroup(node) ? (node.title as string) : '';
  return `<div class="v_news_content">${VSB_COVERS[title]?.(bureau) ?? `<p>${title}</p>`}</div>`;
};

/** The 网站地图: every column of the tree under its 大栏目. */
function siteMap(bureau: SimBureau, today: Day): string {
  const list = (nodes: VsbNode[]): string =>
    nodes
      .filter((n) => isGroup(n) || !n.hidden)
      .map((n) => {
        const inner = isGroup(n)
          ? `<ul>${list(n.entries.filter((e) => isGroup(e) || !e.category || bureau.sections.some((s) => s.category === e.category)))}</ul>`
          : '';
        return `<li><a href="${vsbNodeHref(bureau, n, today)}">${nodeTitle(bureau, n)}</a>${inner}</li>`;
      })
      .join('');
  return `<div class="wzdt"><ul>${list(vsbTree(bureau.id))}</ul></div>`;
}

/** A column nobody watches, of one text, or the 网站地图. */
function otherPage(bureau: SimBureau, today: Day, charset: string, title: string, path: string): string {
  const node = rowOf(bureau.id, title)?.node;
  let content: string;
  if (title === '网站地图') content = siteMap(bureau, today);
  else if (node && !isGroup(node) && node.single) content = coverText(bureau, node);
  else {
    const items = decoyItems(vsbDecoyStems(title), today);
    content = `${vsbListRows(bureau, rowsKind(bureau), items, decoyHref(bureau, title, today), today)}${vsbPagebar(bureau, items.length, 20, 1, () => path)}`;
  }
  const side = pageSide(bureau, today, title, title, vsbList(bureau, vsbTreeId(bureau.id, title), today));
  return page(
    { bureau, today, charset, title, path },
    `${side}<div class="right-box">${listTitle(bureau, title)}${content}</div>`,
  );
}

/** An article of a column nobody watches. */
function otherArticle(bureau: SimBureau, today: Day, charset: string, title: string, itemId: number, path: string) {
  const item = decoyItems(vsbDecoyStems(title), today).find((i) => i.id % 10_000 === itemId);
  if (!item) return null;
  const body = `<form name="_newscontent_fromname"><div class="content-title"><h1>${item.title}</h1></div><div class="content-info">发布时间：${item.date}&nbsp;&nbsp;来源：${bureau.name}</div><div id="vsb_content"><div class="v_news_content"><p>${item.title}。</p></div></div></form>`;
  return () => page({ bureau, today, charset, title: item.title, path }, body);
}

/** The site path a request of a redesigned site names (its prefix taken off); null for an old address. */
function currentPath(bureau: SimBureau, path: string, today: Day): string | null {
  const r = bureau.redesign && today >= bureau.redesign.day ? bureau.redesign : null;
  if (!r) return path;
  return path.startsWith(`${r.prefix}/`) ? path.slice(r.prefix.length) : null;
}

export const vsbRequest: NumberedRequest = (bureau, path, params, today, charset) => {
  const site = vsbSite(bureau, today);
  const at = currentPath(bureau, path, today);
  const asked = at === null ? null : site.read(bureau.id, at, params);
  if (asked && 'article' in asked) {
    const row = vsbRow(bureau.id, asked.article.columnId);
    const other = row && !isGroup(row.node) && !row.node.category ? (row.node.title as string) : null;
    const render = other ? otherArticle(bureau, today, charset, other, asked.article.itemId, path) : null;
    if (other) return render ? { kind: 'page', key: requestKey(path, params), render } : { kind: 'missing' };
  }
  const answer = answerNumbered(site, (b, day, cs) => ({
    groupPage: (g, n) => groupPage(b, vsbGroupNamed(b.id, g.name), n, day, cs),
    decoyStems: VSB_OTHERS,
    decoyPage: (title, where) => otherPage(b, day, cs, title, where),
  }))(bureau, path, params, today, charset);
  return answer ?? otherTemplatesPage(bureau, path, today);
};

const vsbGroupNamed = (bureauId: string, name: string) => rowOf(bureauId, `group:${name}`)?.node as VsbGroup;

/** Where the page a frame draws really is: a column's list page or article, else the frame's own path. */
function pageAt(bureau: SimBureau, today: Day, frame: PageFrame): string {
  const s = frame.section;
  const base = s ? sectionPath(bureau, s, today) : '';
  const m = s && frame.path.startsWith(base) ? frame.path.slice(base.length).match(/^(index|detail)_(\d+)$/) : null;
  if (!s || !m) return frame.path;
  const id = vsbTreeId(bureau.id, s.category);
  if (m[1] === 'index') return vsbList(bureau, id, today, Number(m[2]) + 1);
  return navPath(bureau, vsbSite(bureau, today).articlePath(bureau.id, id, Number(m[2])), today);
}

/**
 * The shared renderers' links at a VSB site's addresses: articles under a watched column's list address become
 * `/info/…` (or `content.jsp`) articles, attachments VSB's `download.jsp`; then every link of the page is
 * written relative to it.
 */
export function vsbLinks(bureau: SimBureau, today: Day, frame: PageFrame, html: string): string {
  const keys = bureau.sections.map((s) => s.category);
  const upload = (file: string) =>
    `/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=${vsbOwner(bureau.id)}&wbfileid=${fnv1a(file) % 10_000_000}`;
  const out = numberedArticleLinks(vsbSite(bureau, today), bureau, today, keys, upload, html);
  return relativeLinks(out.replaceAll('href="/"', `href="${HOME}"`), pageAt(bureau, today, frame));
}
