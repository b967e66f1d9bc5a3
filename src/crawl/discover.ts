import { type Candidate, isPortalLink, itemFit, MIN_ITEM_FIT, rankCandidates } from '../domain/discovery.js';
import type { Category, Day } from '../domain/types.js';
import { decodeBody } from '../extract/charset.js';
import type { Extraction } from '../extract/extract.js';
import { extractSection } from '../extract/extract.js';
import { extractLinks, type PageLink } from '../extract/links.js';
import type { Fetcher } from './fetcher.js';
import type { HostQueue } from './host-queue.js';

/**
 * Finds a bureau's sections from its homepage: follow the homepage and a few 政务公开-style portal pages,
 * rank links against each category's titles, then read the best candidates and keep those that are lists.
 * Politeness is the host queue's; the page budget bounds the work per bureau.
 */

export interface Proposal {
  category: string;
  url: string;
  /** 0–1: link match × whether the page is a list. */
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

export interface DiscoverDeps {
  fetcher: Fetcher;
  queue: HostQueue;
  categories: readonly Category[];
  today: Day;
  /** Pages one discovery may fetch (homepage included). */
  budget?: number;
}

async function fetchPage(
  url: string,
  homepage: string,
  deps: DiscoverDeps,
): Promise<{ bytes: Uint8Array; contentType: string | null; url: string } | null> {
  const host = new URL(url).host;
  // Every page but the homepage is a link found on a page: held to the fetch policy as such.
  const res = await deps.queue.run(host, () => deps.fetcher({ url, foundOnPage: url !== homepage }));
  return res.kind === 'body' ? { bytes: res.bytes, contentType: res.contentType, url: res.finalUrl } : null;
}

function linksOf(page: { bytes: Uint8Array; contentType: string | null; url: string }): PageLink[] {
  const decoded = decodeBody(page.bytes, page.contentType);
  return decoded.ok ? extractLinks(decoded.text, page.url) : [];
}

export async function discoverSections(homepage: string, deps: DiscoverDeps, only?: string[]): Promise<Discovery> {
  let budget = deps.budget ?? 40;
  let fetched = 0;
  const fetchCounted = async (url: string) => {
    if (budget <= 0) return null;
    budget--;
    fetched++;
    return fetchPage(url, homepage, deps);
  };
  const home = await fetchCounted(homepage);
  const links = home ? linksOf(home) : [];
  // One level deeper through portal pages, where many sites list their columns.
  for (const portal of links.filter((l) => isPortalLink(l.text)).slice(0, 3)) {
    const page = await fetchCounted(portal.url);
    if (page) links.push(...linksOf(page));
  }
  const categories = deps.categories.filter((c) => !only || only.includes(c.key));
  const ranked = rankCandidates(links, deps.categories);
  const read = async (url: string) => {
    const page = await fetchCounted(url);
    if (!page) return null;
    return extractSection({ bytes: page.bytes, contentType: page.contentType, url: page.url, today: deps.today });
  };
  const proposals: Proposal[] = [];
  for (const category of categories) {
    for (const candidate of ranked.get(category.key) ?? []) {
      const x = await read(candidate.url);
      if (!x) continue;
      const proposal = propose(category, candidate, x, 'name');
      proposals.push(proposal);
      if (proposal.confirmed) break;
    }
  }
  // Columns whose link text names no category: read the remaining column links and let their items say.
  const missing = categories.filter(
    (c) => c.itemWords.length > 0 && !proposals.some((p) => p.category === c.key && p.confirmed),
  );
  const claimed = new Set([...ranked.values()].flat().map((c) => c.url));
  for (const link of missing.length > 0 ? unclaimedColumnLinks(links, claimed, homepage) : []) {
    if (budget <= 0 || missing.length === 0) break;
    const x = await read(link.url);
    if (x?.status !== 'ok') continue;
    const best = bestFit(x, missing);
    if (!best) continue;
    const candidate = { category: best.key, url: link.url, text: link.text, score: 0.7 };
    proposals.push(propose(best, candidate, x, 'items'));
    missing.splice(missing.indexOf(best), 1);
  }
  const found = new Set(proposals.map((p) => p.category));
  const notFound = categories.filter((c) => !found.has(c.key)).map((c) => c.key);
  return { homepage, pagesFetched: fetched, proposals, notFound };
}

function propose(category: Category, candidate: Candidate, x: Extraction, by: 'name' | 'items'): Proposal {
  const titles = x.items.map((i) => i.title);
  const fit = itemFit(titles, category);
  const isList = x.status === 'ok' || x.status === 'undated' || x.status === 'blank';
  // A blank list has no items to judge; a list of another column's items is not this column.
  const confirmed = isList && (fit === null || fit >= MIN_ITEM_FIT || x.items.length === 0);
  return {
    category: category.key,
    url: candidate.url,
    confidence: Math.round(candidate.score * (confirmed ? 1 : 0.4) * 100) / 100,
    confirmed,
    evidence: { linkText: candidate.text, status: x.status, items: titles.length, sample: titles.slice(0, 3), fit, by },
  };
}

/** The category a list's items fit clearly best (most of them, and well ahead of the next), if any. */
function bestFit(x: Extraction, categories: readonly Category[]): Category | null {
  const titles = x.items.map((i) => i.title);
  const scored = categories.map((c) => ({ c, fit: itemFit(titles, c) ?? 0 })).sort((a, b) => b.fit - a.fit);
  const [first, second] = scored;
  if (!first || first.fit < 0.6 || (second && second.fit > first.fit - 0.3)) return null;
  return first.c;
}

/** Same-site links that look like columns (not documents, not the homepage) and no category claimed. */
function unclaimedColumnLinks(links: PageLink[], claimed: Set<string>, homepage: string): PageLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    if (claimed.has(l.url) || seen.has(l.url) || isPortalLink(l.text) || l.url === homepage) return false;
    seen.add(l.url);
    const last = new URL(l.url).pathname.split('/').pop() ?? '';
    return last === '' || /^(index|list|default|col|channel)[\w-]*\.(s?html?|jsp|aspx?|php)$/i.test(last);
  });
}

/** The best confirmed proposal per category. */
export function bestProposals(d: Discovery): Map<string, Proposal> {
  const best = new Map<string, Proposal>();
  for (const p of d.proposals) {
    const cur = best.get(p.category);
    if (p.confirmed && (!cur || p.confidence > cur.confidence)) best.set(p.category, p);
  }
  // One column is one category: where two claim the same address (征地公告 and 征收土地预公告 both match
  // "征收土地公告"), the stronger claim keeps it: confidence, then how well the items fit.
  const owner = new Map<string, Proposal>();
  for (const p of best.values()) {
    const cur = owner.get(p.url);
    const stronger =
      !cur ||
      p.confidence > cur.confidence ||
      (p.confidence === cur.confidence && (p.evidence.fit ?? 0) > (cur.evidence.fit ?? 0));
    if (stronger) owner.set(p.url, p);
  }
  for (const [category, p] of best) if (owner.get(p.url) !== p) best.delete(category);
  return best;
}
