import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * The package's data file (documented beside its API as chinese-days.json): holidays and make-up working
 * days by date, each named "English,中文,n". Read directly: its API walks every day through a date
 * library, which costs half a second per start.
 */
const packageDataSchema = z.object({
  holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
  workdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
});

type YearData = { holidays: Day[]; workdays: Day[] };

let packageYears: Map<number, YearData> | null = null;

/** Every year the package knows, grouped once per process. */
function packageData(): Map<number, YearData> {
  if (packageYears) return packageYears;
  const file = createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json');
  const parsed = packageDataSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new ConfigError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const byYear = new Map<number, YearData & { names: Set<string> }>();
  const yearOf = (day: string) => {
    const y = Number(day.slice(0, 4));
    const entry = byYear.get(y) ?? { holidays: [], workdays: [], names: new Set<string>() };
    byYear.set(y, entry);
    return entry;
  };
  for (const [day, name] of Object.entries(parsed.data.holidays)) {
    const y = yearOf(day);
    y.holidays.push(day);
    y.names.add(name.split(',')[1] ?? name);
  }
  for (const day of Object.keys(parsed.data.workdays)) yearOf(day).workdays.push(day);
  packageYears = new Map();
  for (const [y, data] of byYear) {
    if (data.names.has('元旦') && data.names.has('春节'))
      packageYears.set(y, { holidays: data.holidays, workdays: data.workdays });
  }
  return packageYears;
}

/** One year from the package, or null when it does not know the year. */
export function packageYear(year: number): YearData | null {
  return packageData().get(year) ?? null;
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
  for (const [key, y] of Object.entries(parsed.value.years)) {
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
  const years = new Map<number, YearData>(packageData());
  if (holidaysFile && existsSync(holidaysFile)) for (const [y, data] of parseHolidays(holidaysFile)) years.set(y, data);
  return calendarOf(years);
}
