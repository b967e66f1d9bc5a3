import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { collapseSpace } from '../extract/dates.js';
import { blockHeading, headingBefore } from './block-headings.js';
import { scriptDataLinks } from './discover-script-links.js';
import { articleColumn, isDocumentUrl } from './link-addresses.js';
import { captionText, captionTitle, MORE, textWithoutLinks } from './link-captions.js';
import { headsDropDown, linksWithin, linkTarget } from './link-targets.js';

/**
 * A homepage's links as discovery weighs them: navigation (short texts in menus, trees and column
 * blocks), a block's "更多" link (named by the block's heading), or an item of a list (a news story, a
 * download, a 专题). Pure.
 */

/** `document`: an article, a download, a detail page: never a column, whatever its text says. */
export type LinkRole = 'nav' | 'more' | 'item' | 'document';

export interface SiteLink {
  /** The link's title, else its visible text; for a "更多" link, its block's heading. */
  text: string;
  url: string;
  role: LinkRole;
  /** The list (ul, ol, nav, …) the link sits in, numbered per page: a column's siblings are columns. */
  group: string;
  /** A menu entry over a drop-down of two or more others (土地市场 over its columns): a group's page. */
  heads?: true;
  /** For a link in no list: the bar of links it stands in (a text menu of `<a>`s between |), if any. */
  bar?: string;
}

const LIST_TAGS = new Set(['ul', 'ol', 'nav', 'dl', 'table']);

/** Numbers each list element of a page once, so links can name the list they are in. */
function groupOf(a: Element, ids: Map<Element, number>, page: string): string {
  for (let el = a.parent; el && isTag(el); el = el.parent) {
    if (!LIST_TAGS.has(el.name)) continue;
    if (!ids.has(el)) ids.set(el, ids.size);
    return `${page}#${ids.get(el)}`;
  }
  return `${page}#-`;
}

/** Links a bar of links in no list holds at least, and how far up from a link it is looked for. */
const BAR_LINKS = 5;
const BAR_REACH = 3;

/** The element around a link in no list that holds a bar of links (a footer's text menu), numbered per page. */
function barOf(a: Element, ids: Map<Element, number>, page: string): string | null {
  let el = a.parent;
  for (let level = 0; el && isTag(el) && level < BAR_REACH; level++, el = el.parent) {
    if (linksWithin(el) < BAR_LINKS) continue;
    if (!ids.has(el)) ids.set(el, ids.size);
    return `${page}#bar${ids.get(el)}`;
  }
  return null;
}

/** A pager's links: another page of the list they sit under, not a column. */
const PAGER = /^(首页|上一页|下一页|尾页|末页|第\d+页|\d+)$/;
/** Containers whose links are a site's navigation. */
const NAV_CONTAINER = /nav|menu|tree|lm|column|sidebar|side|left|catalog|channel|xxgk|zwgk|gk-/i;

