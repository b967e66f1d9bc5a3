import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { collapseSpace } from './dates.js';
import { unwrapHiddenLists } from './unwrap.js';

/** A link on a page, with its visible text (or title) and the heading it sits under. */
export interface PageLink {
  text: string;
  url: string;
}

/** Visible text; an image stands for its alt text (banners such as 政府信息公开目录 are images). */
function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || node.name === 'script' || node.name === 'style') return '';
  if (node.name === 'img') return node.attribs.alt ?? node.attribs.title ?? '';
  return node.children.map(textOf).join('');
}

/** Every same-site link of a page, resolved, with its text; pure. */
export function extractLinks(html: string, pageUrl: string): PageLink[] {
  const doc = parseDocument(unwrapHiddenLists(html));
  const base = new URL(pageUrl);
  const links: PageLink[] = [];
  const seen = new Set<string>();
  const visit = (node: AnyNode) => {
    if (!isTag(node)) return;
    const el = node as Element;
    if (el.name === 'a' && el.attribs.href) {
      const text = collapseSpace(el.attribs.title || textOf(el));
      try {
        const url = new URL(el.attribs.href, base);
        url.hash = '';
        if (text && url.host === base.host && /^https?:$/.test(url.protocol) && !seen.has(`${text}|${url.href}`)) {
          seen.add(`${text}|${url.href}`);
          links.push({ text, url: url.href });
        }
      } catch {
        // An unparseable href is not a column.
      }
    }
    for (const c of el.children) visit(c);
  };
  for (const c of doc.children) visit(c);
  return links;
}
