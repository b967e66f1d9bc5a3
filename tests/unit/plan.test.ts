import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/domain/hash.js';
import { dueSections } from '../../src/domain/plan.js';
import type { Category, Section } from '../../src/domain/types.js';

const category = (key: string, checkEveryHours: number) => ({ key, checkEveryHours }) as Category;
const categories = new Map([
  ['work_news', category('work_news', 12)],
  ['supply_plan', category('supply_plan', 24)],
]);
const section = (bureauId: string, key: string): Section => ({
  bureauId,
  category: key,
  url: `http://${bureauId}.example/${key}/`,
  hints: {},
});

describe('dueSections', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('is due one interval after its last check, per category', () => {
    const a = section('a', 'work_news');
    const b = section('a', 'supply_plan');
    const last = new Map([
      [a, '2026-11-27T00:00:00Z'], // 12 h ago, interval 12 h: due
      [b, '2026-11-27T00:00:00Z'], // 12 h ago, interval 24 h: not yet
    ]);
    expect(
      dueSections(
        [a, b],
        (k) => categories.get(k),
        (s) => last.get(s) ?? null,
        now,
      ),
    ).toEqual([a]);
  });

  it('places a never-checked section at a stable slot of the current interval', () => {
    const sections = Array.from({ length: 200 }, (_, i) => section(`b${i}`, 'supply_plan'));
    const due = dueSections(
      sections,
      (k) => categories.get(k),
      () => null,
      now,
    );
    // The slot is the key's hash modulo the interval; 12:00 UTC is half way through the day's interval.
    const interval = 24 * 3_600_000;
    const expected = sections.filter((s) => fnv1a(`${s.bureauId}/${s.category}`) % interval <= interval / 2);
    expect(due).toEqual(expected);
    expect(due.length).toBeGreaterThan(60);
    expect(due.length).toBeLessThan(140);
    // Asked again at the same instant, the same sections: the spread is stable, not random.
    expect(
      dueSections(
        sections,
        (k) => categories.get(k),
        () => null,
        now,
      ),
    ).toEqual(due);
  });

  it('checks a category it does not know once a day', () => {
    const s = section('c', 'unknown_thing');
    const dayAgo = new Date(now.getTime() - 24 * 3_600_000).toISOString();
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
    expect(
      dueSections(
        [s],
        (k) => categories.get(k),
        () => dayAgo,
        now,
      ),
    ).toEqual([s]);
    expect(
      dueSections(
        [s],
        (k) => categories.get(k),
        () => hourAgo,
        now,
      ),
    ).toEqual([]);
  });
});
