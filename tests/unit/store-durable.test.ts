import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SectionRecord } from '../../src/domain/section-record.js';

/** Every open, sync, rename and truncate the store does, in order, with the real calls still made. */
const calls: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const name = (p: unknown) => path.basename(String(p));
  return {
    ...real,
    open: async (file: string, flags?: string) => {
      const handle = await real.open(file, flags);
      calls.push(`open ${name(file)}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${name(file)}`);
        return sync();
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      calls.push(`rename ${name(from)} ${name(to)}`);
      return real.rename(from, to);
    },
  };
});

const { openStore } = await import('../../src/store/store.js');

describe('a flush', () => {
  it('syncs the temporary file before the rename and the folder after it; syncs each journal append', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-durable-'));
    const folder = path.basename(dir);
    const store = await openStore(dir);
    const record = { bureauId: 'b1', category: 'news', url: 'http://b1/', state: 'fresh' } as const;
    store.put('b1/news', {
      ...record,
      since: '2026-11-01T00:00:00.000Z',
      ageDays: null,
      last: {
        at: '2026-11-01T00:00:00.000Z',
        url: 'http://b1/',
        access: 'ok',
        httpStatus: 200,
        reason: null,
        bytes: 0,
        ms: 0,
        notModified: false,
        reading: null,
      },
      cache: null,
      history: [],
    });
    calls.length = 0;
    await store.flush();
    const tmp = `landwatch.json.${process.pid}.tmp`;
    expect(calls).toEqual([
      `open ${tmp}`,
      `sync ${tmp}`,
      `rename ${tmp} landwatch.json`,
      `open ${folder}`,
      `sync ${folder}`,
    ]);

    calls.length = 0;
    store.put('b1/news', { ...(store.section('b1/news') as SectionRecord), ageDays: 3 });
    await store.flush();
    // The journal's first line also makes its name durable.
    expect(calls).toEqual(['open landwatch.journal.1', 'sync landwatch.journal.1', `open ${folder}`, `sync ${folder}`]);
  });
});
