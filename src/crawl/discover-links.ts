import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { collapseSpace } from '../extract/dates.js';

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

const MORE = /^(更多|more|查看更多|\+|>>|》)/i;
/** A pager's links: another page of the list they sit under, not a column. */
const PAGER = /^(首页|上一页|下一页|尾页|末页|第\d+页|\d+)$/;
/** Paths of one document: an article, a download, a detail page. */
const DOCUMENT_PATH =
  /(\/(art|detail|content|t\d{8})_?[\w-]*\.s?html?$)|\.(docx?|xlsx?|pdf|zip|rar|wps|jpg|png)$|\/\d{6,}\.s?html?$|\/art\/\d/i;
/** Containers whose links are a site's navigation. */
const NAV_CONTAINER = /nav|menu|tree|lm|column|sidebar|side|left|catalog|channel|xxgk|zwgk|gk-/i;

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || node.name === 'script' || node.name === 'style') return '';
  if (node.name === 'img') return node.attribs.alt ?? node.attribs.title ?? '';
  return node.children.map(textOf).join('');
}

/** A block's heading for its "更多" link: the text of the link's surroundings that is not a link. */
function blockHeading(a: Element): string {
  const withoutLinks = (node: AnyNode): string =>
    isTag(node) && (node.name === 'a' || node.name === 'ul')
      ? ''
      : isTag(node)
        ? node.children.map(withoutLinks).join('')
        : textOf(node);
  for (let el = a.parent, depth = 0; el && isTag(el) && depth < 3; el = el.parent, depth++) {
    const heading = collapseSpace(withoutLinks(el)).trim();
    if (heading.length >= 2) return heading.length <= 16 ? heading : '';
  }
  return '';
}

function inNavigation(a: Element): boolean {
  for (let el = a.parent, depth = 0; el && isTag(el) && depth < 6; el = el.parent, depth++) {
    if (el.name === 'nav' || NAV_CONTAINER.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`)) return true;
  }
  return false;
}

function roleOf(a: Element, text: string, url: URL): LinkRole {
  if (DOCUMENT_PATH.test(url.pathname)) return 'document';
  if (text.length > 16) return 'item';
  return inNavigation(a) || text.length <= 10 ? 'nav' : 'item';
}

/** Every same-site link of a page with its role; a "更多" link without a heading is left out. */
export function siteLinks(html: string, pageUrl: string): SiteLink[] {
  const doc = parseDocument(html);
  const base = new URL(pageUrl);
  const out: SiteLink[] = [];
  const seen = new Set<string>();
  const groups = new Map<Element, number>();
  const visit = (node: AnyNode) => {
    if (!isTag(node)) return;
    if (node.name === 'a' && node.attribs.href) add(node, node.attribs.href);
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
    const shown = collapseSpace(a.attribs.title || textOf(a)).trim();
    const more = MORE.test(shown);
    const text = more ? blockHeading(a) : shown;
    const key = `${text}|${url.href}`;
    if (!text || seen.has(key) || (PAGER.test(text) && url.pathname.replace(/index\.\w+$/, '') !== '/')) return;
    seen.add(key);
    out.push({ text, url: url.href, role: more ? 'more' : roleOf(a, text, url), group: groupOf(a, groups, pageUrl) });
  };
  for (const c of doc.children) visit(c);
  return out;
}

/** The column's own title as its page states it (ColumnName meta, else the `<title>` before the site name). */
export function pageColumnTitle(html: string): string | null {
  const meta = html.match(/<meta\s+name=["']?ColumnName["']?\s+content=["']([^"']{2,30})["']/i);
  if (meta?.[1]) return meta[1].trim();
  const title = html.match(/<title>([^<]{2,80})<\/title>/i)?.[1];
  const head = title?.split(/[_|\-–—]/)[0]?.trim();
  return head && head.length >= 2 && head.length <= 20 ? head : null;
}
