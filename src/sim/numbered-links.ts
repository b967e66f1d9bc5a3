import type { Day } from '../domain/types.js';
import { navPath, type SimBureau } from './model.js';
import { type NumberedSite, numberedList } from './numbered-site.js';

/**
 * The shared renderers' links at a query-string site's addresses (numbered-site.ts): the renderers write
 * articles, attachments and pager pages under a column's list address as if it were a folder.
 */

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Articles under the list address of each of `keys`' columns become the site's article addresses,
 * attachments `upload(file)`.
 */
export function numberedArticleLinks(
  site: NumberedSite,
  bureau: SimBureau,
  today: Day,
  keys: string[],
  upload: (file: string) => string,
  html: string,
): string {
  let out = html;
  for (const columnId of keys.map((k) => site.columnId(bureau.id, k))) {
    const base = esc(numberedList(site, bureau, columnId, today));
    const article = (id: string) => navPath(bureau, site.articlePath(bureau.id, columnId, Number(id)), today);
    out = out
      .replace(new RegExp(`${base}(?:\\d{6}/t\\d{8}_|art_|detail_)(\\d+)\\.html`, 'g'), (_, id) => article(id))
      .replace(new RegExp(`${base}P0(\\d+)\\.pdf`, 'g'), (_, id) => upload(`P0${id}.pdf`));
  }
  return out;
}

/** A column's pager links (`index.html`, `index_1.html`, …) become `at(page)`, pages 1-based. */
export function numberedPagerLinks(html: string, at: (page: number) => string): string {
  return html.replace(/href="index(?:_(\d+))?\.html"/g, (_, n) => `href="${at(n ? Number(n) + 1 : 1)}"`);
}
