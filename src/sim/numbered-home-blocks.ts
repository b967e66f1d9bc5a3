import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type NumberedSite, numberedGroupHref } from './numbered-site.js';

/**
 * The homepage blocks of the query-string templates (page-cms.ts, page-aspnet.ts): a heading, a `more`
 * link and the newest items of one or more columns, merged. A `BlockStyle` is the template's markup.
 */

export interface BlockStyle {
  /** How many items a block shows. */
  size: number;
  rows: (section: SimSection, items: SimItem[]) => string;
  frame: (heading: string, more: string, rows: string) => string;
}

export const sectionOf = (bureau: SimBureau, category: string) => bureau.sections.find((s) => s.category === category);

/** A block of the newest items of `categories`' columns, none when the site carries none of them. */
export function newestBlock(
  bureau: SimBureau,
  today: Day,
  style: BlockStyle,
  heading: string,
  more: string,
  categories: string[],
): string {
  const sections = bureau.sections.filter((s) => categories.includes(s.category));
  if (sections.length === 0) return '';
  const rows = sections
    .flatMap((s) => visibleItems(s, today, style.size).map((i) => ({ s, i })))
    .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))
    .slice(0, style.size)
    .map(({ s, i }) => style.rows(s, [i]))
    .join('');
  return style.frame(heading, more, rows);
}

/** A block headed by its column's own title, `more` to the column. */
export function columnBlock(bureau: SimBureau, today: Day, style: BlockStyle, category: string): string {
  const s = sectionOf(bureau, category);
  const heading = columnTitle(bureau, category);
  return s ? newestBlock(bureau, today, style, heading, sectionPath(bureau, s, today), [category]) : '';
}

/** A block headed by a group's name, `more` to the group's page. */
export function groupBlock(
  site: NumberedSite,
  bureau: SimBureau,
  today: Day,
  style: BlockStyle,
  name: string,
  categories: string[],
): string {
  const group = site.groups.find((g) => g.name === name);
  if (!group) throw new Error(`groupBlock: no group named ${name}`);
  return newestBlock(bureau, today, style, name, numberedGroupHref(site, bureau, group, today), categories);
}
