import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, makeDay } from '../../src/domain/day.js';
import { readDate } from '../../src/extract/dates.js';
import { dateishText, numberForms, shownDate, todayArb, yearForms } from '../fixtures/date-arbitraries.js';

const RUNS = { numRuns: 400 };

/** The day's year (when the text has one), month and date are each written somewhere in the text. */
function writtenIn(text: string, day: string, yearless: boolean): boolean {
  const t = text.normalize('NFKC');
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const has = (forms: string[]) => forms.some((f) => t.includes(f));
  return (yearless || has(yearForms(y))) && has(numberForms(m)) && has(numberForms(d));
}

describe('readDate properties', () => {
  it('never throws, never returns a day after tomorrow or before 1995, and only days written in the text', () => {
    fc.assert(
      fc.property(dateishText, todayArb, (text, today) => {
        const hit = readDate(text, today);
        if (!hit) return;
        expect(hit.day <= addDays(today, 1)).toBe(true);
        expect(hit.day >= '1995-01-01').toBe(true);
        expect(writtenIn(text, hit.day, hit.yearless === true)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads every shown full date that exists and is not in the future, exactly', () => {
    fc.assert(
      fc.property(shownDate, todayArb, ({ parts, text, hasYear }, today) => {
        const day = makeDay(parts.year, parts.month, parts.date);
        fc.pre(hasYear && day !== null && day >= '1995-01-01' && day <= today);
        expect(readDate(text, today)?.day).toBe(day);
      }),
      RUNS,
    );
  });

  it('gives a year-less date the latest year that is not in the future', () => {
    fc.assert(
      fc.property(shownDate, todayArb, ({ parts, text, hasYear }, today) => {
        fc.pre(!hasYear);
        const hit = readDate(text, today);
        if (!hit) return;
        const year = Number(hit.day.slice(0, 4));
        expect(hit.day <= addDays(today, 1)).toBe(true);
        const nextYear = makeDay(year + 1, parts.month, parts.date);
        expect(nextYear === null || nextYear > addDays(today, 1)).toBe(true);
      }),
      RUNS,
    );
  });
});
