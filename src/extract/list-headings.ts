import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { collapseSpace } from './dates.js';

/**
 * The column's name and the headings of boxes. A column page names its column twice, in its <title>
 * (规划计划_某市自然资源局) and at the end of its breadcrumb (当前位置：首页 > 规划计划); a side box is
 * headed by its own name (热点信息, 最新发布). A list under a heading that is not the column's is another
 * column's box; a list under the column's name is the column's.
 */

export type HeadingFit = 'own' | 'foreign' | null;

const TITLE_PARTS = /\s*[_|｜—–\-·]+\s*|\s{2,}/;
const CRUMB_STEP = /\s*(?:>|＞|›|»|\/|→|&gt;)\s*/;
const MORE_TAIL = /\s*(更多|more|>>|»|\+)\s*$/i;
const MIN_NAME = 2;
const MAX_HEADING = 12;
/** Text beyond this is a paragraph or a region, not a heading: stop reading. */
const READ_LIMIT = 40;

function boundedText(node: AnyNode, out: { s: string }): void {
  if (out.s.length > READ_LIMIT) return;
  if (isText(node)) out.s += node.data;
  else if (isTag(node) && node.name !== 'script' && node.name !== 'style')
    for (const c of node.children) boundedText(c, out);
}

function shortText(node: AnyNode): string {
  const out = { s: '' };
  boundedText(node, out);
  return collapseSpace(out.s);
}

function titleOf(root: AnyNode): string {
  const stack: AnyNode[] = [root];
  // The title sits in the head, a few levels down; stop at the body.
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isTag(node) && node.name === 'title') return shortText(node);
    if (isTag(node) && node.name === 'body') continue;
    if ('children' in node) for (const c of (node as Element | Document).children) if (isTag(c)) stack.push(c);
  }
  return '';
}

/**
 * The column's name when the <title> and the breadcrumb agree on it (one contains a part of the other),
 * else null: a title alone may be just the site's name.
 */
export function columnName(root: AnyNode, crumbs: Element[]): string | null {
  const parts = titleOf(root)
    .split(TITLE_PARTS)
    .filter((p) => p.length >= MIN_NAME);
  if (parts.length === 0) return null;
  for (const crumb of crumbs) {
    const steps = shortText(crumb).split(CRUMB_STEP);
    const last = steps[steps.length - 1]?.trim() ?? '';
    if (last.length < MIN_NAME) continue;
    const name = parts.find((p) => p.includes(last) || last.includes(p));
    if (name) return last;
  }
  return null;
}

function previousElement(el: Element): Element | null {
  for (let n = el.prev; n; n = n.prev) if (isTag(n)) return n;
  return null;
}

/** The heading right above a list: a short text block before its container or before the box around it. */
function headingOf(container: Element): string | null {
  let at: Element | null = container;
  for (let level = 0; at && level < 2; level++) {
    const prev = previousElement(at);
    if (prev) {
      const text = shortText(prev).replace(MORE_TAIL, '');
      return text.length >= MIN_NAME && text.length <= MAX_HEADING ? text : null;
    }
    at = at.parent && isTag(at.parent) ? at.parent : null;
  }
  return null;
}

/** Whether the heading above a list names the column (own), names something else (foreign), or is absent. */
export function headingFit(container: Element, name: string | null): HeadingFit {
  if (!name) return null;
  const heading = headingOf(container);
  if (!heading) return null;
  return heading.includes(name) || name.includes(heading) ? 'own' : 'foreign';
}
