import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/store.js';

/** A version 2 file as landwatch wrote it, with one record whose parts the tests damage. */
function compactFile(record: Record<string, unknown>) {
  return JSON.stringify({
    schema: 'landwatch-store',
    version: 2,
    sections: {
      'b1/news': {
        u: 'http://b1.example.gov.cn/news/',
        s: 'fresh',
        since: '2026-11-20T04:00:00.000Z',
        age: 3,
        last: {
          access: 'ok',
          httpStatus: 200,
          bytes: 100,
          ms: 20,
          reading: {
            status: 'ok',
            family: 'generic',
            itemCount: 20,
            newest: null,
            fingerprint: '0',
          },
        },
        h: [[1795147200, 0, 20777, 1, 20, 200, 0]],
        ...record,
      },
    },
  });
}

async function storeDir(contents: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-load-'));
  await writeFile(path.join(dir, 'landwatch.json'), contents);
  return dir;
}

async function refusal(dir: string): Promise<StoreError> {
  const error = await openStore(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('loading a store', () => {
  it('loads the undamaged file these tests start from', async () => {
    const store = await openStore(await storeDir(compactFile({})));
    expect(store.section('b1/news')?.history[0]).toMatchObject({ state: 'fresh', newest: '2026-11-20' });
  });

  it('refuses a record whose instant cannot be decoded, naming it, instead of a raw RangeError', async () => {
    const error = await refusal(await storeDir(compactFile({ h: [[1e17, 0, 20777, 1, 20, 200, 0]] })));
    expect(error.message).toContain('"b1/news"');
  });

  it('refuses an unknown state in a history row, naming the record and field, and leaves the file alone', async () => {
    const contents = compactFile({ h: [[1795147200, 9, 20777, 1, 20, 200, 0]] });
    const dir = await storeDir(contents);
    const error = await refusal(dir);
    expect(error.message).toContain('"b1/news"');
    expect(error.message).toContain('h.0.1');
    expect(await readFile(path.join(dir, 'landwatch.json'), 'utf8')).toBe(contents);
  });

  it('refuses an unknown state of the record and a day that is not one', async () => {
    expect((await refusal(await storeDir(compactFile({ s: 'sleepy' })))).message).toMatch(/"b1\/news".*\bs\b/);
    const badDay = compactFile({
      last: { reading: { status: 'ok', family: 'g', itemCount: 1, fingerprint: '0', newest: badItem } },
    });
    expect((await refusal(await storeDir(badDay))).message).toContain('last.reading.newest.date');
  });

  it('refuses a version 1 record with an unknown state', async () => {
    const v1 = {
      schema: 'landwatch-store',
      version: 1,
      sections: { 'b1/news': { bureauId: 'b1', category: 'news', state: 'sleepy', history: [] } },
    };
    expect((await refusal(await storeDir(JSON.stringify(v1)))).message).toContain('"b1/news"');
  });
});

const badItem = { title: 't', url: null, date: '20261120', provenance: { path: 'li', raw: '20261120' } };

describe('temporary files a killed write left', () => {
  it('are removed at open when their process is gone; a live process’s, and other files, are kept', async () => {
    const dir = await storeDir(compactFile({}));
    const gone = await exitedPid();
    const live = process.ppid;
    const names = [
      `landwatch.json.${gone}.tmp`,
      `landwatch.json.${live}.tmp`,
      'landwatch.json.backup.tmp',
      `other.json.${gone}.tmp`,
    ];
    for (const n of names) await writeFile(path.join(dir, n), '{"partial');
    await openStore(dir);
    expect((await readdir(dir)).sort()).toEqual(
      ['landwatch.json', `landwatch.json.${live}.tmp`, 'landwatch.json.backup.tmp', `other.json.${gone}.tmp`].sort(),
    );
  });
});

/** The pid of a process that has exited (and been reaped), so no live process has it for now. */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  const pid = child.pid as number;
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}
