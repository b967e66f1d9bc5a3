import { makeDay } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import { type DateHit, latestPlausible } from './dates.js';

/**
 * Years for a list's year-less dates (`12-30`, `[01-05]`), inferred for the list as a whole.
 *
 * Row by row, each date takes the latest year that is not in the future, which breaks a sorted list that
 * crosses a New Year: in March, `12-30 · 12-28 · 01-05` would make 01-05 this year's and the newest.
 * A list is sorted newest first or oldest first; the newest end takes the latest year that is not in the
 * future and walking away from it the year drops by one at each wrap (a later month-day after an earlier
 * one). The order that needs fewer wraps is the list's order. A list with many wraps either way is not
 * sorted by date (search results, relevance), and keeps the row-by-row years. A pinned row on top
 * (置顶) is read apart when the rows below it are sorted.
 */

interface Slot {
  index: number;
  month: number;
  date: number;
}

/** Years walking from the newest slot (first) to the oldest, and how many New Years were crossed. */
function walkDown(slots: Slot[], today: Day): { years: number[]; wraps: number } {
  const years: number[] = [];
  let wraps = 0;
  let year = Number(today.slice(0, 4));
  slots.forEach((s, k) => {
    if (k === 0) {
      const same = makeDay(year, s.month, s.date);
      if (!same || same > latestPlausible(today)) year--;
    } else {
      const prev = slots[k - 1] as Slot;
      if (s.month * 100 + s.date > prev.month * 100 + prev.date) {
        year--;
        wraps++;
      }
    }
    years.push(year);
  });
  return { years, wraps };
}

/** Days, roughly, between the earliest and latest of the slots' dates under the given years. */
function span(slots: Slot[], years: number[]): number {
  const ordinals = slots.map((s, k) => (years[k] as number) * 372 + s.month * 31 + s.date);
  return Math.max(...ordinals) - Math.min(...ordinals);
}

export function fitListYears<T extends { hit: DateHit } | null>(dates: T[], today: Day): T[] {
  const slots: Slot[] = [];
  dates.forEach((d, index) => {
    if (d?.hit.yearless) slots.push({ index, month: Number(d.hit.day.slice(5, 7)), date: Number(d.hit.day.slice(8)) });
  });
  if (slots.length < 2) return dates;
  const newestFirst = walkDown(slots, today);
  const reversed = walkDown([...slots].reverse(), today);
  const oldestFirst = { years: [...reversed.years].reverse(), wraps: reversed.wraps };
  // Equal wraps (`12-30 · 01-20 · 02-05`): the reading that spans less time, as a list's rows are close.
  let best =
    oldestFirst.wraps < newestFirst.wraps ||
    (oldestFirst.wraps === newestFirst.wraps && span(slots, oldestFirst.years) < span(slots, newestFirst.years))
      ? oldestFirst
      : newestFirst;
  // A pinned first row (【置顶】) is out of the list's order: it keeps its own year when the rest are sorted.
  const rest = walkDown(slots.slice(1), today);
  if (best.wraps > 0 && rest.wraps < best.wraps) {
    const first = dates[(slots[0] as Slot).index] as { hit: DateHit };
    best = { years: [Number(first.hit.day.slice(0, 4)), ...rest.years], wraps: rest.wraps };
  }
  if (best.wraps > Math.max(1, Math.floor(slots.length / 8))) return dates;
  const out = [...dates];
  slots.forEach((s, k) => {
    const d = dates[s.index] as { hit: DateHit };
    const day = makeDay(best.years[k] as number, s.month, s.date);
    if (day && day !== d.hit.day) out[s.index] = { ...d, hit: { ...d.hit, day } } as T;
  });
  return out;
}