function inNavigation(a: Element): boolean {
  for (let el = a.parent, depth = 0; el && isTag(el) && depth < 6; el = el.parent, depth++) {
    if (el.name === 'nav' || NAV_CONTAINER.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`)) return true;
  }
  return false;
}

/** An address that opens a column's list: a folder, or its index page. */
const COLUMN_PATH = /\/((index|list|default)[\w-]*\.(s?html?|jsp|aspx?|php))?$/i;

/** A full date in a row's text: 2026-11-20, 2026/11/20, 2026.11.20, 2026年11月20日. */
const ROW_DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/**
 * A link alone in a row that prints a date beside it (`<li><a>…</a><span>2026-11-20</span></li>`): a
 * story in a list of them, whatever its address looks like, unless the address opens a column's folder.
 */
function inDatedRow(a: Element): boolean {
  let row = a.parent;
  for (let level = 0; row && isTag(row) && level < 2; level++, row = row.parent) {
    if (linksWithin(row) !== 1) return false;
    if (ROW_DATE.test(textWithoutLinks(row))) return true;
  }
  return false;
}

/** A title that opens with its year (2026年征收土地公告): one year's notice or report, not a column. */
const YEAR_LED = /^(19|20)\d{2}\s*年/;

/** A caption that is a story's by its text alone: a sentence, or one year's notice. */
const isStoryCaption = (text: string) => text.length > 16 || YEAR_LED.test(text);

function roleOf(a: Element, text: string, url: URL): LinkRole {
  if (isDocumentUrl(url)) return 'document';
  if (isStoryCaption(text) || (inDatedRow(a) && !COLUMN_PATH.test(url.pathname))) return 'item';
  // A long column title on a tile or in a plain list (国有建设用地年度供应计划) still opens a column.
  return inNavigation(a) || text.length <= 10 || COLUMN_PATH.test(url.pathname) ? 'nav' : 'item';
}

/** Articles a list must show under one column before its heading names that column. */
const ARTICLES_OF_ONE_COLUMN = 3;

/**
 * A homepage block of articles (要闻动态, a tab of 通知公告) without a 更多 link: when its articles all
 * sit under one column, the block's heading names that column.
 */
function articleColumns(docs: { list: Element; group: string; url: URL }[]): SiteLink[] {
  const byList = new Map<Element, { group: string; url: URL }[]>();
  for (const d of docs) byList.set(d.list, [...(byList.get(d.list) ?? []), d]);
  const out: SiteLink[] = [];
  for (const [list, found] of byList) {
    const columns = new Set(found.map((d) => articleColumn(d.url)));
    const [column] = columns;
    if (found.length < ARTICLES_OF_ONE_COLUMN || columns.size !== 1 || !column) continue;
    const text = headingBefore(list);
    if (text) out.push({ text, url: column, role: 'more', group: (found[0] as { group: string }).group });
  }
  return out;
}

function listOf(a: Element): Element | null {
  for (let el = a.parent; el && isTag(el); el = el.parent) if (LIST_TAGS.has(el.name)) return el;
  return null;
}

/**
 * The caption of a link that has none of its own: an icon (图标导航) whose name is set beside its image, in
 * the item that holds the link and nothing else to click (`<li><a><img></a><p>信息公开</p></li>`).
 */
function besideCaption(a: Element): string {
  const item = a.parent;
  if (!item || !isTag(item) || linksWithin(item) !== 1) return '';
  const caption = collapseSpace(textWithoutLinks(item)).trim();
  return caption.length >= 2 && caption.length <= 16 ? caption : '';
}

/** Every same-site link of a page with its role; a "更多" link without a heading is left out. */
export function siteLinks(html: string, pageUrl: string): SiteLink[] {
  const doc = parseDocument(html);
  const base = new URL(pageUrl);
  const out: SiteLink[] = [];
  const docs: { list: Element; group: string; url: URL }[] = [];
  const seen = new Set<string>();
  const groups = new Map<Element, number>();
  const visit = (node: AnyNode) => {
    if (!isTag(node)) return;
    const href = linkTarget(node);
    if (href) add(node, href);
    for (const c of node.children) visit(c);
  };
  const add = (a: Element, href: string) => {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return; // An unparseable href is not a column.
    }
    url.hash = '';
    if (url.host !== base.host || !/^https?:$/.test(url.protocol)) return;
    const shown =
      captionTitle(collapseSpace(a.attribs.title || a.attribs.alt || captionText(a)).trim()) || besideCaption(a);
    const more = MORE.test(shown);
    const text = more ? blockHeading(a) : shown;
    const key = `${text}|${url.href}`;
    if (!text || seen.has(key) || (PAGER.test(text) && url.pathname.replace(/index\.\w+$/, '') !== '/')) return;
    seen.add(key);
    const link: SiteLink = {
      text,
      url: url.href,
      role: more ? 'more' : roleOf(a, text, url),
      group: groupOf(a, groups, pageUrl),
      ...(headsDropDown(a, url, base) ? { heads: true as const } : {}),
    };
    const bar = link.group.endsWith('#-') ? barOf(a, groups, pageUrl) : null;
    if (bar) link.bar = bar;
    out.push(link);
    const list = listOf(a);
    if (link.role === 'document' && list) docs.push({ list, group: link.group, url });
  };
  for (const c of doc.children) visit(c);
  const known = new Set(out.map((l) => `${l.text}|${l.url}`));
  // Menus a script builds from data in the page offer their entries as much as markup does.
  const scripted = scriptDataLinks(html, pageUrl).map(
    (l): SiteLink => ({
      ...l,
      role: isDocumentUrl(new URL(l.url)) ? 'document' : isStoryCaption(l.text) ? 'item' : 'nav',
    }),
  );
  const more = [...articleColumns(docs), ...scripted];
  return [...out, ...more.filter((l) => !known.has(`${l.text}|${l.url}`) && known.add(`${l.text}|${l.url}`))];
}

/**
 * The column's own title as its page states it (ColumnName meta, else the `<title>` before the site name).
 * An article's page is titled by the article (2026年征收土地公告): that names no column.
 */
export function pageColumnTitle(html: string): string | null {
  const meta = html.match(/<meta\s+name=["']?ColumnName["']?\s+content=["']([^"']{2,30})["']/i);
  const title = html.match(/<title>([^<]{2,80})<\/title>/i)?.[1];
  const head = meta?.[1]?.trim() ?? title?.split(/[_|\-–—]/)[0]?.trim();
  return head && head.length >= 2 && head.length <= 20 && !YEAR_LED.test(head) ? head : null;
}
