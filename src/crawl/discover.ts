import { type Candidate, isPortalLink, rankCandidates } from '../domain/discovery.js';
import type { Category, Day } from '../domain/types.js';
import { decodeBody } from '../extract/charset.js';
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
  evidence: { linkText: string; status: string; items: number; sample: string[] };
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
  categories: Category[];
  today: Day;
  /** Pages one discovery may fetch (homepage included). */
  budget?: number;
}

async function fetchPage(
  url: string,
  deps: DiscoverDeps,
): Promise<{ bytes: Uint8Array; contentType: string | null; url: string } | null> {
  const host = new URL(url).host;
  const res = await deps.queue.run(host, () => deps.fetcher({ url }));
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
    return fetchPage(url, deps);
  };
  const home = await fetchCounted(homepage);
  const links = home ? linksOf(home) : [];
  // One level deeper through portal pages, where many sites list their columns.
  for (const portal of links.filter((l) => isPortalLink(l.text)).slice(0, 3)) {
    const page = await fetchCounted(portal.url);
    if (page) links.push(...linksOf(page));
  }
  const categories = deps.categories.filter((c) => !only || only.includes(c.key));
  const ranked = rankCandidates(links, categories);
  const proposals: Proposal[] = [];
  for (const category of categories) {
    const candidates: Candidate[] = ranked.get(category.key) ?? [];
    for (const candidate of candidates) {
      const page = await fetchCounted(candidate.url);
      if (!page) continue;
      const x = extractSection({ bytes: page.bytes, contentType: page.contentType, url: page.url, today: deps.today });
      const isList = x.status === 'ok' || x.status === 'undated' || x.status === 'blank';
      proposals.push({
        category: category.key,
        url: candidate.url,
        confidence: Math.round(candidate.score * (isList ? 1 : 0.4) * 100) / 100,
        confirmed: isList,
        evidence: {
          linkText: candidate.text,
          status: x.status,
          items: x.items.length,
          sample: x.items.slice(0, 3).map((i) => i.title),
        },
      });
      if (isList) break;
    }
  }
  const notFound = categories.filter((c) => !ranked.has(c.key)).map((c) => c.key);
  return { homepage, pagesFetched: fetched, proposals, notFound };
}

/** The best confirmed proposal per category. */
export function bestProposals(d: Discovery): Map<string, Proposal> {
  const best = new Map<string, Proposal>();
  for (const p of d.proposals) {
    const cur = best.get(p.category);
    if (p.confirmed && (!cur || p.confidence > cur.confidence)) best.set(p.category, p);
  }
  return best;
}
