import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogSource } from '../../src/app/catalog.js';
import { standingsFrom } from '../../src/app/inspection.js';
import { loadConfig } from '../../src/config/config.js';
import {
  isThrottled,
  retryAfterMs,
  THROTTLE_FLOOR_MS,
  throttleDecision,
  throttleWaitMs,
} from '../../src/crawl/fetch-throttle.js';
import { judgeFreshness } from '../../src/domain/freshness.js';
import type { HistoryEntry } from '../../src/domain/section-record.js';
import type { Store } from '../../src/store/store.js';

const limits = { retries: 2, maxRetryAfterMs: 120_000, maxRetryAfterPerRequestMs: 30_000 };

describe('reading Retry-After', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  it('reads delta-seconds and HTTP-dates, and nothing else', () => {
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 120 ', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
  });

  it('waits what was asked, at least a second, and backs off when nothing was asked', () => {
    expect(throttleWaitMs(2000, 0)).toBe(2000);
    expect(throttleWaitMs(0, 0)).toBe(THROTTLE_FLOOR_MS);
    expect([0, 1, 2].map((n) => throttleWaitMs(null, n))).toEqual([1000, 2000, 4000]);
  });

  it('takes 429, and 503 with Retry-After, for throttling; a bare 503 for a failure', () => {
    expect(isThrottled(429, null)).toBe(true);
    expect(isThrottled(503, '120')).toBe(true);
    expect(isThrottled(503, null)).toBe(false);
    expect(isThrottled(500, '10')).toBe(false);
  });
});

describe('waiting out a throttled host', () => {
  const base = { waitMs: 2000, answers: 1, waitedMs: 0, hostHeldMs: 0, hostHoldLeftMs: 0 };
  it.each([
    ['a short ask', base, 'wait'],
    ['more throttled answers than retries', { ...base, answers: 3 }, 'give-up'],
    ['an ask beyond the per-request cap', { ...base, waitMs: 120_000 }, 'give-up'],
    ['a request that has waited its share', { ...base, waitedMs: 29_000 }, 'give-up'],
    ['a host held for its cycle’s share', { ...base, hostHeldMs: 119_000 }, 'give-up'],
    // Requests waiting on one hold share its cost: the part already held costs nothing more.
    ['a hold already paid for', { ...base, hostHeldMs: 119_000, hostHoldLeftMs: 2000 }, 'wait'],
  ] as const)('%s → %s', (_name, situation, decision) => {
    expect(throttleDecision(situation, limits)).toBe(decision);
  });
});

describe('a rate-limited site is not a site that is down', () => {
  it('reads as blocked, and checks where every section was rate-limited count as no outage', () => {
    expect(judgeFreshness('blocked', null, { kind: 'presence' } as never, '2026-12-01').state).toBe('blocked');
    const config = loadConfig({ dir: path.resolve(import.meta.dirname, '../../config') });
    const sections = ['work_news', 'notices'].map((category) => ({
      bureauId: 'a',
      category,
      url: `http://a.example/${category}/`,
      hints: {},
    }));
    config.bureaus = [{ id: 'a', name: '甲', level: 'city', province: '乙', homepage: 'http://a.example/', sections }];
    const at = ['2026-11-30T02:00:00.000Z', '2026-11-30T04:00:00.000Z'];
    const history = (state: HistoryEntry['state']): HistoryEntry[] =>
      at.map((when) => ({
        at: when,
        state,
        newest: null,
        itemCount: 0,
        httpStatus: 429,
        reason: 'rate-limited',
        changed: false,
      }));
    const storeWith = (state: HistoryEntry['state']) =>
      ({
        section: (key: string) => ({
          ...sections.find((s) => key.endsWith(s.category)),
          state,
          ageDays: null,
          last: { reading: null },
          history: history(state),
        }),
        relocations: () => ({}),
      }) as unknown as Store;
    const now = new Date('2026-12-01T00:00:00Z');
    expect(
      standingsFrom(catalogSource(config, storeWith('blocked'))(), storeWith('blocked'), now, config.calendar)[0]
        ?.availability,
    ).toEqual({ checks: 2, failures: 0 });
    // The oracle's other side: the same checks, unreachable, are an outage.
    expect(
      standingsFrom(
        catalogSource(config, storeWith('unreachable'))(),
        storeWith('unreachable'),
        now,
        config.calendar,
      )[0]?.availability,
    ).toEqual({ checks: 2, failures: 2 });
  });
});
