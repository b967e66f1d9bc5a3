import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { columnParams } from './cms-addresses.js';
import type { HeadingFit } from './list-headings.js';

/**
 * Picks the section's own list among the candidate lists of a page, by what ties a list to the column
 * rather than by class names: the pager that follows it (共N页, 下一页, `createPageHTML`), links to
 * documents under the column's own URL (its directory, or its numeric column id in Hanweb-style
 * `/art/…/art_1234_5678.html` paths), a heading naming the column. Side boxes of another column's newest
 * items have none of these, and are headed by another name.
 */

export interface Contender {
  container: Element;
  /** Each member's best link target. */
  hrefs: (string | undefined)[];
  score: number;
  /** Too small to be a list on its own (one or two undated links): counts only when tied to the column. */
  weak: boolean;
  /** Read from the page's own data island: the loader's records, the column's by construction. */
  records: boolean;
  order: number;
}

export interface Choice<C extends Contender> {
  best: C | null;
  /** The best list is tied to the column by its pager, its links or its heading. */
  owned: boolean;
  /**
   * The best list is another column's box: headed by another name, every link outside the column's path.
   * Alone on a page whose own list could not be read (a script wrote it), it is still not the column's.
   */
  foreign: boolean;
}

/** How far up from a pager (its link, its bar, the block around) and from a list's container, together, the two may meet. */
const PAGER_REACH = 4;
const PAGER_BONUS = 3;
const OWN_PATH_BONUS = 5;
/** When some list links under the column's path, a list that does not is another column's. */
const FOREIGN_PATH_FACTOR = 0.05;
const OWN_SHARE = 0.5;
const OWN_HEADING_BONUS = 2;
/** A box headed by another name (热点信息 on a 规划计划 page) is a side box. */
const FOREIGN_HEADING_FACTOR = 0.2;

/** A pager's text node or script, and its place in document order (elements seen before it). */
export interface Pager {
  node: AnyNode;
  at: number;
}

/**
 * The lists each pager pages: climbing from the pager, the first ancestor that also holds lists
 * before it (within a few levels of both) gives the list nearest to it, the shallowest there. A pager
 * follows its list; a side box after it, under a common ancestor further up, is not paged.
 */
/** Elements a pager bar is made of (a Bootstrap `<nav><ul class="pagination"><li><span>`): none is the list's. */
const PAGER_BAR = new Set(['span', 'a', 'li', 'ul', 'ol', 'nav', 'em', 'b', 'strong', 'font']);

/** The block around a pager's text, past the bar's own elements, where its list may be met. */
function barOf(node: AnyNode): AnyNode | null {
  let at = node.parent;
  while (at && isTag(at) && PAGER_BAR.has(at.name)) at = at.parent;
  return at;
}

function pagedLists<C extends Contender>(candidates: C[], pagers: Pager[]): Set<C> {
  const near = new Map<AnyNode, { c: C; depth: number }[]>();
  for (const c of candidates) {
    let at: AnyNode | null = c.container;
    for (let depth = 0; at && depth < PAGER_REACH; depth++, at = at.parent) {
      const list = near.get(at);
      if (list) list.push({ c, depth });
      else near.set(at, [{ c, depth }]);
    }
  }
  const owners = new Set<C>();
  for (const pager of pagers) {
    let at: AnyNode | null = barOf(pager.node);
    for (let level = 0; at && level < PAGER_REACH; level++, at = at.parent) {
      const found = near.get(at)?.filter((f) => f.c.order < pager.at && level + f.depth <= PAGER_REACH);
      if (!found || found.length === 0) continue;
      const nearest = Math.min(...found.map((f) => f.depth));
      for (const f of found) if (f.depth === nearest) owners.add(f.c);
      break;
    }
  }
  return owners;
}

interface ColumnPath {
  base: URL;
  dir: string;
  /** Numeric ids in the column's path (col1234 → 1234), not years. */
  ids: RegExp | null;
  /** The column parameters of a CMS's list address (catid=39), which its articles' addresses repeat. */
  params: string[];
  /** Links already judged: the lists nested in a list repeat its links. */
  seen: Map<string, boolean>;
}

