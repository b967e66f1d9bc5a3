import { daysBetween, makeDay } from './day.js';
import type { Access, Reading } from './observation.js';
import type { Day, FreshnessRule, FreshnessState } from './types.js';
import { EMPTY_CALENDAR, unknownYears, type WorkingCalendar, workingDaysBetween } from './working-days.js';

export interface Freshness {
  state: FreshnessState;
  /** Days since the newest item, when there is one. */
  ageDays: number | null;
  /** Working-day rules: working days since the newest item (null when it could not be counted). */
  ageWorkingDays?: number | null;
  /**
   * Working-day rules only: years the calendar does not know. The rule was then judged on calendar days
   * (its thresholds × 7/5) and says so, rather than guessing holidays.
   */
  calendarUnknown?: number[];
}

/** Calendar days a working-day threshold stands for when the holidays are unknown: five working days a week. */
export function calendarDaysFor(workingDays: number): number {
  return Math.ceil((workingDays * 7) / 5);
}

/**
 * What an observation means on `today` under `rule`. Pure: the same inputs always give the same state,
 * so the clock is the caller's (`--now`).
 */
export function judgeFreshness(
  access: Access,
  reading: Reading | null,
  rule: FreshnessRule,
  today: Day,
  calendar: WorkingCalendar = EMPTY_CALENDAR,
): Freshness {
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
    if (ageDays === null || !reading.newest) return { state: 'undated', ageDays };
    if (rule.workingDays) return judgeWorkingDays(reading.newest.date, ageDays, rule, today, calendar);
    return { state: byAge(ageDays, rule.maxAge, rule.dueAt), ageDays };
  }
  return { state: judgeAnnual(reading, rule, today), ageDays };
}

function byAge(age: number, max: number, dueAt: number): FreshnessState {
  if (age > max) return 'stale';
  return age >= dueAt ? 'due' : 'fresh';
}

function judgeWorkingDays(
  newest: Day,
  ageDays: number,
  rule: Extract<FreshnessRule, { kind: 'maxAge' }>,
  today: Day,
  calendar: WorkingCalendar,
): Freshness {
  const age = workingAge(rule, newest, today, calendar);
  if (typeof age.ageWorkingDays !== 'number') {
    return { state: byAge(ageDays, calendarDaysFor(rule.maxAge), calendarDaysFor(rule.dueAt)), ageDays, ...age };
  }
  return { state: byAge(age.ageWorkingDays, rule.maxAge, rule.dueAt), ageDays, ...age };
}

/** A working-day rule's age of `newest` on `day`, or nothing for calendar-day rules. */
export function workingAge(
  rule: FreshnessRule,
  newest: Day | null,
  day: Day,
  calendar: WorkingCalendar,
): Pick<Freshness, 'ageWorkingDays' | 'calendarUnknown'> {
  if (rule.kind !== 'maxAge' || !rule.workingDays || !newest) return {};
  const working = workingDaysBetween(calendar, newest, day);
  return working === null
    ? { ageWorkingDays: null, calendarUnknown: unknownYears(calendar, newest, day) }
    : { ageWorkingDays: working };
}

/** An age as people say it: "15 个工作日" under a working-day rule, "15 天" otherwise. */
export function ageText(age: Pick<Freshness, 'ageDays' | 'ageWorkingDays' | 'calendarUnknown'>): string {
  if (typeof age.ageWorkingDays === 'number') return `${age.ageWorkingDays} 个工作日`;
  const days = `${age.ageDays ?? '?'} 天`;
  return age.calendarUnknown?.length ? `${days}（日历未收录 ${age.calendarUnknown.join('、')} 年，按自然日计）` : days;
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
