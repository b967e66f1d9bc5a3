import { type AnyNode, type Element, isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { SETS_LOCATION } from './link-targets.js';

/**
 * A county site's root is often an 引导页 (splash page): a banner and a way into the real homepage, by a
 * 进入主站 link or image, a `<meta http-equiv="refresh">`, or a script setting `location`. An inspector
 * clicks through; discovery reads the page it leads to as the homepage. Pure.
 */

/** Links a splash page carries at most besides its way in (a 友情链接 or two, an ICP number). */
const SPLASH_LINKS = 6;
/** What a splash page's way in says (its text, or its image's alt). */
const ENTER = /进入(主站|网站|首页|本站)|点击(这里)?进入|^(enter|进入)$/i;

const REFRESH =
  /<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']\s*\d+\s*;\s*url\s*=\s*([^"'>\s]+)/i;

/** The same-site page a splash page leads into, or null when the page is no splash. */
export function splashTarget(html: string, pageUrl: string): string | null {
  const page = new URL(pageUrl);
  const sameSite = (href: string | undefined): string | null => {
    if (!href) return null;
    try {
      const url = new URL(href.trim(), page);
      return url.host === page.host && url.href !== page.href && /^https?:$/.test(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  };
  // A page that forwards at once is a splash whatever else it shows.
  const refresh = sameSite(html.match(REFRESH)?.[1]);
  if (refresh) return refresh;
  // Otherwise only a page of a few links: a homepage's scripts set `location` in handlers of its own.
  const links = anchors(parseDocument(html).children);
  if (links.length > SPLASH_LINKS) return null;
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const to = sameSite(m[1]?.match(SETS_LOCATION)?.[1]);
    if (to) return to;
  }
  const entry = links.find((a) => ENTER.test(caption(a)));
  if (entry) return sameSite(entry.attribs.href);
  // An image with no words to say it (enter.gif): the one page of the site the splash links to that way
  // (a page whose one link says 网站地图 is a homepage with a sitemap, no splash).
  const wordless = links.filter((a) => words(a).text === '');
  const inside = new Set(wordless.map((a) => sameSite(a.attribs.href)).filter((u) => u !== null));
  return inside.size === 1 ? ([...inside][0] as string) : null;
}

function anchors(nodes: AnyNode[], out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (n.name === 'a' && n.attribs.href) out.push(n);
    else anchors(n.children, out);
  }
  return out;
}

/** A link's visible text, else its title or its image's alt. */
function caption(a: Element): string {
  const { text, alts } = words(a);
  return text || a.attribs.title || alts;
}

/** A link's visible text and its images' alts. */
function words(a: Element): { text: string; alts: string } {
  const text: string[] = [];
  const alts: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') text.push((n as unknown as { data: string }).data);
      else if (isTag(n)) {
        if (n.name === 'img' && n.attribs.alt) alts.push(n.attribs.alt);
        walk(n.children);
      }
    }
  };
  walk(a.children);
  return { text: text.join('').replace(/\s+/g, ''), alts: alts.join('') };
}
