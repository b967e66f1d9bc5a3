import { type AlertPolicy, planNotices, type SectionOutcome } from '../domain/alerts.js';
import type { Catalog } from '../domain/catalog.js';
import type { OutboxEntry } from '../domain/outbox.js';
import type { SectionResult } from '../domain/section-result.js';
import { sectionKey } from '../domain/types.js';
import { renderNotices } from '../render/changes.js';
import type { Store } from '../store/store.js';

/**
 * Decides the notices for checked sections (pure rules), renders them and writes them to the outbox in the
 * store before anything is sent, so a crash or a chat outage can delay an alert but never lose it.
 */
export function recordNotices(
  results: readonly SectionResult[],
  catalog: Catalog,
  store: Store,
  now: Date,
  policy: AlertPolicy,
): OutboxEntry[] {
  if (results.length === 0) return [];
  const outcomes: SectionOutcome[] = results.map((r) => ({
    key: sectionKey(r.bureau, r.category),
    bureauId: r.bureau,
    bureauName: catalog.bureauName(r.bureau),
    category: r.category,
    categoryName: catalog.categoryName(r.category),
    url: r.url,
    state: r.state,
    newest: r.newest,
    ageDays: r.ageDays,
    reason: r.reason,
    note: r.note,
  }));
  const { notices, memory } = planNotices(outcomes, store.alertMemory(), now, policy);
  store.setAlertMemory(memory);
  const messages = renderNotices(notices).map((m) => ({ ...m, createdAt: now.toISOString() }));
  return store.enqueue(messages, now);
}
