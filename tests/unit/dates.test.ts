import { describe, expect, it } from 'vitest';
import { readDate, titleYears } from '../../src/extract/dates.js';

const day = (text: string, today = '2026-11-27') => readDate(text, today)?.day ?? null;

describe('readDate', () => {
  it.each([
    ['2024-05-12', '2024-05-12'],
    ['2024/5/12', '2024-05-12'],
    ['2024.05.12', '2024-05-12'],
    ['2024年5月12日', '2024-05-12'],
    ['２０２４年５月１３日', '2024-05-13'],
    ['[2024-05-12]', '2024-05-12'],
    ['（2024-05-12）', '2024-05-12'],
    ['发布时间：2025-11-05 16:28:36', '2025-11-05'],
    ['发布日期: 2025-11-05', '2025-11-05'],
    ['24-05-12', '2024-05-12'],
    ['98-05-12', '1998-05-12'],
    ['  \n\t2020-09-03\n  ', '2020-09-03'],
    ['来源：市局 发布时间：2025-01-02 点击：35', '2025-01-02'],
  ])('reads %j as %s', (text, want) => {
    expect(day(text)).toBe(want);
  });

  it('infers the year of MM-DD from the check date, safely across New Year', () => {
    expect(day('[05-12]', '2026-11-27')).toBe('2026-05-12');
    expect(day('12-30', '2027-01-05')).toBe('2026-12-30');
    expect(day('01-03', '2027-01-05')).toBe('2027-01-03');
    // Tomorrow is tolerated (time zones), the day after is last year.
    expect(day('11-28', '2026-11-27')).toBe('2026-11-28');
    expect(day('11-29', '2026-11-27')).toBe('2025-11-29');
  });

  it('rejects dates more than a day in the future or before 1995, and impossible days', () => {
    expect(day('2026-11-29')).toBeNull();
    expect(day('2026-11-28')).toBe('2026-11-28');
    expect(day('1994-12-31')).toBeNull();
    expect(day('2025-02-30')).toBeNull();
  });

  it('does not read dates out of sentences, titles or 索引号', () => {
    expect(day('关于2026年3月5日拍卖会的公告')).toBeNull();
    expect(day('000014348/2020-35428')).toBeNull();
    expect(day('2025-2026学年工作安排')).toBeNull();
    expect(day('10.60.6191')).toBeNull();
  });

  it('labels publication, generation and signing dates', () => {
    expect(readDate('发布日期：2026-01-02', '2026-11-27')?.label).toBe('publish');
    expect(readDate('成文日期：2026-01-02', '2026-11-27')?.label).toBe('written');
    expect(readDate('2026-01-02', '2026-11-27')?.label).toBe('plain');
  });
});

describe('titleYears', () => {
  it('reads the years a title is about', () => {
    expect(titleYears('2026年度国有建设用地供应计划')).toEqual([2026]);
    expect(titleYears('鄂尔多斯市2019年政府信息公开工作年度报告')).toEqual([2019]);
    expect(titleYears('关于征收土地的公告')).toEqual([]);
  });
});
