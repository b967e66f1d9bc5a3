import type { BureauStanding } from './scoring.js';
import { type Category, type FreshnessState, LEVELS, type Level, UNKNOWN_STATES } from './types.js';

/** 公开率 of one category at one level: the share of bureaus whose section exists and is not blank. */
export interface CategoryRate {
  category: string;
  name: string;
  level: Level;
  /** Bureaus of the level whose section we could judge (unreadable ones are left out). */
  inspected: number;
  published: number;
  /** Sections we could not read this time. */
  unknown: number;
  rate: number | null;
}

/** Per level: how many bureaus publish anything at all (the notice's "所有省级单位、91%的市级单位…"). */
export interface LevelCoverage {
  level: Level;
  bureaus: number;
  /** Bureaus with at least one section we could judge; the others are unknown, not counted as silent. */
  judged: number;
  publishing: number;
  rate: number | null;
}

const NOT_PUBLISHED: ReadonlySet<FreshnessState> = new Set(['blank', 'missing']);

function judged(state: FreshnessState): boolean {
  return !UNKNOWN_STATES.has(state) || state === 'missing';
}

export function disclosureRates(bureaus: BureauStanding[], categories: readonly Category[]): CategoryRate[] {
  const rates: CategoryRate[] = [];
  for (const level of LEVELS) {
    const atLevel = bureaus.filter((b) => b.level === level);
    if (atLevel.length === 0) continue;
    for (const category of categories) {
      const sections = atLevel.flatMap((b) => b.sections.filter((s) => s.category === category.key));
      if (sections.length === 0) continue;
      const known = sections.filter((s) => judged(s.state));
      const published = known.filter((s) => !NOT_PUBLISHED.has(s.state)).length;
      rates.push({
        category: category.key,
        name: category.name,
        level,
        inspected: known.length,
        published,
        unknown: sections.length - known.length,
        rate: known.length > 0 ? published / known.length : null,
      });
    }
  }
  return rates;
}

export function levelCoverage(bureaus: BureauStanding[]): LevelCoverage[] {
  return LEVELS.map((level) => {
    const atLevel = bureaus.filter((b) => b.level === level);
    const judgedBureaus = atLevel.filter((b) => b.sections.some((s) => judged(s.state)));
    const publishing = judgedBureaus.filter((b) =>
      b.sections.some((s) => judged(s.state) && !NOT_PUBLISHED.has(s.state)),
    ).length;
    const n = judgedBureaus.length;
    return { level, bureaus: atLevel.length, judged: n, publishing, rate: n > 0 ? publishing / n : null };
  });
}
