import {
  assignColumns,
  type Candidate,
  itemFit,
  MIN_ITEM_FIT,
  namedCategory,
  nameScore,
  rankCandidates,
  relativeFit,
  sameColumn,
} from '../domain/discovery.js';
import { isDisclosurePage } from '../domain/title-words.js';
import type { Category } from '../domain/types.js';
import type { Extraction } from '../extract/extract.js';
import { frameSources } from './discover-frames.js';
import { pageColumnTitle, type SiteLink, siteLinks } from './discover-links.js';
import { narrowerColumn, sourceColumn } from './discover-narrower.js';
import { followPortals, hasOwnList, siteNameOf } from './discover-portals.js';
import { type DiscoveredPage, type DiscoveryReadDeps, discoveryReader } from './discover-reads.js';
import { splashTarget } from './discover-splash.js';
import { unclaimedColumnLinks } from './discover-unclaimed.js';
import { unreadColumn } from './discover-unread.js';

/**
 * Finds a bureau's sections from its homepage: follow the homepage and a few 政务公开-style portal pages,
 * rank navigation links against each category's titles, then read the best candidates through the read
 * paths of checks (page, data endpoint, browser lane) and keep those whose lists fit. Politeness is the
 * host queue's; the page budget bounds the work per bureau, a per-page deadline a slow column.
 */

export interface Proposal {
  category: string;
  url: string;
  /** 0–1: how well the column's title and its items name this category rather than another. */
  confidence: number;
  confirmed: boolean;
  evidence: {
    linkText: string;
    status: string;
    items: number;
    sample: string[];
    /** Share of items whose titles fit the category (null: the category has no item words). */
    fit: number | null;
    /** How the link was found: its text names the category, or only its items fit it. */
    by: 'name' | 'items';
  };
}

export interface Discovery {
  homepage: string;
  pagesFetched: number;
  proposals: Proposal[];
  /** Categories with no matching link at all: reported as not published, never guessed. */
  notFound: string[];
}

export interface DiscoverDeps extends DiscoveryReadDeps {
  categories: readonly Category[];
}

/** Readable pages tried per category among the links that name it, and links ranked per category. */
const NAME_TRIES = 3;
const RANKED_LINKS = 6;
/** Share of fitting items at which a confirmed column ends the search for its category. */
const WHOLE_FIT = 0.9;
/** Frames read per page followed. */
const FRAMES = 2;

