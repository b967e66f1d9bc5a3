import type { AnyNode } from 'domhandler';
import { isTag, isText } from 'domhandler';

/** Elements whose content is never page text: scripts, styles, form widgets, the head. */
export const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'head', 'svg', 'iframe']);

/** The visible text of a subtree, leaving out the text nodes in `skipDates` (dates read apart from titles). */
export function textOf(node: AnyNode, skipDates: WeakSet<AnyNode>): string {
  if (isText(node)) return skipDates.has(node) ? '' : node.data;
  if (!isTag(node) || SKIP.has(node.name)) return '';
  let s = '';
  for (const c of node.children) s += textOf(c, skipDates);
  return s;
}
