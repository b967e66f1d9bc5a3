import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/domain/observation.js';
import { openStore } from '../../src/store/store.js';

describe('the store keeps how a section was read', () => {
  it('brings back the read path and the note of what would read it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-via-'));
    const store = await openStore(dir);
    const last: Observation = {
      at: '2026-11-27T04:00:00.000Z',
      url: 'http://a.example/zwgk/',
      access: 'blocked',
      httpStatus: 412,
      reason: 'challenge',
      bytes: 0,
      ms: 5,
      notModified: false,
      reading: null,
      via: 'browser',
      note: '需要浏览器：未找到 Chromium（apt-get install chromium-headless-shell）',
    };
    store.put('a/notices', {
      bureauId: 'a',
      category: 'notices',
      url: last.url,
      state: 'blocked',
      since: last.at,
      ageDays: null,
      itemFit: null,
      last,
      cache: null,
      history: [
        {
          at: last.at,
          state: 'blocked',
          newest: null,
          itemCount: 0,
          httpStatus: 412,
          reason: 'challenge',
          changed: true,
        },
      ],
    });
    await store.flush();
    const reopened = await openStore(dir);
    expect(reopened.section('a/notices')?.last).toMatchObject({ via: 'browser', note: last.note, reason: 'challenge' });
  });
});