export async function discoverSections(homepage: string, deps: DiscoverDeps, only?: string[]): Promise<Discovery> {
  const reader = discoveryReader(homepage, deps);
  // A page's frames (a 目录 in an iframe) are part of it, a few at most.
  const linksOf = async (page: DiscoveredPage | null): Promise<SiteLink[]> => {
    if (!page?.html) return [];
    const links = siteLinks(page.html, page.finalUrl);
    for (const src of frameSources(page.html, page.finalUrl).slice(0, FRAMES)) {
      const frame = await reader.read(src);
      if (frame?.html) links.push(...siteLinks(frame.html, frame.finalUrl));
    }
    return links;
  };
  // The page a splash (引导页) leads into is the homepage an inspector reads; one step, as a person clicks.
  const root = await reader.read(homepage);
  const inside = root?.html ? splashTarget(root.html, root.finalUrl) : null;
  const home = (inside ? await reader.read(inside) : null) ?? root;
  const homeLinks = await linksOf(home);
  // One level deeper through portal pages, where many sites list their columns: their links come first.
  // A followed page that lists columns the homepage does not link is a portal, and none of those columns.
  const siteName = home?.html ? siteNameOf(home.html) : null;
  const { links: portalLinks, portalPages } = await followPortals(
    homeLinks,
    siteName,
    deps.categories,
    reader.read,
    linksOf,
  );
  // Behind a splash, a link back to the site's root (首页 → /) opens the splash: it means the homepage.
  const entered = inside && home !== root ? home?.finalUrl : undefined;
  const links = [...portalLinks, ...homeLinks].map((l) =>
    entered && l.url === root?.finalUrl ? { ...l, url: entered } : l,
  );
  const categories = deps.categories.filter((c) => !only || only.includes(c.key));
  // A block's heading (更多, a block of one column's articles) names what it shows, not a menu's wording.
  const blocks = new Set(links.filter((l) => l.role === 'more').map((l) => `${l.text}|${l.url}`));
  const judge = (category: Category, candidate: Candidate, page: DiscoveredPage, by: 'name' | 'items') =>
    propose(category, candidate, page, deps.categories, by, blocks.has(`${candidate.text}|${candidate.url}`));
  const ranked = rankCandidates(links, deps.categories, RANKED_LINKS);
  // The site's own category (首页) is the page discovery entered, not a column whose title says 要闻.
  const front = home?.finalUrl ?? homepage;
  for (const c of deps.categories.filter((c) => c.group === 'site'))
    ranked.set(c.key, [{ category: c.key, url: front, text: '首页', score: 1 }]);
  const onHome = new Set(homeLinks.map((l) => l.url));
  const proposals: Proposal[] = [];
  for (const category of categories) {
    // Dead links (a 404 指南, a column not built) cost a request each, not one of the category's tries.
    let tries = 0;
    let unread: Proposal | null = null;
    for (const candidate of ranked.get(category.key) ?? []) {
      if (tries >= NAME_TRIES) break;
      // A 专题 is never a column, whatever its name says (征地信息公开专题).
      if (portalPages.has(sameColumn(candidate.url)) || TOPIC.test(candidate.text)) continue;
      const page = await reader.read(candidate.url);
      if (page && !unread) unread = unreadColumn(category, candidate, page, deps.categories);
      if (!page?.extraction) continue;
      tries++;
      const proposal = judge(category, candidate, page, 'name');
      // Only a page whose list is not one column's own (a group page's merged list) gives way.
      const groupLinks =
        proposal.confirmed && page.html && !hasOwnList(page) ? siteLinks(page.html, page.finalUrl) : null;
      const child = groupLinks
        ? (narrowerColumn(category, candidate, groupLinks, page.finalUrl, onHome, deps.categories) ??
          sourceColumn(candidate, groupLinks, itemUrls(page), deps.categories))
        : null;
      const childPage = child ? await reader.read(child.url) : null;
      const narrower = child && childPage?.extraction ? judge(category, child, childPage, 'name') : null;
      if (narrower?.confirmed) portalPages.add(sameColumn(candidate.url));
      const chosen = narrower?.confirmed ? narrower : proposal;
      proposals.push(chosen);
      // A column whose items fit only in part (依申请公开's forms beside the 年报's reports) may be a
      // sibling of the one sought: the next candidates are read, and the strongest claim wins.
      if (chosen.confirmed && (chosen.evidence.fit === null || chosen.evidence.fit >= WHOLE_FIT)) break;
    }
    // Kept beside what was confirmed: should a closer category take that column, the one that could not be
    // read today is this category's next-best.
    if (unread && !proposals.some((p) => p.confirmed && sameColumn(p.url) === sameColumn(unread.url)))
      proposals.push(unread);
  }
  // Columns whose link text names no category: read the remaining column links and let their items say.
  // A category whose only column a stronger claim takes (征地公告公示 for 通知公告) is still missing.
  const held = bestProposals({ homepage, pagesFetched: 0, proposals, notFound: [] });
  const missing = categories.filter((c) => c.itemWords.length > 0 && !((held.get(c.key)?.evidence.items ?? 0) > 0));
  const claimed = new Set([...portalPages, ...proposals.filter((p) => p.confirmed).map((p) => sameColumn(p.url))]);
  // What the homepage links outside its blocks (menus, 移动端, …) every page repeats; a block's 更多 is content.
  const chrome = new Set(homeLinks.filter((l) => l.role !== 'more').map((l) => l.url));
  for (const link of missing.length > 0
    ? unclaimedColumnLinks(links, claimed, chrome, home?.finalUrl ?? homepage)
    : []) {
    if (reader.spent() || missing.length === 0) break;
    const page = await reader.read(link.url);
    const x = page?.extraction;
    if (!page || !x || (x.status !== 'ok' && x.status !== 'undated') || x.items.length === 0) continue;
    const best = bestFit(x, missing, deps.categories);
    // A page whose own title names another column is that column, whatever list was read from it.
    const ownTitle = page.html ? pageColumnTitle(page.html) : null;
    const named = ownTitle ? namedCategory(ownTitle, deps.categories) : null;
    const title = ownTitle ?? link.text;
    // Nor is a 公开 section's fixed page (信息公开指南) a column, whatever its items' words.
    if (!best || (named && named !== best) || TOPIC.test(title) || isDisclosurePage(link.text)) continue;
    proposals.push(judge(best, { category: best.key, url: link.url, text: link.text, score: 0 }, page, 'items'));
    missing.splice(missing.indexOf(best), 1);
  }
  const found = new Set(proposals.map((p) => p.category));
  const notFound = categories.filter((c) => !found.has(c.key)).map((c) => c.key);
  return { homepage, pagesFetched: reader.fetched(), proposals, notFound };
}

const itemUrls = (page: DiscoveredPage) => page.extraction?.items.flatMap((i) => (i.url ? [i.url] : [])) ?? [];

/** An article's attachment as its page names it: 附件：…, 附件1：…. */
const ATTACHMENT = /^附件\s*\d*\s*[:：]/;
const isAttachment = (title: string) => ATTACHMENT.test(title);

