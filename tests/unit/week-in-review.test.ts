import { describe, expect, it } from 'vitest';
import { weekInReview } from '../../src/app/week-in-review.js';
import { EMPTY_MEMORY } from '../../src/domain/alerts.js';
import { buildCatalog } from '../../src/domain/catalog.js';
import type { HistoryEntry, SectionRecord } from '../../src/domain/section-record.js';
import type { Category, FreshnessState } from '../../src/domain/types.js';
import { memoryStore } from '../../src/store/memory-store.js';

const catalog = buildCatalog(
  [
    { key: 'work_news', name: '工作动态' },
    { key: 'notices', name: '通知公告' },
    { key: 'plans', name: '规划计划' },
  ] as Category[],
  [
    {
      id: 'a',
      name: '甲市自然资源局',
      level: 'city',
      province: '测试省',
      homepage: 'http://a.example/',
      sections: ['work_news', 'notices', 'plans'].map((category) => ({
        bureauId: 'a',
        category,
        url: `http://a.example/${category}/`,
        hints: {},
      })),
    },
  ],
  {},
);

const row = (at: string, state: FreshnessState, changed: boolean): HistoryEntry => ({
  at,
  state,
  newest: null,
  itemCount: 3,
  httpStatus: 200,
  reason: null,
  changed,
});
const record = (category: string, history: HistoryEntry[]) =>
  ({ bureauId: 'a', category, url: '', state: history.at(-1)?.state, history }) as unknown as SectionRecord;

describe('the week in review', () => {
  const now = new Date('2026-11-30T01:00:00Z');

  it('lists the sections that turned stale and those that recovered this week, and the exceptions in force', () => {
    const store = memoryStore();
    store.put(
      'a/work_news',
      record('work_news', [row('2026-11-20T04:00:00Z', 'fresh', true), row('2026-11-27T04:00:00Z', 'stale', true)]),
    );
    store.put(
      'a/notices',
      record('notices', [row('2026-11-20T04:00:00Z', 'blank', true), row('2026-11-28T04:00:00Z', 'fresh', true)]),
    );
    // Turned stale two weeks ago: not this week's news.
    store.put(
      'a/plans',
      record('plans', [row('2026-11-01T04:00:00Z', 'fresh', true), row('2026-11-15T04:00:00Z', 'stale', true)]),
    );
    store.setAlertMemory({
      'a/plans': { ...EMPTY_MEMORY, quietUntil: '2026-12-10T00:00:00.000Z', quietReason: '网站改版中' },
      'a/notices': { ...EMPTY_MEMORY, quietUntil: '2026-11-29T00:00:00.000Z', quietReason: '已过期' },
    });
    expect(weekInReview(catalog, store, now)).toEqual({
      newlyStale: ['甲市自然资源局 · 工作动态'],
      recovered: ['甲市自然资源局 · 通知公告'],
      exceptions: [{ section: '甲市自然资源局 · 规划计划', until: '2026-12-10T00:00:00.000Z', reason: '网站改版中' }],
    });
  });
});
