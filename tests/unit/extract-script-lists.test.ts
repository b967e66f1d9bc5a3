import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSection } from '../../src/extract/extract.js';
import { inlineScriptOutput } from '../../src/extract/script-lists.js';
import { literalStrings, readConcatenation, readLiteral } from '../../src/extract/script-text.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const extract = (name: string, today = '2026-11-27', url = 'http://zrzy.example.gov.cn/tzgg/') =>
  extractSection({ bytes: fixture(name), today, url });
const bytes = (html: string) => new TextEncoder().encode(html);

describe('reading JavaScript literals without running them', () => {
  it('decodes quotes, escapes and + concatenation of string literals', () => {
    // The JavaScript source text: '<a href=\"\/x\">' + "\u5173\u4e8e\'土地\'" + `\x41`)
    const src = String.raw`'<a href=\"\/x\">' + "\u5173\u4e8e\'土地\'" + \x60\x41\x60)`.replace(/\\x60/g, '`');
    expect(readConcatenation(src, 0)?.value).toBe(`<a href="/x">关于'土地'A`);
  });

  it('fails on any operand that is not a literal, so nothing computed is guessed', () => {
    expect(readConcatenation(`'<li>' + title + '</li>'`, 0)).toBeNull();
    expect(readConcatenation(['`<li>$', '{title}</li>`'].join(''), 0)).toBeNull();
    expect(readLiteral(`[{ title: name }]`, 0)).toBeNull();
    expect(readLiteral(`[1, f()]`, 0)).toBeNull();
  });

  it('reads arrays and objects with quoted or bare keys, comments and trailing commas', () => {
    const src = `[ // records
      { title: 'a', "url": "/a.html", 'time': '2026-11-20', n: -1.5, ok: true, },
      /* second */ { title: "b", url: null },
    ]`;
    expect(readLiteral(src, 0)?.value).toEqual([
      { title: 'a', url: '/a.html', time: '2026-11-20', n: -1.5, ok: true },
      { title: 'b', url: null },
    ]);
  });

  it('never lets a __proto__ key reach the prototype', () => {
    const value = readLiteral(`{ "__proto__": { "polluted": 1 }, "title": "x" }`, 0)?.value as Record<string, unknown>;
    expect(value.title).toBe('x');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('leaves a page without list-writing scripts untouched', () => {
    const html = '<ul><li><a href="/1.html">一</a></li></ul><script>var a = [1, 2]; track("x");</script>';
    expect(inlineScriptOutput(html)).toBe(html);
  });
});

describe('lists written by inline script', () => {
  it('reads document.write / writeln of literal markup, with escapes and concatenation', () => {
    const x = extract('script-document-write-list.html');
    expect(x.status).toBe('ok');
    expect(x.via).toBe('script');
    expect(x.items.map((i) => i.date)).toEqual(['2026-11-24', '2026-11-18', '2026-11-09', '2026-10-30']);
    expect(x.items[1]?.title).toBe("关于'三调'成果共享应用的通知");
    expect(x.items[2]?.title).toBe('射阳县国有建设用地使用权挂牌出让公告（射挂〔2026〕23号）');
    expect(x.items[2]?.url).toBe('http://zrzy.example.gov.cn/tzgg/202611/t20261109_87990.html');
    expect(x.newest).toBe('2026-11-24');
  });

  it('reads a TRS 海云 record array, not the channel array beside it or the 页面生成时间', () => {
    const x = extract('trs-hycloud-data-array.html', '2026-11-27', 'http://zrzy.lanzhou.example.gov.cn/tdgl/tdgyjh/');
    expect(x.via).toBe('script');
    expect(x.items).toHaveLength(4);
    expect(x.items.map((i) => i.title)).toContain('兰州市2026年度国有建设用地供应计划（第一次调整）');
    expect(x.items[0]?.url).toBe('http://zrzy.lanzhou.example.gov.cn/tdgl/tdgyjh/202603/t20260330_1420331.shtml');
    expect(x.newest).toBe('2026-09-15');
  });

  it('reads an array of HTML strings that a script joins into the list', () => {
    const x = extract('script-html-strings-array.html');
    expect([x.via, x.items.length, x.newest]).toEqual(['script', 3, '2026-11-21']);
  });

  it('reads dates written by document.write inside page markup; the list itself is the page', () => {
    const x = extract('list-script-dates.html');
    expect(x.via).toBe('page');
    expect(x.items.map((i) => i.date)).toEqual(['2026-11-20', '2026-10-31', '2026-09-30']);
  });

  it('reads TRS titles written from a script variable, never the truncated copy', () => {
    const row = (i: number, title: string, day: string) =>
      `<li><a href="./202611/t2026112${i}_${i}.html"><script>var str_${i} = '${title}'; if (str_${i}.length > 30) { document.write(str_${i}.substr(0, 30) + '...'); } else { document.write(str_${i}); }</script></a><span>${day}</span></li>`;
    const html = `<ul class="list">${row(1, '关于2026年度国有建设用地供应计划的公告', '2026-11-20')}${row(2, '某市自然资源局关于征收土地的预公告', '2026-11-12')}</ul>`;
    const x = extractSection({ bytes: bytes(html), today: '2026-11-27' });
    expect(x.items.map((i) => i.title)).toEqual([
      '关于2026年度国有建设用地供应计划的公告',
      '某市自然资源局关于征收土地的预公告',
    ]);
    expect(literalStrings("var a = 'x'; var b = a + 'y'; var c = 'z'; c = 'w'; var d = f();")).toEqual(
      new Map([
        ['a', 'x'],
        ['b', 'xy'],
      ]),
    );
  });

  it('keeps a static list as the page list when a script writes only a sidebar', () => {
    const html = `<div class="main"><ul class="list">
      <li><a href="/a/3.html">关于土地征收成片开发方案的公示</a><span>2026-11-20</span></li>
      <li><a href="/a/2.html">关于国有建设用地使用权出让的公告</a><span>2026-11-12</span></li>
      <li><a href="/a/1.html">关于不动产登记服务时间调整的通知</a><span>2026-11-02</span></li></ul></div>
      <div class="sidebar"><script>document.write('<ul><li><a href="/h/1.html">市局召开专题会议研究耕地保护工作</a><span>2026-11-26</span></li></ul>')</script></div>`;
    const x = extractSection({ bytes: bytes(html), today: '2026-11-27' });
    expect([x.via, x.items.length, x.newest]).toEqual(['page', 3, '2026-11-20']);
  });
});