function propose(
  category: Category,
  candidate: Candidate,
  page: DiscoveredPage,
  all: readonly Category[],
  by: 'name' | 'items',
  fromBlock: boolean,
): Proposal {
  const x = page.extraction as Extraction;
  const titles = x.items.map((i) => i.title);
  const fit = itemFit(titles, category);
  // An article's page read as a list of its attachments (附件：…pdf) is no column.
  const isList =
    (x.status === 'ok' || x.status === 'undated' || x.status === 'blank') &&
    !(titles.length > 0 && titles.every(isAttachment));
  // The column's title: the link's, or the page's own when it names the category better (a "更多" link).
  const ownTitle = page.html ? pageColumnTitle(page.html) : null;
  // Without item words only titles tell: a menu entry (专题专栏) that opens a column titled otherwise
  // (征地拆迁专题) is that column, not the category the entry's text names.
  const renamed =
    fit === null && !fromBlock && ownTitle !== null && titledOtherwise(ownTitle, candidate.text, category);
  // A blank list has no items to judge; a list of another column's items is not this column.
  const confirmed = isList && !renamed && (fit === null || fit >= MIN_ITEM_FIT || x.items.length === 0);
  const name = Math.max(candidate.score, ownTitle ? nameScore(ownTitle, category) : 0);
  // Items that fit this category, as well as any other, back the claim; no item words cannot tell. A blank
  // list backs nothing: its name alone, discounted, so a column named by its words alone (矿业权招拍挂出让,
  // blank) does not take a category from one whose items show it.
  const items = Math.min(relativeFit(titles, category, all) ?? 0.5, fit ?? 1);
  const strength = !confirmed ? 0.4 * name : titles.length === 0 ? 0.75 * name : 0.5 * name + 0.5 * items;
  return {
    category: category.key,
    url: candidate.url,
    confidence: Math.round(strength * 100) / 100,
    confirmed,
    evidence: { linkText: candidate.text, status: x.status, items: titles.length, sample: titles.slice(0, 3), fit, by },
  };
}

/**
 * A 专题 gathers news on one subject (征地拆迁专题, 土地市场专题): its items mention the subject's words
 * without being the column's publications, so neither its items nor its name make it one.
 */
const TOPIC = /专题/;

/** A site's name (…局, …厅, …网) standing as a page's title says nothing of the column. */
const SITE_NAME = /(局|厅|委|委员会|政府|网|门户)$/;

/** The page calls itself something that neither names the category nor is the link's own text. */
function titledOtherwise(ownTitle: string, linkText: string, category: Category): boolean {
  const own = ownTitle.replace(/\s/g, '');
  if (SITE_NAME.test(own) || own === linkText.replace(/\s/g, '')) return false;
  return nameScore(own, category) === 0;
}

/** How far ahead of the next category a list's items must put one to name its column by items alone. */
const CLEAR_LEAD = 0.15;

/** The category a list's items fit clearly best (most of them, and well ahead of the next), if any. */
function bestFit(x: Extraction, candidates: readonly Category[], all: readonly Category[]): Category | null {
  const titles = x.items.map((i) => i.title);
  const scored = candidates.map((c) => ({ c, fit: relativeFit(titles, c, all) ?? 0 })).sort((a, b) => b.fit - a.fit);
  const [first, second] = scored;
  if (!first || first.fit < 0.6) return null;
  if (!second || second.fit <= first.fit - CLEAR_LEAD || outranks(titles, first.c, second.c, all)) return first.c;
  return null;
}

/**
 * One category's words cover every title at least as well as the other's, and some clearly better: a
 * 通知公告 list whose 通知 items a 政策文件 list could also hold, but whose 公告 items only 通知公告 can.
 */
function outranks(titles: string[], a: Category, b: Category, all: readonly Category[]): boolean {
  let ahead = 0;
  for (const t of titles) {
    const [fa, fb] = [relativeFit([t], a, all) ?? 0, relativeFit([t], b, all) ?? 0];
    if (fa < fb) return false;
    if (fa > fb) ahead++;
  }
  return ahead >= Math.max(2, titles.length * OUTRANKED_SHARE);
}

/** Share of titles one category must fit better than the other to outrank it. */
const OUTRANKED_SHARE = 0.2;

/**
 * The best confirmed proposal per category, one category per address: the strongest claims (column title
 * and items together) take their address first, and a category that loses one keeps its next-best.
 */
export function bestProposals(d: Discovery): Map<string, Proposal> {
  const claims = d.proposals.filter((p) => p.confirmed).map((p) => ({ ...p, strength: p.confidence }));
  const assigned = assignColumns(claims);
  return new Map([...assigned].map(([k, { strength: _, ...p }]) => [k, p]));
}
