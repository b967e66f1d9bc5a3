import { bestProposals, discoverSections } from '../crawl/discover.js';
import type { Catalog } from '../domain/catalog.js';
import type { OutboxEntry } from '../domain/outbox.js';
import { movedHint, type Relocation } from '../domain/relocation.js';
import type { SectionResult } from '../domain/section-result.js';
import type { Day } from '../domain/types.js';
import { renderRelocations } from '../render/relocations.js';
import type { Store } from '../store/store.js';
import { discoveryDeps, type ReadContext } from './read-step.js';

/** Bureaus searched per run at most: discovery costs a few dozen polite requests per bureau. */
const BUREAUS_PER_RUN = 5;
/**
 * Requests one search in a check run may make: the run waits for its searches, a polite second apart, so
 * they are held to fewer pages than `landwatch discover`, which opens every menu of a new site.
 */
const SEARCH_BUDGET = 40;

/** One bureau's moved sections looked for from its homepage: the proposed new addresses. */
async function searchBureau(
  bureauId: string,
  sections: readonly SectionResult[],
  catalog: Catalog,
  reading: ReadContext,
  today: Day,
): Promise<Relocation[]> {
  const bureau = catalog.bureau(bureauId);
  if (!bureau) return [];
  const found = bestProposals(
    await discoverSections(
      bureau.homepage,
      { ...discoveryDeps(reading, catalog.categories, today), budget: SEARCH_BUDGET },
      sections.map((s) => s.category),
    ),
  );
  return sections.flatMap((s): Relocation[] => {
    const p = found.get(s.category);
    if (!p || p.url === s.url) return [];
    return [
      {
        why: movedHint(s) ?? 'missing',
        bureau: bureau.name,
        category: s.category,
        from: s.url,
        to: p.url,
        confidence: p.confidence,
        linkText: p.evidence.linkText,
      },
    ];
  });
}

export interface RelocationSearch {
  /** Each section's result as it is judged: a bureau is searched once all its sections of the run are. */
  judged(result: SectionResult): void;
  /** Every search started, finished: what they propose. */
  found(): Promise<Relocation[]>;
}

/**
 * Looks for a run's moved sections from their bureaus' homepages while the run goes on: each bureau as soon
 * as its last section is judged (it is its own host, so the search waits for nothing else), up to
 * BUREAUS_PER_RUN bureaus.
 */
export function relocationSearch(
  bureauIds: readonly string[],
  catalog: Catalog,
  reading: ReadContext,
  today: Day,
): RelocationSearch {
  const left = new Map<string, number>();
  for (const id of bureauIds) left.set(id, (left.get(id) ?? 0) + 1);
  const moved = new Map<string, SectionResult[]>();
  const searches: Promise<Relocation[]>[] = [];
  return {
    judged(result) {
      if (movedHint(result) !== null) moved.set(result.bureau, [...(moved.get(result.bureau) ?? []), result]);
      const remaining = (left.get(result.bureau) ?? 1) - 1;
      left.set(result.bureau, remaining);
      const sections = moved.get(result.bureau);
      if (remaining === 0 && sections && searches.length < BUREAUS_PER_RUN)
        searches.push(searchBureau(result.bureau, sections, catalog, reading, today));
    },
    found: async () => (await Promise.all(searches)).flat(),
  };
}

/** Proposals for the run's moved sections, written to the outbox for operations. */
export async function recordRelocations(
  moved: Relocation[],
  catalog: Catalog,
  store: Store,
  now: Date,
): Promise<OutboxEntry[]> {
  if (moved.length === 0) return [];
  const messages = renderRelocations(moved, catalog.categoryName, now.toISOString()).map((m) => ({
    ...m,
    createdAt: now.toISOString(),
  }));
  return store.enqueue(messages, now);
}
