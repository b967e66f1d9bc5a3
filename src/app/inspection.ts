import type { Config } from '../config/config.js';
import { addDays } from '../domain/day.js';
import { workingAge } from '../domain/freshness.js';
import { type RankedBureau, rankLevel, snapshotOf } from '../domain/rankings.js';
import { type CategoryRate, disclosureRates, type LevelCoverage, levelCoverage } from '../domain/rates.js';
import { type BureauScore, type BureauStanding, scoreBureau } from '../domain/scoring.js';
import type { RankingSnapshot } from '../domain/section-record.js';
import { LEVELS, type Level, ruleFor, sectionKey, withRelocations } from '../domain/types.js';
import type { Store } from '../store/store.js';

/**
 * Everything the read-side commands show (rankings, scores, rates, the report), derived from stored states
 * by the pure functions in domain/. One place, so the CLI and chat commands can never disagree.
 */
export interface Inspection {
  at: string;
  standings: BureauStanding[];
  scores: BureauScore[];
  rankings: Record<Level, RankedBureau[]>;
  rates: CategoryRate[];
  coverage: LevelCoverage[];
  /** When the snapshot that movement is measured against was taken. */
  baselineAt: string | null;
}

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
export function standingsFrom(config: Config, store: Store, now: Date): BureauStanding[] {
  const weekAgo = new Date(now.getTime() - WEEK_MS).toISOString();
  const categories = new Map(config.categories.map((c) => [c.key, c]));
  return withRelocations(config.bureaus, store.relocations()).map((b) => {
    const records = b.sections.flatMap((s) => {
      const record = store.section(sectionKey(b.id, s.category));
      return record ? [{ section: s, record }] : [];
    });
    const sections = records.map(({ section, record }) => {
      const newest = record.last.reading?.newest ?? null;
      const category = categories.get(section.category);
      // The day of the check that set the state, as ageDays counts to it.
      const checked = newest && record.ageDays !== null ? addDays(newest.date, record.ageDays) : null;
      const working =
        category && checked && workingAge(ruleFor(category, b.level), newest?.date ?? null, checked, config.calendar);
      return {
        category: section.category,
        url: section.url,
        state: record.state,
        ageDays: record.ageDays,
        newest,
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

export function inspect(config: Config, store: Store, now: Date): Inspection {
  const categories = new Map(config.categories.map((c) => [c.key, c]));
  const standings = standingsFrom(config, store, now);
  const scores = standings.map((s) => scoreBureau(s, categories));
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
    rates: disclosureRates(standings, config.categories),
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
