import { existsSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { z } from 'zod';
import { addDays, makeDay } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import { calendarOf, type WorkingCalendar } from '../domain/working-days.js';
import { ConfigError } from './config-error.js';
import { loadYaml } from './yaml.js';

/**
 * The working-day calendar, built once at load: the holidays and make-up days the `chinese-days` package
 * ships (no network), then `config/holidays.yaml` for years it does not know yet or gets wrong.
 *
 * The package answers a year it has no data for as if no holiday existed, so a year counts as known only
 * when its 元旦 and 春节 are listed; any other year is left out and working-day rules say so.
 */

/** Years probed in the package's data; a year outside stays unknown unless holidays.yaml gives it. */
const PROBED_YEARS = { from: 2004, to: 2050 };

type YearData = { holidays: Day[]; workdays: Day[] };

function isWeekend(day: Day): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** One year from the package, or null when it does not know the year. */
export function packageYear(year: number): YearData | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const holidays = chineseDays.getHolidaysInRange(start, end, false);
  const names = holidays.map((d) => chineseDays.getDayDetail(d).name);
  if (!names.some((n) => n.includes('元旦')) || !names.some((n) => n.includes('春节'))) return null;
  const workdays = chineseDays.getWorkdaysInRange(start, end, true).filter(isWeekend);
  return { holidays, workdays };
}

const dayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const holidaySchema = z.union([dayText, z.strictObject({ from: dayText, to: dayText, name: z.string().optional() })]);
const holidaysSchema = z.strictObject({
  years: z
    .record(
      z.string().regex(/^\d{4}$/, 'year must be four digits'),
      z.strictObject({ holidays: z.array(holidaySchema).min(1), workdays: z.array(dayText).default([]) }),
    )
    .default({}),
});

/** The years `holidays.yaml` gives, each day checked to be a real day of its year. */
export function parseHolidays(file: string, text?: string): Map<number, YearData> {
  const parsed = loadYaml(file, holidaysSchema, text);
  const problems: string[] = [];
  const years = new Map<number, YearData>();
  for (const [key, y] of Object.entries(parsed.years)) {
    const year = Number(key);
    const check = (day: Day, where: string): Day | null => {
      const ok = makeDay(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))) === day;
      if (!ok || day.slice(0, 4) !== key) {
        problems.push(`years.${key}.${where}: not a day of ${key} (value: "${day}")`);
        return null;
      }
      return day;
    };
    const holidays: Day[] = [];
    y.holidays.forEach((h, i) => {
      const from = check(typeof h === 'string' ? h : h.from, `holidays.${i}`);
      const to = check(typeof h === 'string' ? h : h.to, `holidays.${i}`);
      if (!from || !to) return;
      if (to < from) problems.push(`years.${key}.holidays.${i}: "to" is before "from" (value: "${from}..${to}")`);
      for (let d = from; d <= to; d = addDays(d, 1)) holidays.push(d);
    });
    const workdays = y.workdays.flatMap((d, i) => check(d, `workdays.${i}`) ?? []);
    for (const d of workdays)
      if (holidays.includes(d)) problems.push(`years.${key}: ${d} is both a holiday and a workday`);
    years.set(year, { holidays, workdays });
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return years;
}

/** The package's years, with every year of `holidays.yaml` (when the file exists) replacing its own. */
export function loadCalendar(holidaysFile?: string): WorkingCalendar {
  const years = new Map<number, YearData>();
  for (let y = PROBED_YEARS.from; y <= PROBED_YEARS.to; y++) {
    const data = packageYear(y);
    if (data) years.set(y, data);
  }
  if (holidaysFile && existsSync(holidaysFile)) for (const [y, data] of parseHolidays(holidaysFile)) years.set(y, data);
  return calendarOf(years);
}
