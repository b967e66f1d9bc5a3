import { describe, expect, it } from 'vitest';
import { judgeFreshness } from '../../src/domain/freshness.js';
import type { Reading } from '../../src/domain/observation.js';
import type { FreshnessRule } from '../../src/domain/types.js';

const reading = (newest: string | null, titleYears: number[] = [], status: Reading['status'] = 'ok'): Reading => ({
  status,
  family: 'generic',
  itemCount: newest ? 3 : 0,
  newest: newest ? { title: 't', url: null, date: newest, provenance: { path: 'li', raw: newest } } : null,
  titleYears,
  fingerprint: '0',
});

const news: FreshnessRule = { kind: 'maxAge', maxAge: 14, dueAt: 10 };
const supplyPlan: FreshnessRule = { kind: 'annual', due: '03-31', yearOffset: 0, warnDays: 30 };
const annualReport: FreshnessRule = { kind: 'annual', due: '01-31', yearOffset: -1, warnDays: 20 };
const state = (r: Reading, rule: FreshnessRule, today: string) => judgeFreshness('ok', r, rule, today).state;

describe('maxAge rule at its edges', () => {
  it('is fresh before the warning point, due from it, stale only past the threshold', () => {
    expect(judgeFreshness('ok', reading('2026-11-18'), news, '2026-11-27')).toEqual({ state: 'fresh', ageDays: 9 });
    expect(state(reading('2026-11-17'), news, '2026-11-27')).toBe('due');
    expect(judgeFreshness('ok', reading('2026-11-13'), news, '2026-11-27')).toEqual({ state: 'due', ageDays: 14 });
    expect(judgeFreshness('ok', reading('2026-11-12'), news, '2026-11-27')).toEqual({ state: 'stale', ageDays: 15 });
  });
});

describe('annual rule at the due date', () => {
  it('owes the current year plan from the day after 03-31', () => {
    const plan2025 = reading('2025-02-10', [2025]);
    expect(state(plan2025, supplyPlan, '2026-02-28')).toBe('fresh');
    expect(state(plan2025, supplyPlan, '2026-03-01')).toBe('due');
    expect(state(plan2025, supplyPlan, '2026-03-31')).toBe('due');
    expect(state(plan2025, supplyPlan, '2026-04-01')).toBe('stale');
    expect(state(reading('2026-03-15', [2026]), supplyPlan, '2026-04-01')).toBe('fresh');
  });

  it('owes last year report after 01-31, using the year in the title', () => {
    const report2025 = reading('2026-01-20', [2025]);
    expect(state(report2025, annualReport, '2026-11-27')).toBe('fresh');
    expect(state(report2025, annualReport, '2027-01-31')).toBe('due');
    expect(state(report2025, annualReport, '2027-02-01')).toBe('stale');
  });

  it('falls back to the newest date when titles name no year', () => {
    expect(state(reading('2026-02-01'), supplyPlan, '2026-06-01')).toBe('fresh');
    expect(state(reading('2025-12-20'), supplyPlan, '2026-06-01')).toBe('stale');
  });
});

describe('states that are not about age', () => {
  it('passes unknown access states through and never calls them stale', () => {
    for (const access of ['missing', 'blocked', 'unreachable'] as const) {
      expect(judgeFreshness(access, null, news, '2026-11-27')).toEqual({ state: access, ageDays: null });
    }
  });

  it('maps blank, undated and unparsed readings', () => {
    expect(state(reading(null, [], 'blank'), news, '2026-11-27')).toBe('blank');
    expect(state(reading(null, [], 'undated'), news, '2026-11-27')).toBe('undated');
    expect(state(reading(null, [], 'unparsed'), news, '2026-11-27')).toBe('unparsed');
  });

  it('judges presence items on being there, dated or not', () => {
    expect(state(reading('2010-01-01'), { kind: 'presence' }, '2026-11-27')).toBe('fresh');
    expect(state(reading(null, [], 'undated'), { kind: 'presence' }, '2026-11-27')).toBe('fresh');
    expect(state(reading(null, [], 'blank'), { kind: 'presence' }, '2026-11-27')).toBe('blank');
  });
});
