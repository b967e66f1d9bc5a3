import type { Catalog } from '../domain/catalog.js';
import { addDays } from '../domain/day.js';
import { workingAge } from '../domain/freshness.js';
import type { Inspection } from '../domain/inspection.js';
import { type RankedBureau, rankLevel, snapshotOf, unrankedOf } from '../domain/rankings.js';
import { disclosureRates, levelCoverage } from '../domain/rates.js';
import { type BureauStanding, scoreBureau } from '../domain/scoring.js';
import type { RankingSnapshot } from '../domain/section-record.js';
import { LEVELS, type Level, ruleFor, sectionKey } from '../domain/types.js';
import type { WorkingCalendar } from '../domain/working-days.js';
import type { Store } from '../store/store.js';

const WEEK_MS = 7 * 86_400_000;
/** A snapshot counts as last week's once it is six days old, so a daily check still finds one. */
const BASELINE_AGE_MS = 6 * 86_400_000;

/**
 * Site availability over the last week, for the 2019 veto: a check of the site failed when every section
 * checked at that instant was unreachable. One broken column is a column problem, not a site outage.
 */
function availability(
  histories: { at: string; state: string }[][],
  since: string,
): { checks: number; failures: number } {
  const byInstant = new Map<string, boolean>();
  for (const history of histories) {
    for (const h of history) {
      if (h.at < since) continue;
      byInstant.set(h.at, (byInstant.get(h.at) ?? true) && h.state === 'unreachable');
    }
  }
  let failures = 0;
  for (const down of byInstant.values()) if (down) failures++;
  return { checks: byInstant.size, failures };
}

/** Current standings of every configured bureau; sections never checked are left out. */
export function standingsFrom(catalog: Catalog, store: Store, now: Date, calendar: WorkingCalendar): BureauStanding[] {
  const weekAgo = new Date(now.getTime() - WEEK_MS).toISOString();
  return catalog.bureaus.map((b) => {
    const records = b.sections.flatMap((s) => {
      const record = store.section(sectionKey(b.id, s.category));
      return record ? [{ section: s, record }] : [];
    });
    const sections = records.map(({ section, record }) => {
      const newest = record.last.reading?.newest ?? null;
      const category = catalog.category(section.category);
      // The day of the check that set the state, as ageDays counts to it.
      const checked = newest && record.ageDays !== null ? addDays(newest.date, record.ageDays) : null;
      const working =
        category && checked && workingAge(ruleFor(category, b.level), newest?.date ?? null, checked, calendar);
      return {
        category: section.category,
        url: section.url,
        state: record.state,
        ageDays: record.ageDays,
        newest,
        reason: record.last.reason,
        note: record.last.note,
        ...working,
      };
    });
    return {
      id: b.id,
      name: b.name,
      level: b.level,
      province: b.province,
      sections,
      availability: availability(
        records.map((r) => r.record.history),
        weekAgo,
      ),
    };
  });
}

function baseline(snapshots: RankingSnapshot[], now: Date): RankingSnapshot | null {
  const cutoff = new Date(now.getTime() - BASELINE_AGE_MS).toISOString();
  for (let i = snapshots.length - 1; i >= 0; i--)
    if ((snapshots[i] as RankingSnapshot).at <= cutoff) return snapshots[i] ?? null;
  return null;
}

export function inspect(catalog: Catalog, store: Store, now: Date, calendar: WorkingCalendar): Inspection {
  const standings = standingsFrom(catalog, store, now, calendar);
  const scores = standings.map((s) => scoreBureau(s, { get: catalog.category }));
  const base = baseline(store.snapshots(), now);
  const rankings = Object.fromEntries(LEVELS.map((l) => [l, rankLevel(scores, l, base?.ranks)])) as Record<
    Level,
    RankedBureau[]
  >;
  return {
    at: now.toISOString(),
    standings,
    scores,
    rankings,
    unranked: Object.fromEntries(LEVELS.map((l) => [l, unrankedOf(scores, l)])) as Inspection['unranked'],
    rates: disclosureRates(standings, catalog.categories),
    coverage: levelCoverage(standings),
    baselineAt: base?.at ?? null,
  };
}

/** Mean total per level over bureaus with a total (unreadable ones have none). */
export function averageScores(inspection: Inspection): Partial<Record<Level, number>> {
  const out: Partial<Record<Level, number>> = {};
  for (const level of LEVELS) {
    const totals = inspection.scores.filter((s) => s.level === level && s.total !== null).map((s) => s.total as number);
    if (totals.length > 0) out[level] = Math.round((10 * totals.reduce((a, b) => a + b, 0)) / totals.length) / 10;
  }
  return out;
}

/** Records this week's ranks when the last snapshot is a week old (or there is none). */
export function snapshotIfDue(inspection: Inspection, store: Store, now: Date): boolean {
  const last = store.snapshots().at(-1);
  if (last && now.getTime() - Date.parse(last.at) < BASELINE_AGE_MS) return false;
  const ranks = Object.assign({}, ...LEVELS.map((l) => snapshotOf(inspection.rankings[l])));
  store.addSnapshot({ at: now.toISOString(), ranks, averages: averageScores(inspection) });
  return true;
}
