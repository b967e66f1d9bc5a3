import type { Config } from '../config/config.js';
import { type AlertPolicy, DEFAULT_ALERT_POLICY, planNotices, type SectionOutcome } from '../domain/alerts.js';
import type { OutboxEntry } from '../domain/outbox.js';
import { sectionKey } from '../domain/types.js';
import { renderNotices } from '../render/changes.js';
import type { Store } from '../store/store.js';
import type { SectionResult } from './cycle.js';

/**
 * After a check cycle: decide the notices (pure rules), render them, and write them to the outbox in the
 * store before anything is sent, so a crash or a chat outage can delay an alert but never lose it.
 */
export function recordAlerts(
  results: SectionResult[],
  config: Config,
  store: Store,
  now: Date,
  policy: AlertPolicy = DEFAULT_ALERT_POLICY,
): OutboxEntry[] {
  const bureaus = new Map(config.bureaus.map((b) => [b.id, b.name]));
  const categories = new Map(config.categories.map((c) => [c.key, c.name]));
  const outcomes: SectionOutcome[] = results.map((r) => ({
    key: sectionKey(r.bureau, r.category),
    bureauId: r.bureau,
    bureauName: bureaus.get(r.bureau) ?? r.bureau,
    category: r.category,
    categoryName: categories.get(r.category) ?? r.category,
    url: r.url,
    state: r.state,
    newest: r.newest,
    ageDays: r.ageDays,
  }));
  const { notices, memory } = planNotices(outcomes, store.alertMemory(), now, policy);
  store.setAlertMemory(memory);
  const messages = renderNotices(notices).map((m) => ({ ...m, createdAt: now.toISOString() }));
  return store.enqueue(messages, now);
}
