import { describe, expect, it } from 'vitest';
import { listAppeared } from '../../src/crawl/read-paths.js';

const URL = 'http://127.0.0.1/tzgg/';
const chrome = (inner: string) =>
  `<html><head><title>通知公告</title></head><body><div class="nav"><a href="/">首页</a></div><div class="list">${inner}</div></body></html>`;
const BLANK = chrome('<ul class="list"></ul><p>暂无信息</p>');
const LISTED = chrome(
  `<ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/tzgg/art_${i}.html">关于土地征收的通知第${i}号</a><span>2026-11-${String(20 - i).padStart(2, '0')}</span></li>`).join('')}</ul>`,
);

describe('the browser wait for a list', () => {
  it('ends at once on a dated list, and on a blank one only after it stayed blank for two seconds', () => {
    let t = 0;
    const appeared = listAppeared({ url: URL, hints: {} }, '2026-12-01', () => t);
    expect(appeared(BLANK)).toBe(false);
    t = 1000;
    expect(appeared(BLANK)).toBe(false);
    t = 2100;
    // The same DOM, read again later: still judged by how long it has stayed blank.
    expect(appeared(BLANK)).toBe(true);
    expect(listAppeared({ url: URL, hints: {} }, '2026-12-01', () => 0)(LISTED)).toBe(true);
  });

  it('starts the blank wait over when the page is neither blank nor listed in between', () => {
    let t = 0;
    const appeared = listAppeared({ url: URL, hints: {} }, '2026-12-01', () => t);
    expect(appeared(BLANK)).toBe(false);
    t = 1500;
    expect(appeared(chrome('<div id="app">加载中…</div><script>load()</script>'))).toBe(false);
    t = 2500;
    expect(appeared(BLANK)).toBe(false);
    t = 4600;
    expect(appeared(BLANK)).toBe(true);
    expect(appeared(LISTED)).toBe(true);
  });
});
