import { addDays, dayNumber } from './day.js';
import type { Day } from './types.js';

/**
 * The Chinese working-day calendar as plain data: per known year, the statutory holidays (days off that
 * would otherwise be weekdays, and the weekend days inside a holiday) and the make-up working days (调休,
 * Saturdays or Sundays that become working days). Built once at load and passed in; nothing here reads a
 * global, so a rule can be tested at any date with any calendar.
 */

export interface WorkingCalendar {
  /** Years whose holidays are known; any other year cannot be counted in working days. */
  years: ReadonlySet<number>;
  /** Days off that would otherwise be weekdays, and weekends inside a holiday, as day numbers. */
  holidays: ReadonlySet<number>;
  /** Weekend days that are working days (调休), as day numbers. */
  workdays: ReadonlySet<number>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { years: new Set(), holidays: new Set(), workdays: new Set() };

/** A calendar from each known year's holidays and make-up working days. */
export function calendarOf(years: Iterable<[number, { holidays: Iterable<Day>; workdays: Iterable<Day> }]>) {
  const known = new Set<number>();
  const holidays = new Set<number>();
  const workdays = new Set<number>();
  for (const [year, y] of years) {
    known.add(year);
    for (const d of y.holidays) holidays.add(dayNumber(d));
    for (const d of y.workdays) workdays.add(dayNumber(d));
  }
  return { years: known, holidays, workdays } satisfies WorkingCalendar;
}

/** Whether the calendar knows the year's holidays. */
export function knowsYear(calendar: WorkingCalendar, year: number): boolean {
  return calendar.years.has(year);
}

function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** Day numbers, not strings, in the loops: a national inspection counts ages for thousands of sections. */
function workingOn(calendar: WorkingCalendar, n: number): boolean {
  if (calendar.workdays.has(n)) return true;
  if (calendar.holidays.has(n)) return false;
  // 1970-01-01 (day 0) was a Thursday.
  const weekday = (((n + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** Whether `day` is a working day, or null when the calendar does not know its year. */
export function isWorkingDay(calendar: WorkingCalendar, day: Day): boolean | null {
  return knowsYear(calendar, yearOf(day)) ? workingOn(calendar, dayNumber(day)) : null;
}

/** The years from `from` to `to` (inclusive) the calendar does not know. */
export function unknownYears(calendar: WorkingCalendar, from: Day, to: Day): number[] {
  const out: number[] = [];
  for (let y = Math.min(yearOf(from), yearOf(to)); y <= Math.max(yearOf(from), yearOf(to)); y++) {
    if (!knowsYear(calendar, y)) out.push(y);
  }
  return out;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not later): an item published on a
 * Friday is 1 working day old on the Monday after. Null when a year in between is unknown.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: Day, to: Day): number | null {
  if (unknownYears(calendar, from, to).length > 0) return null;
  let count = 0;
  for (let n = dayNumber(from) + 1, end = dayNumber(to); n <= end; n++) if (workingOn(calendar, n)) count++;
  return count;
}

/** The day `n` working days after `from` (n ≥ 1), or null when the count runs into an unknown year. */
export function addWorkingDays(calendar: WorkingCalendar, from: Day, n: number): Day | null {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    const working = isWorkingDay(calendar, d);
    if (working === null) return null;
    if (working) left--;
  }
  return d;
}
