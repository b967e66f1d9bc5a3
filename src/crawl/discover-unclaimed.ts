import { isArchiveTitle, sameColumn } from '../domain/discovery.js';
import type { SiteLink } from './discover-links.js';

/**
 * Same-site navigation links that look like columns (not documents, not the homepage) and not claimed;
 * those in the same list as a confirmed column first (a column's siblings are columns, a mega-menu's
 * links are not), then a portal page's own links (not the chrome every page repeats), then page order.
 */
export function unclaimedColumnLinks(
  links: SiteLink[],
  claimed: Set<string>,
  chrome: Set<string>,
  homepage: string,
): SiteLink[] {
  const seen = new Set<string>();
  // Links in no list at all (`#-`: a block's 更多, a footer) are no one list of siblings.
  const columnGroups = new Set(
    links.filter((l) => claimed.has(sameColumn(l.url)) && !l.group.endsWith('#-')).map((l) => l.group),
  );
  const columns = links.filter((l) => {
    const column = sameColumn(l.url);
    if (l.role === 'item' || l.role === 'document' || claimed.has(column) || seen.has(column)) return false;
    if (isArchiveTitle(l.text)) return false;
    if (l.url === homepage) return false;
    seen.add(column);
    const last = new URL(l.url).pathname.split('/').pop() ?? '';
    return last === '' || /^(index|list|default|col|channel)[\w-]*\.(s?html?|jsp|aspx?|php)$/i.test(last);
  });
  const place = (l: SiteLink) => (columnGroups.has(l.group) || l.role === 'more' ? 0 : chrome.has(l.url) ? 2 : 1);
  // A column linked from several pages stands where its best link does (beside a column in the homepage's
  // menu, though the 网站地图's copy of that menu lost its siblings to the map's own list).
  const best = new Map<string, number>();
  for (const l of links) best.set(sameColumn(l.url), Math.min(best.get(sameColumn(l.url)) ?? 2, place(l)));
  const beside = (l: SiteLink) => best.get(sameColumn(l.url)) ?? place(l);
  const ordered = columns
    .map((l, i) => ({ l, i }))
    .sort((a, b) => beside(a.l) - beside(b.l) || a.i - b.i)
    .map(({ l }) => l);
  // Chrome beside no column (a mega-menu, 移动端) seldom holds one: a few tries, not the rest of the budget.
  const chromeTries = ordered.filter((l) => beside(l) === 2).slice(0, CHROME_TRIES);
  return ordered.filter((l) => beside(l) < 2 || chromeTries.includes(l));
}

/** Chrome links beside no column read in search of columns named only by their items. */
const CHROME_TRIES = 6;
