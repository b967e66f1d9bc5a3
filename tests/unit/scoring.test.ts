import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { rankLevel, unrankedOf } from '../../src/domain/rankings.js';
import { disclosureRates, levelCoverage } from '../../src/domain/rates.js';
import { type BureauStanding, type SectionStanding, scoreBureau } from '../../src/domain/scoring.js';
import type { FreshnessState, Level } from '../../src/domain/types.js';

const { categories } = loadConfig({ dir: path.resolve(import.meta.dirname, '../../config') });
const byKey = new Map(categories.map((c) => [c.key, c]));

const section = (category: string, state: FreshnessState, newest: string | null = '2026-11-20'): SectionStanding => ({
  category,
  url: `http://x.example/${category}/`,
  state,
  ageDays: newest ? 7 : null,
  newest: newest
    ? {
        title: `${category} 公告`,
        url: `http://x.example/${category}/1.html`,
        date: newest,
        provenance: { path: 'li', raw: newest },
      }
    : null,
});

const bureau = (
  id: string,
  sections: SectionStanding[],
  level: Level = 'city',
  availability = { checks: 0, failures: 0 },
): BureauStanding => ({
  id,
  name: `${id}局`,
  level,
  province: '山东省',
  sections,
  availability,
});

describe('scoreBureau', () => {
  it('gives full points when fresh or due, half when stale or undated, none when blank or missing', () => {
    const s = scoreBureau(
      bureau('a', [
        section('compensation_plan', 'fresh'), // 6
        section('expro_notice', 'due'), // 5
        section('land_transfer_result', 'stale'), // 5 → 2.5
        section('supply_plan', 'undated', null), // 2 → 1
        section('work_news', 'blank', null), // 3 → 0
        section('notices', 'missing', null), // 3 → 0
      ]),
      byKey,
    );
    expect(s.earned).toBe(6 + 5 + 2.5 + 1);
    expect(s.possible).toBe(24);
    expect(s.total).toBe(Math.round((1000 * 14.5) / 24) / 10);
    expect(s.coverage).toBe(1);
    expect(s.groups.disclosure).toEqual({ earned: 14.5, possible: 24, max: 24 });
    const stale = s.items.find((i) => i.category === 'land_transfer_result');
    expect(stale?.why).toBe('最新信息 2026-11-20（7 天前），已超期（应在 180 天内更新）：得 2.5/5 分');
    expect(s.items.find((i) => i.category === 'notices')?.why).toMatch(/栏目不存在或已迁移/);
  });

  it('leaves unreadable sections out of the denominator and reports partial coverage', () => {
    const s = scoreBureau(
      bureau('b', [
        section('compensation_plan', 'fresh'),
        section('expro_notice', 'unreachable', null),
        section('work_news', 'blocked', null),
      ]),
      byKey,
    );
    expect([s.total, s.possible, s.max]).toEqual([100, 6, 14]);
    expect(s.coverage).toBeCloseTo(6 / 14);
    expect(s.items.find((i) => i.category === 'expro_notice')?.verdict).toBe('unknown');
  });

  it('has no total for a bureau with only unknown states, and never scores it zero', () => {
    const s = scoreBureau(
      bureau('c', [section('work_news', 'unreachable', null), section('notices', 'unparsed', null)]),
      byKey,
    );
    expect(s.total).toBeNull();
    expect(s.coverage).toBe(0);
    expect(s.vetoes).toEqual([]);
  });

  it('raises the 2019 vetoes at their thresholds and not below', () => {
    const staleNews = ['work_news', 'notices', 'laws_policies', 'homepage'].map((c) => section(c, 'stale'));
    expect(scoreBureau(bureau('d', staleNews), byKey).vetoes.map((v) => v.code)).toEqual(['homepage-silent']);
    const five = [...staleNews, section('special_work', 'fresh')];
    expect(scoreBureau(bureau('d', five), byKey).vetoes).toHaveLength(1);
    const blanks = ['plans', 'special_work', 'land_fees', 'land_auction', 'mining_rights'].map((c) =>
      section(c, 'blank', null),
    );
    expect(scoreBureau(bureau('e', blanks), byKey).vetoes.map((v) => v.code)).toEqual(['blank-columns']);
    expect(scoreBureau(bureau('e', blanks.slice(1)), byKey).vetoes).toEqual([]);
    const overdue = categories.slice(0, 10).map((c) => section(c.key, 'stale'));
    expect(scoreBureau(bureau('f', overdue), byKey).vetoes.map((v) => v.code)).toContain('overdue-columns');
    const down = scoreBureau(bureau('g', [section('work_news', 'fresh')], 'city', { checks: 140, failures: 7 }), byKey);
    expect(down.vetoes).toEqual([{ code: 'site-unreachable', detail: '近一周 5% 的访问失败' }]);
    expect(
      scoreBureau(bureau('g', [section('work_news', 'fresh')], 'city', { checks: 140, failures: 6 }), byKey).vetoes,
    ).toEqual([]);
  });
});

