import { judgeFreshness } from '../domain/freshness.js';
import type { Reading } from '../domain/observation.js';
import { type Category, type Day, type FreshnessState, ruleFor, sectionKey } from '../domain/types.js';
import type { WorkingCalendar } from '../domain/working-days.js';
import { titleYears } from '../extract/dates.js';
import { FAULT_STATE, faultOn, type SimNetwork, visibleItems, watchesDataproxy } from './network.js';

export interface TruthRow {
  key: string;
  bureau: string;
  category: string;
  newest: Day | null;
  state: FreshnessState;
}

/** What a careful inspector would record for every section on `today`: the generator knows. */
export function networkTruth(
  network: SimNetwork,
  categories: Category[],
  today: Day,
  calendar?: WorkingCalendar,
): TruthRow[] {
  const byKey = new Map(categories.map((c) => [c.key, c]));
  const rows: TruthRow[] = [];
  for (const bureau of network.bureaus) {
    for (const section of bureau.sections) {
      const category = byKey.get(section.category);
      if (!category) continue;
      const key = sectionKey(bureau.id, section.category);
      const viaDataproxy = watchesDataproxy(bureau);
      const fault = faultOn(bureau, section, today);
      const unknown: FreshnessState | null =
        bureau.redesign && today >= bureau.redesign.day
          ? 'missing' // The configured URL is the old one.
          : fault === null || fault === 'slow' || (fault === 'script-only' && viaDataproxy)
            ? null // The data source behind a JS-only page is readable.
            : FAULT_STATE[fault];
      if (unknown) {
        rows.push({ key, bureau: bureau.id, category: section.category, newest: null, state: unknown });
        continue;
      }
      const items = visibleItems(section, today);
      if (!viaDataproxy && section.pinned && section.pinned.date <= today) items.push(section.pinned);
      const newest = items.reduce<Day | null>((m, i) => (m === null || i.date > m ? i.date : m), null);
      const reading: Reading = {
        status: newest ? 'ok' : 'blank',
        family: bureau.family,
        itemCount: items.length,
        newest: newest ? { title: '', url: null, date: newest, provenance: { path: '', raw: newest } } : null,
        titleYears: [...new Set(items.flatMap((i) => titleYears(i.title)))],
        fingerprint: '',
      };
      const { state } = judgeFreshness('ok', reading, ruleFor(category, bureau.level), today, calendar);
      rows.push({ key, bureau: bureau.id, category: section.category, newest, state });
    }
  }
  return rows;
}
