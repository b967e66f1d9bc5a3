import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { loadCalendar, packageYear, parseHolidays } from '../../src/config/holidays.js';
import { parseIndicators } from '../../src/config/indicators.js';
import { planNotices, type SectionOutcome } from '../../src/domain/alerts.js';
import { addDays } from '../../src/domain/day.js';
import { ageText, judgeFreshness } from '../../src/domain/freshness.js';
import type { Reading } from '../../src/domain/observation.js';
import { scoreBureau } from '../../src/domain/scoring.js';
import type { Category, FreshnessRule } from '../../src/domain/types.js';
import { addWorkingDays, isWorkingDay, unknownYears, workingDaysBetween } from '../../src/domain/working-days.js';

// The oracle is the State Council's published schedules (国办发明电), written out here by hand; the
// calendar under test comes from the chinese-days package.
const calendar = loadCalendar();

describe('working days from the package', () => {
  it('春节 2026: 15–23 Feb off, Saturdays 14 and 28 Feb are make-up working days', () => {
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addDays(d, 1)) expect(isWorkingDay(calendar, d)).toBe(false);
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-28')).toBe(true);
    expect(isWorkingDay(calendar, '2026-03-01')).toBe(false);
    // Five working days from Tuesday 10 Feb: 11, 12, 13, the make-up Saturday 14, then Tuesday 24.
    expect(addWorkingDays(calendar, '2026-02-10', 5)).toBe('2026-02-24');
    expect(workingDaysBetween(calendar, '2026-02-13', '2026-02-24')).toBe(2);
    // A 20-working-day deadline from 2 Feb, counting both make-up Saturdays, lands on Friday 6 Mar.
    expect(addWorkingDays(calendar, '2026-02-02', 20)).toBe('2026-03-06');
  });

  it('国庆 2026: 1–7 Oct off (with 中秋 on 25 Sep), Sunday 20 Sep and Saturday 10 Oct worked', () => {
    expect(isWorkingDay(calendar, '2026-09-20')).toBe(true);
    expect(isWorkingDay(calendar, '2026-09-25')).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true);
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(calendar, '2026-10-09', 1)).toBe('2026-10-10');
    expect(workingDaysBetween(calendar, '2026-09-30', '2026-10-12')).toBe(4);
  });

  it('New Year 2026: 1–3 Jan off, Sunday 4 Jan worked', () => {
    expect(isWorkingDay(calendar, '2026-01-01')).toBe(false);
    expect(isWorkingDay(calendar, '2026-01-02')).toBe(false);
    expect(workingDaysBetween(calendar, '2025-12-31', '2026-01-05')).toBe(2);
    expect(addWorkingDays(calendar, '2025-12-31', 1)).toBe('2026-01-04');
  });

  it("agrees with the package's own API on every day it knows", () => {
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (isWorkingDay(calendar, d) !== chineseDays.isWorkday(d)) expect.fail(`${d}: differs from chinese-days`);
    }
  });

  it('New Year 2027 is unknown: the package has no 元旦/春节 for it, so nothing is counted', () => {
    expect(packageYear(2026)).not.toBeNull();
    expect(packageYear(2027)).toBeNull();
    expect(isWorkingDay(calendar, '2027-01-04')).toBeNull();
    expect(unknownYears(calendar, '2026-12-28', '2027-01-04')).toEqual([2027]);
    expect(workingDaysBetween(calendar, '2026-12-28', '2027-01-04')).toBeNull();
    expect(addWorkingDays(calendar, '2026-12-30', 3)).toBeNull();
  });
});

describe('holidays.yaml', () => {
  const yaml2027 = `years:
  2027:
    holidays:
      - { from: 2027-01-01, to: 2027-01-03, name: 元旦 }
      - { from: 2027-02-06, to: 2027-02-13, name: 春节 }
    workdays: [2027-02-20]
`;

  it('supplies a year the package does not know, with its make-up days', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'landwatch-holidays-'));
    writeFileSync(path.join(dir, 'holidays.yaml'), yaml2027);
    const cal = loadCalendar(path.join(dir, 'holidays.yaml'));
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true);
    expect(isWorkingDay(cal, '2027-01-01')).toBe(false);
    expect(isWorkingDay(cal, '2027-02-20')).toBe(true);
    // 30 Dec (Wed) → 31 Dec (Thu) 1, 1–3 Jan off, Mon 4 Jan 2.
    expect(workingDaysBetween(cal, '2026-12-30', '2027-01-04')).toBe(2);
  });

  it('names the file, line and value of a day that does not exist', () => {
    const bad = yaml2027.replace('2027-02-20', '2027-02-30');
    try {
      parseHolidays('config/holidays.yaml', bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toContain('config/holidays.yaml');
      expect((e as Error).message).toContain('2027-02-30');
    }
    expect(() => parseHolidays('h.yaml', 'years:\n  2027:\n    holidays: [27-1-1]\n')).toThrow(
      /line \d+: years\.2027\.holidays\.0: expected YYYY-MM-DD \(value: "27-1-1"\)/,
    );
  });

  it('the shipped file parses and gives no year', () => {
    expect(parseHolidays('config/holidays.yaml').size).toBe(0);
  });
});

const reading = (newest: string): Reading => ({
  status: 'ok',
  family: 'generic',
  itemCount: 3,
  newest: { title: 't', url: null, date: newest, provenance: { path: 'li', raw: newest } },
  titleYears: [],
  fingerprint: '0',
});

