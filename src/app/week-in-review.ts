import type { WeekInReview } from '../digest/digest.js';
import type { Catalog } from '../domain/catalog.js';
import { type FreshnessState, parseSectionKey } from '../domain/types.js';
import type { Store } from '../store/store.js';

const BAD: ReadonlySet<FreshnessState> = new Set(['stale', 'blank']);
const GOOD: ReadonlySet<FreshnessState> = new Set(['fresh', 'due']);

/** The week's transitions from each section's bounded history, and the exceptions still in force. */
export function weekInReview(catalog: Catalog, store: Store, now: Date): WeekInReview {
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const label = (bureauId: string, category: string) =>
    `${catalog.bureauName(bureauId)} · ${catalog.categoryName(category)}`;
  const newlyStale: string[] = [];
  const recovered: string[] = [];
  for (const record of store.sections()) {
    const h = record.history;
    for (let i = h.length - 1; i > 0; i--) {
      const cur = h[i];
      const prev = h[i - 1];
      if (!cur || !prev || cur.at < since) break;
      if (!cur.changed) continue;
      if (BAD.has(cur.state) && !BAD.has(prev.state)) newlyStale.push(label(record.bureauId, record.category));
      else if (GOOD.has(cur.state) && BAD.has(prev.state)) recovered.push(label(record.bureauId, record.category));
      break;
    }
  }
  const nowIso = now.toISOString();
  const exceptions = Object.entries(store.alertMemory())
    .filter(([, m]) => m.quietUntil && m.quietUntil > nowIso)
    .map(([key, m]) => {
      const { bureauId, category } = parseSectionKey(key);
      return { section: label(bureauId, category), until: m.quietUntil ?? '', reason: m.quietReason ?? '' };
    });
  return { newlyStale, recovered, exceptions };
}
