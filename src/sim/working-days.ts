import chineseDays from 'chinese-days';
import type { Day } from '../domain/types.js';

/**
 * The simulator's own count of working days, straight from the chinese-days package's API rather than the
 * calendar landwatch builds from its data, so the truth does not share the code it checks.
 */
// Node loads the package as CommonJS: its functions sit on the default export.
const { getHolidaysInRange, isWorkday } = chineseDays;
const known = new Map<number, boolean>();
const working = new Map<Day, boolean>();

/** The package answers a year it has no data for as if no holiday existed: such a year is unknown. */
function yearKnown(year: number): boolean {
  let k = known.get(year);
  if (k === undefined) {
    k = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    known.set(year, k);
  }
  return k;
}

function isWorking(day: Day): boolean {
  let w = working.get(day);
  if (w === undefined) {
    w = isWorkday(day);
    working.set(day, w);
  }
  return w;
}

/** Working days after `from` up to and including `to`; null when a year between them is not covered. */
export function workingDaysOld(from: Day, to: Day): number | null {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!yearKnown(y)) return null;
  let n = 0;
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`) + 86_400_000; t <= end; t += 86_400_000) {
    if (isWorking(new Date(t).toISOString().slice(0, 10))) n++;
  }
  return n;
}
