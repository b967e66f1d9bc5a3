import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';

/**
 * Where an element of a page leads when a person clicks it, and whether a menu entry opens a drop-down
 * of others. Pure.
 */

/** A script's way of going to an address: `location.href='…'`, `location='…'`, `location.assign('…')`. */
const GOES = String.raw`location(?:\.href)?\s*=|location\.(?:assign|replace)`;
const ADDRESS = String.raw`\s*\(?\s*['"]([^'"]+)['"]`;
/** A script that sends the page to a literal address (a splash page's forward). */
export const SETS_LOCATION = new RegExp(`(?:${GOES})${ADDRESS}`);
/** A script's way of opening an address: the above, or `window.open('…')`. */
const OPENS = new RegExp(`(?:window\\.open|${GOES})${ADDRESS}`);

/** A link's address: its href, or what its onclick opens when the href is only `javascript:` or `#`. */
function scriptedHref(a: Element): string | undefined {
  const href = a.attribs.href?.trim();
  if (href && !/^(javascript:|#$)/i.test(href)) return href;
  return a.attribs.onclick?.match(OPENS)?.[1];
}

/** A `<select>` whose choice navigates (a 栏目 jump menu): its options' values are addresses. */
const JUMP_MENU = /location|window\.open|\.value/;

/**
 * Where an element leads when a person clicks it, if anywhere: a link or an image map's area (href or
 * onclick), an option of a jump menu, or any element (a button, a tile) that carries its address in
 * `data-href`/`data-url`/`data-link` or opens one from its onclick, or a tab head that names its column's
 * list in `data-more` (the address a script gives the tabs' one 更多 link).
 */
export function linkTarget(el: Element): string | undefined {
  if (el.name === 'a' || el.name === 'area') return scriptedHref(el);
  if (el.name === 'option') {
    const select = el.parent && isTag(el.parent) && el.parent.name === 'select' ? el.parent : null;
    const value = el.attribs.value?.trim();
    return select && JUMP_MENU.test(select.attribs.onchange ?? '') && value && /^(\/|\.|https?:)/.test(value)
      ? value
      : undefined;
  }
  return (
    el.attribs['data-href'] ??
    el.attribs['data-url'] ??
    el.attribs['data-link'] ??
    el.attribs['data-more'] ??
    el.attribs.onclick?.match(OPENS)?.[1]
  );
}

export function linksWithin(node: AnyNode): number {
  if (!isTag(node)) return 0;
  return (linkTarget(node) ? 1 : 0) + node.children.reduce((n, c) => n + linksWithin(c), 0);
}

/**
 * A link that opens an entry of a menu whose drop-down holds two or more other links: the entry's item
 * (`<li>`, the link itself or its wrapper a child of it) has a part besides the link with those links.
 */
export function headsDropDown(a: Element, url: URL, base: URL): boolean {
  const wrapper = a.parent && isTag(a.parent) && a.parent.name !== 'li' ? a.parent : a;
  const item = wrapper.parent;
  if (!item || !isTag(item) || item.name !== 'li') return false;
  const drop = item.children.find((c) => c !== wrapper && isTag(c) && linksWithin(c) >= 2);
  // An entry that opens one of its drop-down's columns (互动交流 → 局长留言) is that column.
  return drop !== undefined && !targetsWithin(drop).some((href) => sameAddress(href, url, base));
}

function targetsWithin(node: AnyNode, out: string[] = []): string[] {
  if (!isTag(node)) return out;
  const href = linkTarget(node);
  if (href) out.push(href);
  for (const c of node.children) targetsWithin(c, out);
  return out;
}

/** Whether `href`, as the page (`base`) resolves it, is `url`. */
function sameAddress(href: string, url: URL, base: URL): boolean {
  try {
    const other = new URL(href, base);
    other.hash = '';
    return other.href === url.href;
  } catch {
    return false;
  }
}
