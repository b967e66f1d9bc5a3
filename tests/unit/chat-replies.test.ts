import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/domain/section-record.js';
import { LIMITS } from '../../src/render/chat-pages.js';
import { historyReply, ratesReply, type StaleRow, staleReply } from '../../src/render/chat-replies.js';

const texts = (reply: ReturnType<typeof staleReply>) =>
  reply.pages.flatMap((p) => [p.content ?? '', ...p.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)]);

describe('chat replies', () => {
  it('/stale: every row on some page, none past Discord limits, names escaped; an empty list says so to everyone', () => {
    const rows: StaleRow[] = Array.from({ length: 120 }, (_, i) => ({
      bureau: `第${i}号*自然资源局*`,
      category: '征地公告',
      state: i % 3 === 0 ? 'blank' : 'stale',
      ageDays: 400 - i,
      newest: i % 3 === 0 ? null : '2025-10-01',
      url: `http://127.0.0.1/x${i}/zdgg/`,
    }));
    const reply = staleReply(rows, 'zh-CN');
    const all = texts(reply).join('\n');
    for (let i = 0; i < 120; i++) expect(all).toContain(`第${i}号\\*自然资源局\\*`);
    for (const page of reply.pages) {
      expect(page.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
      const total = page.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
      expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    expect(all).toContain('空白');
    const none = staleReply([], 'zh-CN');
    expect(none.ephemeral).toBe(false);
    expect(none.pages[0]?.content).toBe('没有超期或空白的栏目。');
  });

  it('/history: newest first, the reason in words an inspector reads, changes marked', () => {
    const history: HistoryEntry[] = [
      {
        at: '2026-11-29T04:00:00Z',
        state: 'fresh',
        newest: '2026-11-28',
        itemCount: 20,
        httpStatus: 200,
        reason: null,
        changed: false,
      },
      {
        at: '2026-11-30T04:00:00Z',
        state: 'unparsed',
        newest: null,
        itemCount: 0,
        httpStatus: 200,
        reason: 'browser-no-list',
        changed: true,
      },
    ];
    const [first] = texts(historyReply('九江市自然资源局', '征地公告', history, 'zh-CN')).filter((x) =>
      x.includes('2026-'),
    );
    const lines = (first ?? '').split('\n').filter((l) => l.includes('2026-11-'));
    expect(lines[0]).toMatch(/^🔸 2026-11-30 04:00 .*浏览器中也未出现列表/);
    expect(lines[1]).toMatch(/^· 2026-11-29 04:00 .*2026-11-28 · 20$/);
    expect(texts(historyReply('x', 'y', [], 'zh-CN'))).toContain('该栏目还没有检查记录。');
  });

  it('/rates: published over inspected, with the sections that could not be read counted apart', () => {
    const reply = ratesReply(
      [
        {
          category: 'expro_notice',
          name: '征地公告',
          level: 'city',
          inspected: 30,
          published: 27,
          unknown: 2,
          rate: 0.9,
        },
      ],
      'zh-CN',
    );
    const all = texts(reply).join('\n');
    expect(all).toContain('**征地公告**');
    expect(all).toContain('90%（27/30，❔2）');
  });
});
