import { addDays, dayNumber } from './day.js';
import type { Day } from './types.js';

/**
 * The Chinese working-day calendar as plain data: per known year, the statutory holidays (days off that
 * would otherwise be weekdays, and the weekend days inside a holiday) and the make-up working days (调休,
 * Saturdays or Sundays that become working days). Built once at load and passed in; nothing here reads a
 * global, so a rule can be tested at any date with any calendar.
 */

export interface HolidayYear {
  /** Days off: every day of a statutory holiday, weekends within it included. */
  holidays: ReadonlySet<Day>;
  /** Weekend days that are working days (调休). */
  workdays: ReadonlySet<Day>;
}

export interface WorkingCalendar {
  years: ReadonlyMap<number, HolidayYear>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { years: new Map() };

export function calendarOf(years: Iterable<[number, { holidays: Iterable<Day>; workdays: Iterable<Day> }]>) {
  const out = new Map<number, HolidayYear>();
  for (const [year, y] of years) out.set(year, { holidays: new Set(y.holidays), workdays: new Set(y.workdays) });
  return { years: out } satisfies WorkingCalendar;
}

/** Whether the calendar knows the year's holidays; an unknown year cannot be counted in working days. */
export function knowsYear(calendar: WorkingCalendar, year: number): boolean {
  return calendar.years.has(year);
}

function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** Whether `day` is a working day, or null when the calendar does not know its year. */
export function isWorkingDay(calendar: WorkingCalendar, day: Day): boolean | null {
  const year = calendar.years.get(yearOf(day));
  if (!year) return null;
  if (year.workdays.has(day)) return true;
  if (year.holidays.has(day)) return false;
  // 1970-01-01 was a Thursday: day number 0 → weekday 4.
  const weekday = (((dayNumber(day) + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
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
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) n++;
  return n;
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
