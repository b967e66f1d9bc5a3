import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry, SectionRecord } from '../../src/domain/section-record.js';
import { FRESHNESS_STATES } from '../../src/domain/types.js';
import { decodeRecord, encodeRecord } from '../../src/store/codec.js';
import { compactRecord } from '../../src/store/record-schema.js';

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }).map((s) => new Date(s * 1000).toISOString());
const state = fc.constantFrom(...FRESHNESS_STATES);
const column = fc.constantFrom('http://a.example.gov.cn/tzgg/', 'http://b.example.gov.cn/x/y/index.html');

/** Weekly checks that mostly repeat, as a real history does, with now and then a change. */
const history = fc
  .array(
    fc.record({
      gap: fc.constantFrom(604_800, 604_800, 604_800, 3600, 86_400, 0.123, 7.001),
      state: fc.constantFrom('fresh', 'fresh', 'stale', 'unreachable'),
      newest: fc.option(day, { nil: null }),
      itemCount: fc.constantFrom(20, 20, 15, 0),
      httpStatus: fc.constantFrom(200, 200, 304, null),
      reason: fc.constantFrom(null, null, 'timeout'),
      changed: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) => {
    let at = 1_790_000_000_000;
    let previous: HistoryEntry | undefined;
    return rows.map(({ gap, ...r }): HistoryEntry => {
      at += Math.round(gap * 1000);
      // Repeats keep the previous newest, so runs of identical rows occur.
      const newest = previous && gap === 604_800 ? previous.newest : r.newest;
      previous = { ...r, at: new Date(at).toISOString(), newest, state: r.state as HistoryEntry['state'] };
      return previous;
    });
  });

const reading = (url: string) =>
  fc.record({
    status: fc.constantFrom('ok', 'ok', 'blank', 'undated', 'unparsed'),
    family: fc.constantFrom('trs', 'generic'),
    itemCount: fc.constantFrom(20, 15, 0),
    newest: fc.option(
      fc.record({
        title: fc.string(),
        url: fc.option(fc.constantFrom(`${url.slice(0, url.lastIndexOf('/') + 1)}t1.html`, 'http://x/y.html'), {
          nil: null,
        }),
        date: day,
        provenance: fc.record({ path: fc.constant('li > span'), raw: fc.constantFrom('x', '[2026-01-01]') }),
      }),
      { nil: null },
    ),
    titleYears: fc.array(fc.integer({ min: 2000, max: 2030 }), { maxLength: 2 }),
    fingerprint: fc.string({ maxLength: 8 }),
  });

const record = column.chain((url) =>
  fc
    .record({
      state,
      since: instant,
      ageDays: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
      itemFit: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      history,
      reading: fc.option(reading(url), { nil: null }),
      cached: fc.option(reading(url), { nil: null }),
      access: fc.constantFrom('ok', 'ok', 'unreachable'),
      httpStatus: fc.constantFrom(200, 304, null),
      bytes: fc.constantFrom(0, 5120),
      lastAt: fc.option(instant, { nil: null }),
    })
    .map((r): SectionRecord => {
      const tail = r.history.at(-1);
      // The reading usually agrees with the history row it produced; raw text is usually the date.
      const observed = r.reading && {
        ...r.reading,
        itemCount: tail && r.reading.itemCount === 20 ? tail.itemCount : r.reading.itemCount,
        newest: r.reading.newest && {
          ...r.reading.newest,
          date: tail?.newest ?? r.reading.newest.date,
          provenance: { path: 'li', raw: tail?.newest ?? r.reading.newest.provenance.raw },
        },
      };
      return {
        bureauId: 'b1',
        category: 'news',
        url,
        state: r.state,
        since: r.since,
        ageDays: r.ageDays,
        itemFit: r.itemFit,
        last: {
          at: r.lastAt ?? tail?.at ?? r.since,
          url,
          access: r.access as SectionRecord['last']['access'],
          httpStatus: r.httpStatus,
          reason: null,
          bytes: r.bytes,
          ms: 12,
          notModified: r.httpStatus === 304,
          reading: observed as SectionRecord['last']['reading'],
        },
        cache: r.cached && { etag: '"e"', lastModified: null, reading: r.cached as NonNullable<typeof observed> },
        history: r.history,
      };
    }),
);

describe('the format 3 record encoding', () => {
  it('decodes to exactly the record it encoded, and what it writes passes the load check', () => {
    fc.assert(
      fc.property(record, (r) => {
        const stored = JSON.parse(JSON.stringify(encodeRecord(r)));
        expect(compactRecord.safeParse(stored).success).toBe(true);
        expect(decodeRecord('b1/news', stored)).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it('stores a run of unchanged weekly checks as one row and a count', () => {
    const at = (week: number) => new Date(Date.UTC(2026, 0, 5 + 7 * week, 4)).toISOString();
    const rows = Array.from({ length: 10 }, (_, w) => ({
      at: at(w),
      state: 'stale' as const,
      newest: '2025-12-01',
      itemCount: 20,
      httpStatus: 200,
      reason: null,
      changed: w === 0,
    }));
    const stored = encodeRecord({
      bureauId: 'b1',
      category: 'news',
      url: 'http://b1/',
      state: 'stale',
      since: at(0),
      ageDays: 40,
      last: {
        at: at(9),
        url: 'http://b1/',
        access: 'ok',
        httpStatus: 200,
        reason: null,
        bytes: 0,
        ms: 3,
        notModified: false,
        reading: null,
      },
      cache: null,
      history: rows,
    });
    // The first row (the change), the second (the first repeat, relative to a change), then 8 repeats.
    expect(stored.h).toHaveLength(3);
    expect(stored.h[2]).toBe(8);
  });
});
