import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { collapseSpace } from '../extract/dates.js';
import { captionTitle, MORE, MORE_TAIL, textOf, textWithoutLinks } from './link-captions.js';
import { linkTarget } from './link-targets.js';

/** The heading a homepage block gives its list, which names the column its 更多 link opens. Pure. */

const HEADING_TAG = /^h[1-6]$/;
const HEADING_CLASS = /title|tit|hd|head|name/i;

function elementChildren(el: Element): Element[] {
  return el.children.filter((c): c is Element => isTag(c));
}

/**
 * A tab head's caption: its text, links included, since a tab's caption is often a link that only switches
 * panes (`javascript:`, onclick) or opens the pane's column; a 更多 beside it is not the caption.
 */
function tabCaption(head: Element): string {
  const own = collapseSpace(textWithoutLinks(head)).trim();
  if (own.length >= 2) return own;
  return collapseSpace(textOf(head)).trim().replace(MORE_TAIL, '').trim();
}

/**
 * The heading a block puts before its list: an h1–h6 or a title/hd element just before the list or one of
 * its three containers (a pane's 更多 sits in a box of its own inside the pane); of a row of tab heads, the
 * one whose place matches the tab pane holding the list.
 */
export function headingBefore(el: Element): string {
  let pane: Element = el;
  for (let at: Element | null = el, depth = 0; at && depth < 4; depth++) {
    const parent: Element | null = at.parent && isTag(at.parent) ? at.parent : null;
    const siblings = parent ? elementChildren(parent) : [];
    for (const prev of siblings.slice(0, siblings.indexOf(at)).reverse()) {
      if (!HEADING_TAG.test(prev.name) && !HEADING_CLASS.test(prev.attribs.class ?? '')) continue;
      const heads = elementChildren(prev);
      const panes = elementChildren(at);
      const i = panes.indexOf(pane);
      const tab = heads.length > 1 && heads.length === panes.length && i >= 0 ? (heads[i] as Element) : null;
      const text = tab ? tabCaption(tab) : collapseSpace(textWithoutLinks(prev)).trim();
      if (text.length >= 2 && text.length <= 16) return text;
    }
    pane = at;
    at = parent;
  }
  return '';
}

/** How far up from a 更多 link its block's own link to the same column is looked for. */
const SAME_TARGET_REACH = 2;

/**
 * The caption of another element of the 更多 link's block that leads where it does: a heading that links
 * its column (`<h3><a href="/tzgg/">通知公告</a></h3>`), or the tab head whose address a script gives the
 * tabs' one 更多 link (`<li data-more="/tzgg/">通知公告</li>`).
 */
function sameTargetCaption(a: Element): string {
  const href = linkTarget(a);
  let block = a.parent;
  for (let level = 0; href && block && isTag(block) && level < SAME_TARGET_REACH; level++, block = block.parent) {
    const twin = findTarget(block, href, a);
    if (twin) return captionTitle(collapseSpace(textOf(twin)).trim());
  }
  return '';
}

function findTarget(node: AnyNode, href: string, not: Element): Element | null {
  if (!isTag(node) || node === not) return null;
  if (linkTarget(node) === href && !MORE.test(collapseSpace(textOf(node)).trim())) return node;
  for (const c of node.children) {
    const found = findTarget(c, href, not);
    if (found) return found;
  }
  return null;
}

/** A block's heading for its "更多" link: the text of the link's surroundings that is not a link. */
export function blockHeading(a: Element): string {
  const twin = sameTargetCaption(a);
  if (twin.length >= 2 && twin.length <= 16) return twin;
  const before = headingBefore(a);
  if (before) return before;
  for (let el = a.parent, depth = 0; el && isTag(el) && depth < 3; el = el.parent, depth++) {
    const heading = collapseSpace(textWithoutLinks(el)).trim();
    if (heading.length >= 2) return heading.length <= 16 ? heading : '';
  }
  return '';
}
