/** The same-site frames of a page (a 目录 in an iframe): their pages' links are the page's own. */
export function frameSources(html: string, pageUrl: string): string[] {
  const base = new URL(pageUrl);
  const out: string[] = [];
  for (const m of html.matchAll(/<i?frame\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/gi)) {
    try {
      const url = new URL(m[1] as string, base);
      if (url.host === base.host && /^https?:$/.test(url.protocol) && !out.includes(url.href)) out.push(url.href);
    } catch {
      // An unparseable src is no frame to read.
    }
  }
  return out;
}
