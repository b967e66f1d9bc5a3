import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/extract/dates.js';
import { extractDetailDate } from '../../src/extract/detail.js';
import { extractSection } from '../../src/extract/extract.js';
import { fitListYears } from '../../src/extract/list-years.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const today = '2026-11-27';

describe('date forms seen on real pages', () => {
  it.each([
    ['二〇二〇年八月二日', '2020-08-02'],
    ['二○二六年十一月二十三日', '2026-11-23'],
    ['二〇一九年十二月三十一日', '2019-12-31'],
    ['二零二一年十月十日', '2021-10-10'],
    ['发布日期：二〇二〇年八月十一日', '2020-08-11'],
    ['2026年9月3日 星期四', '2026-09-03'],
    ['2026-11-20（星期五）', '2026-11-20'],
    ['(2026-11-20 周五)', '2026-11-20'],
    ['2026-11-09 周一 15:30', '2026-11-09'],
    ['发布时间：2026-11-20 星期五 10:20:00', '2026-11-20'],
  ])('%s → %s', (text, day) => {
    expect(readDate(text, today)?.day).toBe(day);
  });

  it('still ignores dates inside prose and Chinese numbers that are not dates', () => {
    expect(readDate('关于二〇二〇年八月二日会议精神的传达', today)).toBeNull();
    expect(readDate('第二十三届全国土地日', today)).toBeNull();
    expect(readDate('星期四', today)).toBeNull();
  });

  it('reads a list whose dates carry weekdays', () => {
    const x = extractSection({ bytes: fixture('list-weekday-dates.html'), today });
    expect(x.items.map((i) => i.date)).toEqual(['2026-11-26', '2026-11-20', '2026-11-13', '2026-11-09']);
  });
});

describe('year-less lists across a New Year', () => {
  // Checked on 10 February: the column was last updated on 28 December. Row by row, `02-03` would be read
  // as this year's and the section would look fresh.
  it('a newest-first list keeps its order and its newest date is December’s', () => {
    const x = extractSection({ bytes: fixture('list-yearless-newest-first.html'), today: '2027-02-10' });
    expect(x.items.map((i) => i.date)).toEqual(['2026-12-28', '2026-12-15', '2026-11-30', '2026-02-03', '2026-01-20']);
    expect(x.newest).toBe('2026-12-28');
  });

  it('an oldest-first table gets the same years, counted from its last row', () => {
    const x = extractSection({ bytes: fixture('list-yearless-oldest-first.html'), today: '2027-02-10' });
    expect(x.items.map((i) => i.date)).toEqual(['2026-01-20', '2026-02-03', '2026-12-15', '2026-12-28']);
  });

  const hits = (days: string[], when: string) =>
    days.map((d) => {
      const hit = readDate(d, when);
      return hit ? { hit } : null;
    });
  const daysOf = (fitted: ({ hit: { day: string } } | null)[]) => fitted.map((f) => f?.hit.day ?? null);

  it('a list that does cross the New Year, in either order', () => {
    const when = '2027-02-10';
    expect(daysOf(fitListYears(hits(['02-05', '01-20', '12-30'], when), when))).toEqual([
      '2027-02-05',
      '2027-01-20',
      '2026-12-30',
    ]);
    expect(daysOf(fitListYears(hits(['12-30', '01-20', '02-05'], when), when))).toEqual([
      '2026-12-30',
      '2027-01-20',
      '2027-02-05',
    ]);
  });

  it('no date lands in the future, and an unsorted list keeps row-by-row years', () => {
    const when = '2026-11-27';
    const fitted = daysOf(fitListYears(hits(['11-28', '11-20', '06-01'], when), when));
    expect(fitted).toEqual(['2026-11-28', '2026-11-20', '2026-06-01']); // tomorrow is allowed, for servers ahead
    const shuffled = ['03-01', '11-02', '01-15', '09-30', '02-11', '10-20'];
    expect(daysOf(fitListYears(hits(shuffled, when), when))).toEqual(daysOf(hits(shuffled, when)));
  });
});

describe('detail pages whose only date is hard to read', () => {
  it.each([
    ['detail-label-split.html', '2020-08-02', '发布日期： 2020年08月02日'],
    ['detail-entity-label.html', '2026-09-03', '发布时间: 2026年9月3日 星期四'],
    ['detail-chinese-numeral.html', '2020-08-02', '发布日期： 二〇二〇年八月二日'],
    ['detail-script-date.html', '2026-11-20', '发布时间：2026-11-20 09:30'],
  ])('%s → %s', (name, day, raw) => {
    const d = extractDetailDate(fixture(name), null, today);
    expect(d?.day).toBe(day);
    expect(d?.provenance.raw).toBe(raw);
  });
});
