import { daysBetween, makeDay } from './day.js';
import type { Access, Reading } from './observation.js';
import type { Day, FreshnessRule, FreshnessState } from './types.js';

export interface Freshness {
  state: FreshnessState;
  /** Days since the newest item, when there is one. */
  ageDays: number | null;
}

/**
 * What an observation means on `today` under `rule`. Pure: the same inputs always give the same state,
 * so the clock is the caller's (`--now`).
 */
export function judgeFreshness(access: Access, reading: Reading | null, rule: FreshnessRule, today: Day): Freshness {
  if (access !== 'ok') return { state: access, ageDays: null };
  if (!reading) return { state: 'unparsed', ageDays: null };
  const ageDays = reading.newest ? daysBetween(reading.newest.date, today) : null;
  switch (reading.status) {
    case 'unparsed':
      return { state: 'unparsed', ageDays };
    case 'blank':
      return { state: 'blank', ageDays };
    case 'undated':
      return { state: rule.kind === 'presence' ? 'fresh' : 'undated', ageDays };
  }
  if (rule.kind === 'presence') return { state: 'fresh', ageDays };
  if (rule.kind === 'maxAge') {
    if (ageDays === null) return { state: 'undated', ageDays };
    if (ageDays > rule.maxAge) return { state: 'stale', ageDays };
    return { state: ageDays >= rule.dueAt ? 'due' : 'fresh', ageDays };
  }
  return { state: judgeAnnual(reading, rule, today), ageDays };
}

function judgeAnnual(reading: Reading, rule: Extract<FreshnessRule, { kind: 'annual' }>, today: Day): FreshnessState {
  const year = Number(today.slice(0, 4));
  const dueThisYear =
    makeDay(year, Number(rule.due.slice(0, 2)), Number(rule.due.slice(3, 5))) ?? `${year}-${rule.due}`;
  const pastDue = today > dueThisYear;
  const owed = (pastDue ? year : year - 1) + rule.yearOffset;
  const covered = coveredYear(reading, rule.yearOffset);
  if (covered === null || covered < owed) return 'stale';
  // Before this year's due date, warn when this year's item is not yet online.
  const upcoming = year + rule.yearOffset;
  if (!pastDue && covered < upcoming && daysBetween(today, dueThisYear) <= rule.warnDays) return 'due';
  return 'fresh';
}

/** The latest year the section covers: named in a title, else implied by the newest date. */
function coveredYear(reading: Reading, yearOffset: number): number | null {
  if (reading.titleYears.length > 0) return Math.max(...reading.titleYears);
  return reading.newest ? Number(reading.newest.date.slice(0, 4)) + yearOffset : null;
}
