import type { Category, Day, FreshnessRule, FreshnessState } from '../domain/types.js';
import { readPath } from './families.js';
import { FAULT_STATE, faultOn } from './faults.js';
import {
  type SimBureau,
  type SimNetwork,
  type SimReadPath,
  type SimSection,
  visibleItems,
  watchesDataproxy,
} from './model.js';
import { workingDaysOld } from './working-days.js';

/**
 * What a careful inspector would record for every section on `today`, stated from what the generator
 * decided (which items it published when, which fault and redesign it gave the site) and the category's
 * rule numbers from indicators.yaml. It reasons on its own, in a few lines, and never calls the rules
 * under test (src/domain/freshness.ts), so a bug there shows as a disagreement.
 */

export interface TruthRow {
  key: string;
  bureau: string;
  category: string;
  newest: Day | null;
  state: FreshnessState;
  /** How the list is reached: from the page, an endpoint, a script, or only by a browser. */
  via: SimReadPath;
  /** Why, in words: "newest 2026-10-14 is 44 days old, past 14". */
  why: string;
}

const DAY_MS = 86_400_000;
function age(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The state of a section that published `items` (the ones visible today), under `rule`. */
function stateOf(items: SimSection['items'], rule: FreshnessRule, today: Day): { state: FreshnessState; why: string } {
  const newest = items.reduce<Day | null>((m, i) => (m === null || i.date > m ? i.date : m), null);
  if (newest === null) return { state: 'blank', why: 'nothing published yet' };
  if (rule.kind === 'presence') return { state: 'fresh', why: 'presence: items are there' };
  if (rule.kind === 'maxAge' && rule.workingDays) {
    const working = workingDaysOld(newest, today);
    // A year the holiday data does not cover: calendar days, the thresholds stretched by 7/5.
    const [days, max, due, unit] =
      working === null
        ? [age(newest, today), Math.ceil((rule.maxAge * 7) / 5), Math.ceil((rule.dueAt * 7) / 5), 'calendar days']
        : [working, rule.maxAge, rule.dueAt, 'working days'];
    if (days > max) return { state: 'stale', why: `newest ${newest} is ${days} ${unit} old, past ${max}` };
    if (days >= due) return { state: 'due', why: `newest ${newest} is ${days} ${unit} old, due from ${due}` };
    return { state: 'fresh', why: `newest ${newest} is ${days} ${unit} old, within ${due}` };
  }
  if (rule.kind === 'maxAge') {
    const days = age(newest, today);
    if (days > rule.maxAge) return { state: 'stale', why: `newest ${newest} is ${days} days old, past ${rule.maxAge}` };
    if (days >= rule.dueAt)
      return { state: 'due', why: `newest ${newest} is ${days} days old, due from ${rule.dueAt}` };
    return { state: 'fresh', why: `newest ${newest} is ${days} days old, within ${rule.dueAt}` };
  }
  // Annual: the generator wrote the covered year on every item (the plan's year, the report's year).
  const year = Number(today.slice(0, 4));
  const deadline = `${year}-${rule.due}`;
  const owed = (today > deadline ? year : year - 1) + rule.yearOffset;
  const covered = Math.max(...items.map((i) => i.coversYear ?? Number(i.date.slice(0, 4)) + rule.yearOffset));
  if (covered < owed) return { state: 'stale', why: `covers ${covered}, owes ${owed} since ${rule.due}` };
  const upcoming = year + rule.yearOffset;
  if (today <= deadline && covered < upcoming && age(today, deadline) <= rule.warnDays)
    return { state: 'due', why: `covers ${covered}, ${upcoming} due by ${deadline}` };
  return { state: 'fresh', why: `covers ${covered}, owes ${owed}` };
}

/** What the generator made unreadable or absent on `today`, if anything. */
function unknownState(
  bureau: SimBureau,
  section: SimSection,
  today: Day,
): { state: FreshnessState; why: string } | null {
  if (bureau.redesign && today >= bureau.redesign.day)
    return { state: 'missing', why: `site redesigned on ${bureau.redesign.day}: the configured URL is the old one` };
  const fault = faultOn(bureau, section, today);
  if (fault === null || fault === 'slow') return null;
  // The data source behind a JS-only page is readable when it is the configured address.
  if (fault === 'script-only' && watchesDataproxy(bureau)) return null;
  return { state: FAULT_STATE[fault], why: `fault: ${fault}` };
}

export function networkTruth(network: SimNetwork, categories: Category[], today: Day): TruthRow[] {
  const byKey = new Map(categories.map((c) => [c.key, c]));
  const rows: TruthRow[] = [];
  for (const bureau of network.bureaus) {
    for (const section of bureau.sections) {
      const category = byKey.get(section.category);
      if (!category) continue;
      const row = { key: `${bureau.id}/${section.category}`, bureau: bureau.id, category: section.category };
      const via = readPath(bureau, section);
      const unknown = unknownState(bureau, section, today);
      if (unknown) {
        rows.push({ ...row, newest: null, via, ...unknown });
        continue;
      }
      const items = visibleItems(section, today, Number.MAX_SAFE_INTEGER);
      const rule = category.levelRules[bureau.level] ?? category.rule;
      const judged =
        section.fault === 'blank' ? { state: 'blank' as const, why: 'fault: blank' } : stateOf(items, rule, today);
      const newest = judged.state === 'blank' ? null : (items[0]?.date ?? null);
      rows.push({ ...row, newest, via, ...judged });
    }
  }
  return rows;
}
