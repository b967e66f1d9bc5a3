import { describe, expect, it } from 'vitest';
import { extractSection } from '../../src/extract/extract.js';

/** Card lists whose rows print the day large beside a small year and month, as responsive CMS themes do. */
const BASE = 'http://127.0.0.1:8080';
const page = (rows: string) =>
  `<html><head><meta charset="utf-8"><title>通知公告</title></head><body><div class="news-list">${rows}</div></body></html>`;
const read = (html: string) =>
  extractSection({ bytes: new TextEncoder().encode(html), url: `${BASE}/list_12/`, today: '2026-12-02' });
const titles = ['关于开展卫片执法检查的通知', '2026年第二批建设用地公示', '关于做好地质灾害防治工作的通知'];

describe('a date printed in two parts', () => {
  it('reads the day beside the year and month (day first)', () => {
    const days = ['20', '3', '28'];
    const months = ['2026-11', '2026-11', '2026-10'];
    const rows = titles
      .map(
        (t, i) =>
          `<div class="item"><a href="/article/${i + 1}.html"><h3>${t}</h3><p>为进一步做好……</p></a><div class="date"><span>${days[i]}</span>${months[i]}</div></div>`,
      )
      .join('');
    const x = read(page(rows));
    expect(x.items.map((i) => i.date)).toEqual(['2026-11-20', '2026-11-03', '2026-10-28']);
    expect(x.items.map((i) => i.title)).toEqual(titles);
    expect(x.newest).toBe('2026-11-20');
  });

  it('reads the year and month above the day (2026.11 / 20)', () => {
    const rows = titles
      .map(
        (t, i) =>
          `<div class="item"><div class="time"><p>2026.${11 - i}</p><strong>${10 + i}</strong></div><a href="/article/${i + 1}.html">${t}</a></div>`,
      )
      .join('');
    expect(read(page(rows)).items.map((i) => i.date)).toEqual(['2026-11-10', '2026-10-11', '2026-09-12']);
  });

  it('is no date when the year and month stand in a sentence or beside more than a day', () => {
    const rows = titles
      .map(
        (t, i) =>
          `<div class="item"><a href="/article/${i + 1}.html">${t}</a><div class="meta"><span>2026-11</span><span>浏览</span><span>${i + 5}</span></div></div>`,
      )
      .join('');
    expect(read(page(rows)).items.every((i) => i.date === null)).toBe(true);
  });
});
