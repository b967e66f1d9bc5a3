import { type Candidate, nameScore } from '../domain/discovery.js';
import type { Category } from '../domain/types.js';
import type { Proposal } from './discover.js';
import type { DiscoveredPage } from './discover-reads.js';

/**
 * Columns that are there but cannot be read today: proposed on their link's title alone when it names
 * the category and no other. Pure.
 */

/** What an unread column's proposal carries: its confidence is low, as nothing of it was read. */
const UNREAD_CONFIDENCE = 0.3;

/**
 * A column that is there but could not be read today (a server error, a reset, a refusal, too slow, a list
 * only a script writes), linked under a title that names the category and no other as well: proposed on
 * its title alone, so the checks that follow report it unreachable or unparsed instead of discovery
 * calling it not published.
 */
export function unreadColumn(
  category: Category,
  candidate: Candidate,
  page: DiscoveredPage,
  all: readonly Category[],
): Proposal | null {
  const x = page.extraction;
  const status = page.unreadable ?? (x?.status === 'unparsed' ? 'unparsed' : null);
  if (status === null || !namesOnly(candidate, category, all)) return null;
  return {
    category: category.key,
    url: candidate.url,
    confidence: UNREAD_CONFIDENCE,
    confirmed: true,
    evidence: { linkText: candidate.text, status, items: 0, sample: [], fit: null, by: 'name' },
  };
}

/** A navigation link's title names this category, and no other category as well. */
function namesOnly(candidate: Candidate, category: Category, all: readonly Category[]): boolean {
  if (candidate.score < UNREAD_NAME) return false;
  return all.every((c) => c.key === category.key || nameScore(candidate.text, c) < candidate.score);
}

/** How well a link must name a category for an unreadable page behind it to be proposed. */
const UNREAD_NAME = 0.8;
