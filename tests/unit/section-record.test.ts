import { describe, expect, it } from 'vitest';
import type { Observation, Reading } from '../../src/domain/observation.js';
import { nextRecord } from '../../src/domain/section-record.js';
import type { Section } from '../../src/domain/types.js';

const section: Section = { bureauId: 'a', category: 'work_news', url: 'http://a.example/xw/', hints: {} };
const limits = { recentChecks: 3, changes: 2 };

const reading = (newest: string): Reading => ({
  status: 'ok',
  family: 'generic',
  itemCount: 12,
  newest: { title: '某项工作动态', url: null, date: newest, provenance: { path: 'li > span', raw: newest } },
  titleYears: [],
  fingerprint: newest,
});
const seen = (at: string, newest: string | null, over: Partial<Observation> = {}): Observation => ({
  at,
  url: section.url,
  access: 'ok',
  httpStatus: 200,
  reason: null,
  bytes: 1000,
  ms: 10,
  notModified: false,
  reading: newest ? reading(newest) : null,
  ...over,
});
const validators = { etag: '"v1"', lastModified: null };

/** A section's first check: fresh, newest 2026-10-30, with validators. */
const firstCheck = (itemFit?: number) =>
  nextRecord(
    undefined,
    section,
    seen('2026-11-01T00:00:00Z', '2026-10-30'),
    { state: 'fresh', ageDays: 2 },
    validators,
    limits,
    itemFit,
  );

describe('nextRecord', () => {
  it('starts a record with one changed history row and the validators of what it read', () => {
    const r = firstCheck(0.9);
    expect(r).toMatchObject({ state: 'fresh', since: '2026-11-01T00:00:00Z', ageDays: 2, itemFit: 0.9 });
    expect(r.history).toEqual([
      {
        at: '2026-11-01T00:00:00Z',
        state: 'fresh',
        newest: '2026-10-30',
        itemCount: 12,
        httpStatus: 200,
        reason: null,
        changed: true,
      },
    ]);
    expect(r.cache).toEqual({ etag: '"v1"', lastModified: null, reading: reading('2026-10-30') });
  });

  it('keeps `since` while the state holds and marks only real changes', () => {
    const first = firstCheck();
    const same = nextRecord(
      first,
      section,
      seen('2026-11-02T00:00:00Z', '2026-10-30'),
      { state: 'fresh', ageDays: 3 },
      validators,
      limits,
    );
    const stale = nextRecord(
      same,
      section,
      seen('2026-11-20T00:00:00Z', '2026-10-30'),
      { state: 'stale', ageDays: 21 },
      validators,
      limits,
    );
    expect(same.since).toBe('2026-11-01T00:00:00Z');
    expect(stale.since).toBe('2026-11-20T00:00:00Z');
    expect(stale.history.map((h) => h.changed)).toEqual([true, false, true]);
  });

  it('keeps the last reading and validators through a 304 or a failure, and the item fit too', () => {
    const first = firstCheck(0.9);
    const failed = nextRecord(
      first,
      section,
      seen('2026-11-02T00:00:00Z', null, { access: 'unreachable', httpStatus: null, reason: 'timeout' }),
      { state: 'unreachable', ageDays: null },
      null,
      limits,
    );
    expect(failed.cache).toEqual(first.cache);
    expect(failed.itemFit).toBe(0.9);
    expect(failed.history.at(-1)).toMatchObject({ state: 'unreachable', reason: 'timeout', changed: true });
  });

  it('starts afresh when the section moved to another address', () => {
    const first = firstCheck(0.9);
    const moved = { ...section, url: 'http://a.example/new/xw/' };
    const r = nextRecord(
      first,
      moved,
      seen('2026-11-02T00:00:00Z', null, { access: 'missing', httpStatus: 404 }),
      { state: 'missing', ageDays: null },
      null,
      limits,
    );
    expect(r.url).toBe(moved.url);
    expect(r.cache).toBeNull();
    expect(r.itemFit).toBeNull();
    expect(r.history).toHaveLength(1);
  });

  it('bounds history to the recent checks and the latest changes', () => {
    let r = nextRecord(
      undefined,
      section,
      seen('2026-11-01T00:00:00Z', '2026-10-01'),
      { state: 'fresh', ageDays: 0 },
      validators,
      limits,
    );
    const states = ['stale', 'fresh', 'fresh', 'fresh', 'fresh', 'stale', 'stale', 'stale', 'stale'] as const;
    states.forEach((state, i) => {
      const at = `2026-11-${String(i + 2).padStart(2, '0')}T00:00:00Z`;
      r = nextRecord(r, section, seen(at, '2026-10-01'), { state, ageDays: 1 }, validators, limits);
    });
    // The three most recent checks, plus the two latest changes (11-03 and 11-07), not all ten rows.
    expect(r.history.map((h) => `${h.at.slice(5, 10)} ${h.state}${h.changed ? '*' : ''}`)).toEqual([
      '11-03 fresh*',
      '11-07 stale*',
      '11-08 stale',
      '11-09 stale',
      '11-10 stale',
    ]);
  });
});
