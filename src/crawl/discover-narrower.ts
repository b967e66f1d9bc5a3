import { type Candidate, lesserTitleIn, rankCandidates, sameColumn } from '../domain/discovery.js';
import type { Category } from '../domain/types.js';
import { columnParams } from '../extract/cms-addresses.js';
import type { SiteLink } from './discover-links.js';
import { articleSource, isDocumentUrl, sourceClass } from './link-addresses.js';

/**
 * A group's page (新闻动态, 规划管理, 不动产登记 over their columns) often shows a list merged from its
 * columns, so it reads as a column of the category its name says. When such a page offers, in its own
 * navigation, a column the homepage does not link whose title names the same category more narrowly
 * (自然资源动态信息 under 新闻动态), that column is the one to watch. Pure.
 */
export function narrowerColumn(
  category: Category,
  candidate: Candidate,
  /** The group page's links (siteLinks). */
  links: readonly SiteLink[],
  pageUrl: string,
  onHome: ReadonlySet<string>,
  categories: readonly Category[],
): Candidate | null {
  const here = sameColumn(candidate.url);
  const offered = links.filter(
    (l) =>
      l.role === 'nav' && !onHome.has(l.url) && sameColumn(l.url) !== here && sameColumn(l.url) !== sameColumn(pageUrl),
  );
  const ranked = rankCandidates(offered, categories, 1);
  const best = ranked.get(category.key)?.[0];
  // A neighbour's column (基层动态 beside the bureau's own news) narrows nothing, nor does a column the
  // same menu lists beside the page's own entry: a sibling (规范性文件 beside 法律法规), not a child.
  if (!best || lesserTitleIn(best.text, category)) return null;
  const menus = (url: string) => new Set(links.filter((l) => sameColumn(l.url) === url).map((l) => l.group));
  const own = menus(here);
  if ([...menus(sameColumn(best.url))].some((g) => own.has(g))) return null;
  // The column's title must name this category as well as any other (不动产登记公告, not 不动产登记办事指南).
  const rivals = [...ranked.values()].flat().filter((c) => c.url === best.url && c.category !== category.key);
  return rivals.every((c) => c.score < best.score) ? best : null;
}

/** The share of a group page's items one column must hold to be the one its list shows. */
const DOMINANT_SHARE = 0.8;

/**
 * The class a query-string CMS's parent page takes its items from, when they (nearly) all sit in one (a parent
 * class's page listing its child's articles, ShowInfo.php?classid=13 on ListInfo/?classid=2): that class's link
 * on the page, standing for the category the parent's entry named.
 */
export function sourceColumn(
  candidate: Candidate,
  /** The parent page's links (siteLinks). */
  links: readonly SiteLink[],
  itemUrls: string[],
  categories: readonly Category[],
): Candidate | null {
  const counts = new Map<string, number>();
  for (const u of itemUrls) {
    const source = articleSource(new URL(u));
    if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  const [source, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  // A folder below the page is a narrower column's, which its title names; a class is named by its parameter.
  const param = source ? sourceClass(source) : null;
  if (!param || (count ?? 0) < DOMINANT_SHARE * itemUrls.length) return null;
  const leads = (url: URL) => !isDocumentUrl(url) && columnParams(url).includes(param);
  const link = links.find((l) => l.role !== 'document' && leads(new URL(l.url)));
  if (!link || sameColumn(link.url) === sameColumn(candidate.url)) return null;
  // A class titled as another category's column (本局公告 under 新闻动态) is that one's, not the parent's.
  const named = rankCandidates([link], categories, 1);
  if ([...named.keys()].some((key) => key !== candidate.category)) return null;
  return { category: candidate.category, url: link.url, text: link.text, score: candidate.score };
}