describe('rankLevel', () => {
  const scores = [
    scoreBureau(bureau('a', [section('work_news', 'fresh'), section('notices', 'stale')]), byKey), // 75
    scoreBureau(bureau('b', [section('work_news', 'stale'), section('notices', 'fresh')]), byKey), // 75
    scoreBureau(bureau('c', [section('work_news', 'fresh'), section('notices', 'fresh')]), byKey), // 100
    scoreBureau(
      bureau(
        'v',
        ['plans', 'special_work', 'land_fees', 'land_auction', 'mining_rights', 'work_news'].map((c) =>
          section(c, c === 'work_news' ? 'fresh' : 'blank', null),
        ),
      ),
      byKey,
    ),
    scoreBureau(bureau('u', [section('work_news', 'unreachable', null)]), byKey),
    scoreBureau(bureau('p', [section('work_news', 'fresh')], 'province'), byKey),
  ];

  it('ranks one level, ties share a rank, vetoed bureaus last, and leaves out bureaus with nothing judged', () => {
    const ranked = rankLevel(scores, 'city');
    expect(ranked.map((r) => [r.rank, r.score.id])).toEqual([
      [1, 'c'],
      [2, 'a'],
      [2, 'b'],
      [4, 'v'],
    ]);
    expect(unrankedOf(scores, 'city').map((s) => s.id)).toEqual(['u']);
  });

  it('shows movement against the previous snapshot, null for newcomers', () => {
    const ranked = rankLevel(scores, 'city', { a: 1, b: 2, c: 3 });
    expect(Object.fromEntries(ranked.map((r) => [r.score.id, r.movement]))).toEqual({
      c: 2,
      a: -1,
      b: 0,
      v: null,
    });
  });
});

describe('disclosure rates', () => {
  const standings = [
    bureau('a', [section('work_news', 'fresh'), section('supply_plan', 'missing', null)]),
    bureau('b', [section('work_news', 'blank', null), section('supply_plan', 'missing', null)]),
    bureau('c', [section('work_news', 'unreachable', null), section('supply_plan', 'missing', null)]),
    bureau('d', [section('work_news', 'unreachable', null)], 'county'),
    bureau('p', [section('work_news', 'stale')], 'province'),
  ];

  it('counts existing, non-blank sections among those we could judge', () => {
    const rates = disclosureRates(standings, categories);
    const cityNews = rates.find((r) => r.level === 'city' && r.category === 'work_news');
    expect(cityNews).toMatchObject({ inspected: 2, published: 1, unknown: 1, rate: 0.5 });
    // A category missing at every bureau of a level is a 0% rate, not an absence.
    expect(rates.find((r) => r.level === 'city' && r.category === 'supply_plan')).toMatchObject({
      inspected: 3,
      published: 0,
      rate: 0,
    });
    expect(rates.find((r) => r.level === 'county' && r.category === 'work_news')).toMatchObject({
      inspected: 0,
      rate: null,
    });
    expect(rates.some((r) => r.category === 'notices')).toBe(false);
  });

  it('reports per-level coverage without counting unreadable bureaus as silent', () => {
    expect(levelCoverage(standings)).toEqual([
      { level: 'province', bureaus: 1, judged: 1, publishing: 1, rate: 1 },
      { level: 'city', bureaus: 3, judged: 3, publishing: 1, rate: 1 / 3 },
      { level: 'county', bureaus: 1, judged: 0, publishing: 0, rate: null },
    ]);
  });
});
