import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../src/domain/observation.js';
import type { SectionRecord } from '../../src/domain/section-record.js';
import { decodeRecord, encodeRecord } from '../../src/store/codec.js';
import { openStore } from '../../src/store/store.js';

const reading: Reading = {
  status: 'ok',
  family: 'trs',
  itemCount: 20,
  newest: {
    title: '关于2026年度国有建设用地供应计划的公告',
    url: 'http://gtj.example.gov.cn/tdgl/gdjh/202611/t20261120_1.html',
    date: '2026-11-20',
    provenance: { path: 'body > div.list > ul > li:nth-of-type(1) > span', raw: '2026-11-20' },
  },
  titleYears: [2026],
  fingerprint: '9f3a1c',
};

const record: SectionRecord = {
  bureauId: 'c12',
  category: 'supply_plan',
  url: 'http://gtj.example.gov.cn/tdgl/gdjh/',
  state: 'fresh',
  since: '2026-11-20T02:00:00.000Z',
  ageDays: 7,
  itemFit: 0.85,
  last: {
    at: '2026-11-27T02:00:00.000Z',
    url: 'http://gtj.example.gov.cn/tdgl/gdjh/',
    access: 'ok',
    httpStatus: 304,
    reason: null,
    bytes: 0,
    ms: 41,
    notModified: true,
    reading,
  },
  cache: { etag: '"abc"', lastModified: null, reading },
  history: [
    {
      at: '2026-11-13T02:00:00.000Z',
      state: 'unreachable',
      newest: null,
      itemCount: 0,
      httpStatus: null,
      reason: 'timeout',
      changed: true,
    },
    {
      at: '2026-11-20T02:00:00.000Z',
      state: 'fresh',
      newest: '2026-11-20',
      itemCount: 20,
      httpStatus: 200,
      reason: null,
      changed: true,
    },
    {
      at: '2026-11-21T02:00:00.000Z',
      state: 'fresh',
      newest: '2026-11-20',
      itemCount: 20,
      httpStatus: 200,
      reason: null,
      changed: false,
    },
    {
      at: '2026-11-27T02:00:00.000Z',
      state: 'fresh',
      newest: '2026-11-20',
      itemCount: 20,
      httpStatus: 304,
      reason: null,
      changed: false,
    },
  ],
};

describe('the compact store encoding', () => {
  it('decodes to exactly the record it encoded, in a fraction of the plain size', () => {
    const stored = encodeRecord(record);
    expect(decodeRecord('c12/supply_plan', JSON.parse(JSON.stringify(stored)))).toEqual(record);
    expect(JSON.stringify(stored).length).toBeLessThan(0.6 * JSON.stringify(record).length);
  });

  it('keeps what differs: a moved observation, a failed last check, a cached reading of its own', () => {
    const failed: SectionRecord = {
      ...record,
      state: 'unreachable',
      last: {
        ...record.last,
        url: 'http://other.example.gov.cn/x/',
        httpStatus: null,
        reason: 'reset',
        reading: null,
        notModified: false,
      },
      cache: {
        etag: null,
        lastModified: 'Fri, 20 Nov 2026 02:00:00 GMT',
        reading: { ...reading, newest: null, titleYears: [] },
      },
      history: [],
    };
    expect(decodeRecord('c12/supply_plan', JSON.parse(JSON.stringify(encodeRecord(failed))))).toEqual(failed);
  });

  it('writes version 3, reloads it unchanged, and still reads version 1 and 2 files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-codec-'));
    const store = await openStore(dir);
    store.put('c12/supply_plan', record);
    await store.flush();
    const file = JSON.parse(await readFile(store.file, 'utf8'));
    expect(file.version).toBe(3);
    expect((await openStore(dir)).section('c12/supply_plan')).toEqual(record);

    const old = await mkdtemp(path.join(tmpdir(), 'landwatch-codec-v1-'));
    const v1 = { schema: 'landwatch-store', version: 1, sections: { 'c12/supply_plan': record } };
    await writeFile(path.join(old, 'landwatch.json'), JSON.stringify(v1));
    const reopened = await openStore(old);
    expect(reopened.section('c12/supply_plan')).toEqual(record);

    const v2 = { schema: 'landwatch-store', version: 2, sections: { 'c12/supply_plan': encodeRecord(record) } };
    await writeFile(path.join(old, 'landwatch.json'), JSON.stringify(v2));
    expect((await openStore(old)).section('c12/supply_plan')).toEqual(record);
  });
});
