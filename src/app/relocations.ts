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

/** Looks for moved sections from their bureaus' homepages and returns the proposed new addresses. */
export async function findRelocations(
  results: readonly SectionResult[],
  catalog: Catalog,
  reading: ReadContext,
  today: Day,
): Promise<Relocation[]> {
  const byBureau = new Map<string, SectionResult[]>();
  for (const r of results) if (movedHint(r) !== null) byBureau.set(r.bureau, [...(byBureau.get(r.bureau) ?? []), r]);
  // Each bureau is its own host, kept polite by the host queue: searched side by side, not one after another.
  const searches = [...byBureau].slice(0, BUREAUS_PER_RUN).map(async ([bureauId, sections]) => {
    const bureau = catalog.bureau(bureauId);
    if (!bureau) return [];
    const found = bestProposals(
      await discoverSections(
        bureau.homepage,
        discoveryDeps(reading, catalog.categories, today),
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
  });
  return (await Promise.all(searches)).flat();
}

/** Proposals for the run's moved sections, written to the outbox for operations. */
export async function recordRelocations(
  results: readonly SectionResult[],
  catalog: Catalog,
  deps: { reading: ReadContext; store: Store },
  today: Day,
  now: Date,
): Promise<OutboxEntry[]> {
  const moved = await findRelocations(results, catalog, deps.reading, today);
  if (moved.length === 0) return [];
  const messages = renderRelocations(moved, catalog.categoryName, now.toISOString()).map((m) => ({
    ...m,
    createdAt: now.toISOString(),
  }));
  return deps.store.enqueue(messages, now);
}
