import { jeecmsChannelId, jeecmsChannels, jeecmsPick, jeecmsSlugs } from './jeecms-catalogue.js';
import type { ColumnDialect } from './numbered-catalogue.js';

/**
 * How a site of the nineteenth template (page-jeecms.ts) addresses its channels and articles, as its
 * webmaster set JEECMS up: dynamic `.jhtml` pages under the channel's path from the top
 * (`/zwgk/tzgg/index.jhtml`, page 2 `index_2.jhtml`, articles `/zwgk/tzgg/1234567.jhtml`), under its own
 * access path alone (`/tzgg/index.jhtml`), or static publishing (静态化) to `.htm` files
 * (`/zwgk/tzgg/index.htm`, `index_2.htm`, `/zwgk/tzgg/1234567.htm`). Pure, and free of the model so the
 * model can ask it where a column lives.
 */

export interface JeecmsDialect extends ColumnDialect {
  name: 'nested' | 'flat' | 'static';
}

/** A dialect whose channel folder is `folderOf(slugs)` and whose pages end in `suffix`. */
function dialect(
  bureauId: string,
  name: JeecmsDialect['name'],
  suffix: string,
  folderOf: (slugs: string[]) => string[],
): JeecmsDialect {
  const folder = (id: number) => `/${folderOf(jeecmsSlugs(bureauId, id) ?? [String(id)]).join('/')}/`;
  const idOf = (parts: string[]) =>
    jeecmsChannels(bureauId).find((c) => folderOf(c.slugs).join('/') === parts.join('/'))?.id;
  const ext = suffix.replace('.', '\\.');
  const list = new RegExp(`^/((?:[a-z]+/)+)index(?:_(\\d+))?${ext}$`);
  const article = new RegExp(`^/((?:[a-z]+/)+)(\\d+)${ext}$`);
  return {
    name,
    list: (id, page = 1) => `${folder(id)}index${page > 1 ? `_${page}` : ''}${suffix}`,
    article: (id, no) => `${folder(id)}${no}${suffix}`,
    read: (path) => {
      const l = path.match(list);
      const lid = l ? idOf((l[1] as string).split('/').filter(Boolean)) : undefined;
      if (l && lid !== undefined) return { list: lid, page: Math.max(1, Number(l[2] ?? 1)) };
      const a = path.match(article);
      return a && idOf((a[1] as string).split('/').filter(Boolean)) !== undefined ? { article: Number(a[2]) } : null;
    },
  };
}

/** The address rule a site runs: nested dynamic paths on most, a channel's own path on some, static `.htm` on a few. */
export function jeecmsDialect(bureauId: string): JeecmsDialect {
  const k = jeecmsPick(bureauId, 'url', 6);
  if (k < 3) return dialect(bureauId, 'nested', '.jhtml', (s) => s);
  if (k < 5) return dialect(bureauId, 'flat', '.jhtml', (s) => s.slice(-1));
  return dialect(bureauId, 'static', '.htm', (s) => s);
}

/** A watched column's address (before any redesign). */
export function jeecmsColumnPath(bureauId: string, category: string): string {
  return jeecmsDialect(bureauId).list(jeecmsChannelId(bureauId, category));
}
