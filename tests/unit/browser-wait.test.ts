import { describe, expect, it } from 'vitest';
import { sectionsWaitingForBrowser } from '../../src/app/browser-wait.js';
import { buildCatalog } from '../../src/domain/catalog.js';
import type { Observation } from '../../src/domain/observation.js';
import type { SectionRecord } from '../../src/domain/section-record.js';
import type { Category } from '../../src/domain/types.js';

const last = (note: string | null): Observation => ({
  at: '2026-11-27T04:00:00.000Z',
  url: 'http://a.example/x/',
  access: note ? 'blocked' : 'ok',
  httpStatus: note ? 412 : 200,
  reason: note ? 'challenge' : null,
  bytes: 0,
  ms: 1,
  notModified: false,
  reading: null,
  note,
});

describe('sections waiting for a browser', () => {
  it('are those whose last check noted that only a browser would read them', () => {
    const catalog = buildCatalog(
      [{ key: 'notices' }, { key: 'work_news' }] as Category[],
      [
        {
          id: 'a',
          name: '甲',
          level: 'city',
          province: '测试省',
          homepage: 'http://a.example/',
          sections: ['notices', 'work_news'].map((category) => ({
            bureauId: 'a',
            category,
            url: 'http://a.example/x/',
            hints: {},
          })),
        },
      ],
      {},
    );
    const notes: Record<string, string | null> = {
      'a/notices': '需要浏览器：未找到 Chromium（apt-get install chromium-headless-shell）',
      'a/work_news': 'browser-deadline',
    };
    const store = { section: (key: string) => ({ last: last(notes[key] ?? null) }) as SectionRecord };
    expect(sectionsWaitingForBrowser(catalog, store)).toEqual([{ key: 'a/notices', note: notes['a/notices'] }]);
  });
});
