import { appendFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SectionRecord } from '../../src/domain/section-record.js';
import { openStore, StoreError } from '../../src/store/store.js';

function record(key: string, day: string): SectionRecord {
  const [bureauId = '', category = ''] = key.split('/');
  const at = `${day}T04:00:00.000Z`;
  const url = `http://${bureauId}.example.gov.cn/${category}/`;
  return {
    bureauId,
    category,
    url,
    state: 'fresh',
    since: at,
    ageDays: 1,
    itemFit: null,
    last: {
      at,
      url,
      access: 'ok',
      httpStatus: 200,
      reason: null,
      bytes: 10,
      ms: 1,
      notModified: false,
      reading: null,
    },
    cache: null,
    history: [{ at, state: 'fresh', newest: day, itemCount: 20, httpStatus: 200, reason: null, changed: true }],
  };
}

const dirOf = () => mkdtemp(path.join(tmpdir(), 'landwatch-journal-'));
const newestAt = async (dir: string, key: string) => (await openStore(dir)).section(key)?.last.at;

describe('the store journal', () => {
  it('takes later flushes as appended lines and leaves the main file as it was', async () => {
    const dir = await dirOf();
    const store = await openStore(dir);
    store.put('b1/news', record('b1/news', '2026-11-01'));
    await store.flush();
    const main = await readFile(path.join(dir, 'landwatch.json'), 'utf8');
    store.put('b1/news', record('b1/news', '2026-11-02'));
    store.put('b2/news', record('b2/news', '2026-11-02'));
    await store.flush();
    expect(await readFile(path.join(dir, 'landwatch.json'), 'utf8')).toBe(main);
    const lines = (await readFile(path.join(dir, 'landwatch.journal.1'), 'utf8')).split('\n');
    expect(lines).toHaveLength(2);
    expect(Object.keys(JSON.parse(lines[0] as string).sections)).toEqual(['b1/news', 'b2/news']);
    const reopened = await openStore(dir);
    expect(reopened.sections()).toEqual(store.sections());
  });

  it('drops a line a kill cut short, and appends after the last whole line', async () => {
    const dir = await dirOf();
    const store = await openStore(dir);
    store.put('b1/news', record('b1/news', '2026-11-01'));
    await store.flush();
    store.put('b1/news', record('b1/news', '2026-11-02'));
    await store.flush();
    const journal = path.join(dir, 'landwatch.journal.1');
    await appendFile(journal, '{"batch":3,"sections":{"b1/news":{"u":"http://b1.exa');
    const reopened = await openStore(dir);
    expect(reopened.section('b1/news')?.last.at).toBe('2026-11-02T04:00:00.000Z');
    reopened.put('b1/news', record('b1/news', '2026-11-03'));
    await reopened.flush();
    expect(await newestAt(dir, 'b1/news')).toBe('2026-11-03T04:00:00.000Z');
  });

  it('refuses a damaged line that is not the last, naming the journal and line, and leaves it alone', async () => {
    const dir = await dirOf();
    const store = await openStore(dir);
    store.put('b1/news', record('b1/news', '2026-11-01'));
    await store.flush();
    const journal = path.join(dir, 'landwatch.journal.1');
    const damaged = '{"batch":2,"sections":{"b1/ne\n{"batch":3}\n';
    await writeFile(journal, damaged);
    const error = await openStore(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/landwatch\.journal\.1 line 1/);
    expect(await readFile(journal, 'utf8')).toBe(damaged);
  });

  it('refuses a journal record with an unknown state, naming line, record and field', async () => {
    const dir = await dirOf();
    const store = await openStore(dir);
    store.put('b1/news', record('b1/news', '2026-11-01'));
    await store.flush();
    store.put('b1/news', record('b1/news', '2026-11-02'));
    await store.flush();
    const journal = path.join(dir, 'landwatch.journal.1');
    await writeFile(journal, (await readFile(journal, 'utf8')).replace('"s":"fresh"', '"s":"asleep"'));
    const error = await openStore(dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/line 1: record "b1\/news".*\bs\b/);
  });

  it('folds into the main file when grown, and skips lines the main file already holds', async () => {
    const dir = await dirOf();
    const store = await openStore(dir, { floorBytes: 1, share: 1 });
    store.put('b1/news', record('b1/news', '2026-11-01'));
    await store.flush(); // the main file
    const segments = async () => (await readdir(dir)).filter((n) => n.startsWith('landwatch.journal.')).sort();
    let before: [string, string][] = [];
    let day = 1;
    // Flush until a fold has deleted a segment, keeping the segments as they were before it.
    while (before.length === 0 || (await segments()).includes(before[0]?.[0] as string)) {
      before = await Promise.all(
        (await segments()).map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as [string, string]),
      );
      store.put('b1/news', record('b1/news', `2026-11-0${++day}`));
      await store.flush();
      await store.idle();
    }
    expect(day).toBeLessThan(9);
    expect(await newestAt(dir, 'b1/news')).toBe(`2026-11-0${day}T04:00:00.000Z`);
    // A kill after the main file was replaced and before the folded segments were deleted leaves them.
    for (const [name, text] of before) await writeFile(path.join(dir, name), text);
    expect(await newestAt(dir, 'b1/news')).toBe(`2026-11-0${day}T04:00:00.000Z`);
  });

  it('keeps taking flushes while the main file is rewritten, and loses none of them', async () => {
    const dir = await dirOf();
    const store = await openStore(dir, { floorBytes: 1, share: 0 });
    for (let i = 1; i <= 40; i++) {
      store.put(`b${i}/news`, record(`b${i}/news`, '2026-11-01'));
      await store.flush(); // each may start a rewrite while the previous one still runs
    }
    await store.idle();
    const reopened = await openStore(dir);
    expect(reopened.sections()).toHaveLength(40);
    expect(reopened.sections()).toEqual(store.sections());
  });

  it('refuses a journal with a flush missing from the middle, rather than replaying around it', async () => {
    const dir = await dirOf();
    const store = await openStore(dir);
    store.put('b1/news', record('b1/news', '2026-11-01'));
    await store.flush();
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04']) {
      store.put('b1/news', record('b1/news', day));
      await store.flush();
    }
    const journal = path.join(dir, 'landwatch.journal.1');
    const lines = (await readFile(journal, 'utf8')).split('\n');
    await writeFile(journal, [lines[0], lines[2], ''].join('\n'));
    const error = await openStore(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('a batch is missing');
  });
});
