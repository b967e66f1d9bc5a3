import type { Config } from '../config/config.js';
import { bestProposals, discoverSections } from '../crawl/discover.js';
import type { Fetcher } from '../crawl/fetcher.js';
import type { HostQueue } from '../crawl/host-queue.js';
import { chinaDay } from '../domain/day.js';
import { movedHint, type Relocation } from '../domain/relocation.js';
import type { SectionResult } from './cycle.js';

/** Bureaus searched per cycle at most: discovery costs a few dozen polite requests per bureau. */
const BUREAUS_PER_CYCLE = 5;

/** Looks for moved sections from their bureaus' homepages and returns the proposed new addresses. */
export async function findRelocations(
  results: SectionResult[],
  deps: { config: Config; fetcher: Fetcher; queue: HostQueue; now: () => Date },
): Promise<Relocation[]> {
  const gone = results.filter((r) => movedHint(r) !== null);
  const byBureau = new Map<string, SectionResult[]>();
  for (const r of gone) byBureau.set(r.bureau, [...(byBureau.get(r.bureau) ?? []), r]);
  const out: Relocation[] = [];
  for (const [bureauId, sections] of [...byBureau].slice(0, BUREAUS_PER_CYCLE)) {
    const bureau = deps.config.bureaus.find((b) => b.id === bureauId);
    if (!bureau) continue;
    const found = bestProposals(
      await discoverSections(
        bureau.homepage,
        { fetcher: deps.fetcher, queue: deps.queue, categories: deps.config.categories, today: chinaDay(deps.now()) },
        sections.map((s) => s.category),
      ),
    );
    for (const s of sections) {
      const p = found.get(s.category);
      if (p && p.url !== s.url) {
        out.push({
          why: movedHint(s) ?? 'missing',
          bureau: bureau.name,
          category: s.category,
          from: s.url,
          to: p.url,
          confidence: p.confidence,
          linkText: p.evidence.linkText,
        });
      }
    }
  }
  return out;
}
