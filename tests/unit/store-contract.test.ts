import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SectionRecord } from '../../src/domain/section-record.js';
import { memoryStore } from '../../src/store/memory-store.js';
import { openStore, type Store } from '../../src/store/store.js';

function record(bureauId: string, category: string, day: string, state: SectionRecord['state']): SectionRecord {
  const at = `${day}T04:00:00.000Z`;
  const url = `http://${bureauId}.example.gov.cn/${category}/`;
  return {
    bureauId,
    category,
    url,
    state,
    since: at,
    ageDays: 3,
    itemFit: null,
    last: {
      at,
      url,
      access: 'ok',
      httpStatus: 200,
      reason: null,
      bytes: 1200,
      ms: 30,
      notModified: false,
      reading: {
        status: 'ok',
        family: 'generic',
        itemCount: 20,
        newest: { title: '公告', url: `${url}a.html`, date: day, provenance: { path: 'li > span', raw: day } },
        titleYears: [],
        fingerprint: 'f1',
      },
    },
    cache: null,
    history: [{ at, state, newest: day, itemCount: 20, httpStatus: 200, reason: null, changed: true }],
  };
}

const message = (text: string, notBefore = '2026-11-01T00:00:00.000Z') => ({
  createdAt: '2026-11-01T00:00:00.000Z',
  channel: 'alerts' as const,
  notBefore,
  text,
  page: { content: text, embeds: [] },
  sectionKeys: ['b1/news'],
});

/**
 * One sequence of calls and what each must answer, written out by hand. Both stores must give these
 * answers; the lowdb one must also give them again after a reopen.
 */
async function exercise(store: Store) {
  expect(store.sections()).toEqual([]);
  expect(store.outbox()).toEqual([]);
  const r0 = store.revision();

  store.put('b1/news', record('b1', 'news', '2026-11-20', 'fresh'));
  store.put('b2/notice', record('b2', 'notice', '2026-05-01', 'stale'));
  store.put('b1/news', record('b1', 'news', '2026-11-27', 'fresh'));
  expect(store.revision()).toBeGreaterThan(r0);
  expect(store.section('b1/news')?.last.reading?.newest?.date).toBe('2026-11-27');
  expect(store.section('nobody/news')).toBeUndefined();
  expect(store.sections().map((r) => `${r.bureauId}/${r.category}`)).toEqual(['b1/news', 'b2/notice']);

  for (let i = 0; i < 62; i++) store.addSnapshot({ at: `2026-01-${String(i).padStart(3, '0')}`, ranks: { b1: i } });
  expect(store.snapshots()).toHaveLength(60);
  expect(store.snapshots()[0]?.ranks).toEqual({ b1: 2 });

  const r1 = store.revision();
  store.setAlertMemory({
    'b2/notice': {
      notified: 'stale',
      notifiedAt: '2026-11-27T04:00:00.000Z',
      reminders: 0,
      remindedAt: null,
      quietUntil: null,
      quietReason: null,
      acknowledged: null,
      down: false,
      dueWarned: false,
    },
  });
  expect(store.revision()).toBe(r1);
  expect(store.alertMemory()['b2/notice']?.notified).toBe('stale');

  const [a, b] = store.enqueue([message('one'), message('two')], new Date('2026-11-01T00:00:00Z'));
  expect([a?.id, b?.id]).toEqual(['lw1', 'lw2']);
  expect(a).toMatchObject({ sentAt: null, deliveries: {}, attempts: 0, lastError: null });
  store.markDelivered('lw1', 'console', 'm-1');
  store.markSent('lw1', new Date('2026-11-01T00:00:05Z'));
  store.markFailed('lw2', `timeout ${'x'.repeat(600)}`);
  store.markSent('lw-unknown', new Date());
  expect(store.outbox()[0]).toMatchObject({
    deliveries: { console: 'm-1' },
    sentAt: '2026-11-01T00:00:05.000Z',
    attempts: 1,
  });
  expect(store.outbox()[1]?.attempts).toBe(1);
  expect(store.outbox()[1]?.lastError).toHaveLength(500);
  // 31 days later the delivered one is forgotten, the failed one (never sent) is kept.
  const [c] = store.enqueue([message('three')], new Date('2026-12-02T00:00:06Z'));
  expect(c?.id).toBe('lw3');
  expect(store.outbox().map((e) => e.id)).toEqual(['lw2', 'lw3']);

  const r2 = store.revision();
  store.relocate('b1/news', { url: 'http://b1.example.gov.cn/xw/', by: 'ops', at: '2026-11-28T00:00:00.000Z' });
  expect(store.revision()).toBeGreaterThan(r2);
  expect(store.relocations()).toEqual({
    'b1/news': { url: 'http://b1.example.gov.cn/xw/', by: 'ops', at: '2026-11-28T00:00:00.000Z' },
  });
  await store.flush();
  await Promise.all([store.flush(), store.flush()]);
}

function observed(store: Store) {
  return {
    sections: store.sections(),
    snapshots: store.snapshots(),
    alertMemory: store.alertMemory(),
    outbox: store.outbox(),
    relocations: store.relocations(),
  };
}

describe('the store contract', () => {
  it('holds for the in-memory store', async () => {
    await exercise(memoryStore());
  });

  it('holds for the lowdb store, and a reopen sees the same', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-contract-'));
    const store = await openStore(dir);
    await exercise(store);
    const reopened = await openStore(dir);
    expect(observed(reopened)).toEqual(observed(store));
    // The id sequence survives the reopen.
    expect(reopened.enqueue([message('four')], new Date('2026-12-02T00:00:07Z'))[0]?.id).toBe('lw4');
  });

  it('both stores answer the same after the same calls', async () => {
    const memory = memoryStore();
    const lowdb = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-contract-')));
    await exercise(memory);
    await exercise(lowdb);
    expect(observed(lowdb)).toEqual(observed(memory));
  });
});
