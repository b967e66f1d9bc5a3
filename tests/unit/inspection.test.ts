import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogSource } from '../../src/app/catalog.js';
import { inspect, snapshotIfDue } from '../../src/app/inspection.js';
import { loadConfig } from '../../src/config/config.js';
import type { HistoryEntry, RankingSnapshot, SectionRecord } from '../../src/domain/section-record.js';
import type { Store } from '../../src/store/store.js';

const config = loadConfig({ dir: path.resolve(import.meta.dirname, '../../config') });
config.bureaus = [
  {
    id: 'a',
    name: '甲市国土资源局',
    level: 'city',
    province: '山东省',
    homepage: 'http://a.example/',
    sections: ['work_news', 'notices'].map((category) => ({
      bureauId: 'a',
      category,
      url: `http://a.example/${category}/`,
      hints: {},
    })),
  },
];

const entry = (at: string, state: HistoryEntry['state']): HistoryEntry => ({
  at,
  state,
  newest: null,
  itemCount: 0,
  httpStatus: null,
  reason: null,
  changed: false,
});

/** An in-memory store: the inspection only reads records and snapshots. */
function memoryStore(histories: Record<string, HistoryEntry[]>): Store {
  const snapshots: RankingSnapshot[] = [];
  const sections = Object.fromEntries(
    Object.entries(histories).map(([category, history]) => [
      `a/${category}`,
      {
        bureauId: 'a',
        category,
        url: '',
        state: history.at(-1)?.state ?? 'fresh',
        since: '',
        ageDays: 1,
        last: { reading: null },
        cache: null,
        history,
      } as unknown as SectionRecord,
    ]),
  );
  return {
    file: ':memory:',
    section: (k) => sections[k],
    sections: () => Object.values(sections),
    put: () => {},
    snapshots: () => snapshots,
    addSnapshot: (s) => void snapshots.push(s),
    revision: () => snapshots.length,
    alertMemory: () => ({}),
    setAlertMemory: () => {},
    outbox: () => [],
    enqueue: () => [],
    markDelivered: () => {},
    markSent: () => {},
    markFailed: () => {},
    relocations: () => ({}),
    relocate: () => {},
    flush: async () => {},
  };
}

const days = (n: number, state: (i: number) => HistoryEntry['state']) =>
  Array.from({ length: n }, (_, i) => entry(`2026-11-${String(10 + i).padStart(2, '0')}T04:00:00.000Z`, state(i)));

describe('site availability for the 2019 veto', () => {
  const now = new Date('2026-11-27T05:00:00Z');

  it('does not call a site down because one column keeps failing', () => {
    const store = memoryStore({ work_news: days(17, () => 'unreachable'), notices: days(17, () => 'fresh') });
    const standing = inspect(catalogSource(config, store)(), store, now, config.calendar).standings[0];
    expect(standing?.availability).toEqual({ checks: 6, failures: 0 });
  });

  it('counts a check as failed when the whole site was unreachable', () => {
    const down = (i: number) => (i === 16 ? 'unreachable' : 'fresh');
    const store = memoryStore({ work_news: days(17, down), notices: days(17, down) });
    const inspection = inspect(catalogSource(config, store)(), store, now, config.calendar);
    expect(inspection.standings[0]?.availability).toEqual({ checks: 6, failures: 1 });
    expect(inspection.scores[0]?.vetoes.map((v) => v.code)).toContain('site-unreachable');
  });

  it('snapshots ranks once a week and measures movement against the week-old one', () => {
    const store = memoryStore({ work_news: days(17, () => 'fresh') });
    expect(snapshotIfDue(inspect(catalogSource(config, store)(), store, now, config.calendar), store, now)).toBe(true);
    expect(
      snapshotIfDue(
        inspect(catalogSource(config, store)(), store, now, config.calendar),
        store,
        new Date('2026-11-30T05:00:00Z'),
      ),
    ).toBe(false);
    const later = new Date('2026-12-04T05:00:00Z');
    const inspection = inspect(catalogSource(config, store)(), store, later, config.calendar);
    expect(inspection.baselineAt).toBe(now.toISOString());
    expect(inspection.rankings.city[0]?.movement).toBe(0);
  });
});