function columnPath(pageUrl: string | null | undefined): ColumnPath | null {
  if (!pageUrl) return null;
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return null;
  }
  // A list behind a script and a query (InfoList.aspx?ColumnId=39) shares its folder with every other
  // column and article of the site: the folder says nothing, its column parameter does.
  const scripted = base.search !== '' && /\.(aspx?|php|jsp|do|cgi)$/i.test(base.pathname);
  const dir = scripted ? '/' : base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  // The column's own id sits in its last directory or its file (col1234/, list_1234.html); a number further
  // up names the group its sibling columns share (tdsc_524/crgg/ beside tdsc_524/crjg/).
  const own = base.pathname.split('/').slice(-2).join('/');
  const numbers = (own.match(/\d{3,}/g) ?? []).filter((n) => !/^(19|20)\d\d$/.test(n));
  const ids = numbers.length > 0 ? new RegExp(`(^|\\D)(${numbers.join('|')})(\\D|$)`) : null;
  const params = columnParams(base);
  // A list at the site root says nothing about paths: every link is under "/".
  if (dir.length <= 1 && !ids && params.length === 0) return null;
  return { base, dir: dir.length > 1 ? dir : '', ids, params, seen: new Map() };
}

function underColumn(href: string | undefined, column: ColumnPath): boolean {
  if (!href) return false;
  let known = column.seen.get(href);
  if (known === undefined) {
    known = judgeLink(href, column);
    column.seen.set(href, known);
  }
  return known;
}

function judgeLink(href: string, column: ColumnPath): boolean {
  if (/^\s*(javascript|mailto|tel):/i.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href.trim(), column.base);
  } catch {
    return false;
  }
  if (url.host !== column.base.host) return false;
  const path = url.pathname;
  if (column.params.length > 0 && columnParams(url).some((p) => column.params.includes(p))) return true;
  if (column.dir && path.startsWith(column.dir) && path.length > column.dir.length) return true;
  return column.ids?.test(path) ?? false;
}

function ownShare(c: Contender, column: ColumnPath): number {
  let own = 0;
  for (const href of c.hrefs) if (underColumn(href, column)) own++;
  return c.hrefs.length === 0 ? 0 : own / c.hrefs.length;
}

export interface Ties<C extends Contender> {
  /** Pager text nodes and pager scripts. */
  pagers: Pager[];
  /** The page's own address, when known. */
  pageUrl?: string | null | undefined;
  /** Whether the heading above a list names the column. */
  heading: (c: C) => HeadingFit;
}

export function chooseList<C extends Contender>(candidates: C[], ties: Ties<C>): Choice<C> {
  const { pagers, pageUrl } = ties;
  if (candidates.length === 0) return { best: null, owned: false, foreign: false };
  const paged = pagedLists(candidates, pagers);
  const column = columnPath(pageUrl);
  const own = new Set<C>();
  if (column) for (const c of candidates) if (ownShare(c, column) >= OWN_SHARE) own.add(c);
  let best: C | null = null;
  let bestScore = -1;
  let owned = false;
  let foreign = false;
  // The best list not under another column's heading: the column's own when the best is a side box.
  let fallback: { c: C; score: number; tied: boolean } | null = null;
  for (const c of candidates) {
    const heading = ties.heading(c);
    const tied = c.records || paged.has(c) || own.has(c) || heading === 'own';
    if (c.weak && !tied) continue;
    let score = c.score;
    if (heading === 'own') score *= OWN_HEADING_BONUS;
    else if (heading === 'foreign') score *= FOREIGN_HEADING_FACTOR;
    if (paged.has(c)) score *= PAGER_BONUS;
    if (own.has(c)) score *= OWN_PATH_BONUS;
    else if (own.size > 0) score *= FOREIGN_PATH_FACTOR;
    const isForeign = heading === 'foreign' && column !== null && ownShare(c, column) === 0;
    if (!isForeign && (!fallback || score > fallback.score)) fallback = { c, score, tied };
    if (score > bestScore || (score === bestScore && best && c.order < best.order)) {
      best = c;
      bestScore = score;
      owned = tied;
      foreign = isForeign;
    }
  }
  if (foreign && fallback) return { best: fallback.c, owned: fallback.tied, foreign: false };
  return { best, owned, foreign };
}