const twentyWorkingDays: FreshnessRule = { kind: 'maxAge', maxAge: 20, dueAt: 15, workingDays: true };

describe('working-day freshness', () => {
  it('indicators.yaml accepts maxWorkingDays and rejects a due point past the threshold', () => {
    const yaml = (rule: string) =>
      `categories:\n  - { key: k, name: 名, group: disclosure, weight: 1, rule: ${rule} }\n`;
    expect(parseIndicators('i.yaml', yaml('{ maxWorkingDays: 20, dueAtWorkingDays: 15 }'))[0]?.rule).toEqual(
      twentyWorkingDays,
    );
    expect(() => parseIndicators('i.yaml', yaml('{ maxWorkingDays: 20, dueAtWorkingDays: 25 }'))).toThrow(
      /dueAtWorkingDays/,
    );
  });

  it('counts working days across 春节 and says "个工作日"', () => {
    // 2 Feb → 27 Feb is 25 calendar days but only 14 working days.
    const f = judgeFreshness('ok', reading('2026-02-02'), twentyWorkingDays, '2026-02-27', calendar);
    expect(f).toEqual({ state: 'fresh', ageDays: 25, ageWorkingDays: 14 });
    expect(ageText(f)).toBe('14 个工作日');
    expect(judgeFreshness('ok', reading('2026-02-02'), twentyWorkingDays, '2026-03-06', calendar).state).toBe('due');
    expect(judgeFreshness('ok', reading('2026-02-02'), twentyWorkingDays, '2026-03-09', calendar).state).toBe('stale');
  });

  it('falls back to calendar days in an unknown year, and flags it', () => {
    const f = judgeFreshness('ok', reading('2026-12-20'), twentyWorkingDays, '2027-01-09', calendar);
    expect(f).toEqual({ state: 'fresh', ageDays: 20, ageWorkingDays: null, calendarUnknown: [2027] });
    expect(ageText(f)).toContain('日历未收录 2027 年');
    // 20 working days stand for 28 calendar days, 15 for 21.
    expect(judgeFreshness('ok', reading('2026-12-20'), twentyWorkingDays, '2027-01-10', calendar).state).toBe('due');
    expect(judgeFreshness('ok', reading('2026-12-20'), twentyWorkingDays, '2027-01-17', calendar).state).toBe('due');
    expect(judgeFreshness('ok', reading('2026-12-20'), twentyWorkingDays, '2027-01-18', calendar).state).toBe('stale');
  });
});

describe('a week across 春节 under a 20-working-day rule', () => {
  const outcome = (today: string, rule: FreshnessRule): SectionOutcome => {
    const f = judgeFreshness('ok', reading('2026-01-26'), rule, today, calendar);
    return {
      key: 'b/approval_results',
      bureauId: 'b',
      bureauName: '某局',
      category: 'approval_results',
      categoryName: '行政审批结果',
      url: 'http://b.example/',
      state: f.state,
      newest: '2026-01-26',
      ageDays: f.ageDays,
    };
  };
  const simulate = (rule: FreshnessRule) => {
    let memory = {};
    const kinds: string[] = [];
    for (let day = '2026-02-13'; day <= '2026-02-24'; day = addDays(day, 1)) {
      const planned = planNotices([outcome(day, rule)], memory, new Date(`${day}T02:00:00Z`));
      memory = planned.memory;
      kinds.push(...planned.notices.map((n) => `${day} ${n.kind}`));
    }
    return kinds;
  };

  it('raises no stale alert while the bureau is on holiday', () => {
    // Newest item Monday 26 Jan; by Tuesday 24 Feb it is 29 calendar days old but only 16 working days.
    // The one notice is the early warning on the make-up Saturday, a working day (15 working days).
    const kinds = simulate(twentyWorkingDays);
    expect(kinds.filter((k) => k.endsWith('alert'))).toEqual([]);
    expect(kinds).toEqual(['2026-02-14 due']);
  });

  it('where the same threshold in calendar days would have alerted on a holiday', () => {
    const kinds = simulate({ kind: 'maxAge', maxAge: 20, dueAt: 15 });
    expect(kinds.some((k) => k.endsWith('alert'))).toBe(true);
  });
});

describe('scores under a working-day rule', () => {
  it('explain the age and the rule in working days', () => {
    const category: Category = {
      key: 'approval_results',
      name: '行政审批结果',
      group: 'disclosure',
      weight: 6,
      synonyms: [],
      lesserTitles: [],
      itemWords: [],
      rule: twentyWorkingDays,
      levelRules: {},
      checkEveryHours: 24,
    };
    const newest = reading('2026-02-02').newest;
    const score = scoreBureau(
      {
        id: 'b',
        name: '某局',
        level: 'city',
        province: '某省',
        availability: { checks: 0, failures: 0 },
        sections: [
          {
            category: 'approval_results',
            url: 'http://b.example/',
            state: 'fresh',
            ageDays: 25,
            ageWorkingDays: 14,
            newest,
          },
        ],
      },
      new Map([[category.key, category]]),
    );
    expect(score.items[0]?.why).toBe(
      '最新信息 2026-02-02（14 个工作日前），符合要求（应在 20 个工作日内更新）：得 6/6 分',
    );
  });
});
