import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSection } from '../../src/extract/extract.js';
import { isColumnHref } from '../../src/extract/page-signals.js';

/**
 * Page chrome under class names no list finder knows (real sites name their blocks arbitrarily): the
 * column's own list must win over side boxes of another column's dated items, footers with 更新时间,
 * breadcrumbs and column trees. Expected answers were counted by hand from the fixture pages.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const bytes = (html: string) => new TextEncoder().encode(html);
const today = '2026-11-27';
const read = (name: string, url: string | null) => extractSection({ bytes: fixture(name), today, url });

describe('fixture pages with unknown chrome', () => {
  // Each page is read with its own address and without one: the structure alone must tell.
  const withAndWithout = (url: string) => [url, null];

  it.each(withAndWithout('http://zrzygh.example.gov.cn/zwgk/tdgyjh/index.html'))(
    'a mega-menu of long column names and a header date are not the undated list of three (url %s)',
    (url) => {
      const x = read('chrome-megamenu-column.html', url);
      expect([x.status, x.items.length, x.newest]).toEqual(['undated', 3, null]);
      expect(x.items.map((i) => i.title)).toEqual([
        '某市2027年度国有建设用地供应计划（征求意见稿）',
        '某市2026年度国有建设用地供应计划',
        '关于调整2025年度住宅用地供应计划的公告',
      ]);
    },
  );

  it.each(withAndWithout('http://zrzyj.example.gov.cn/zwgk/zdxx/index.html'))(
    'three dated rows under the column heading beat eight newer 热点新闻 (url %s)',
    (url) => {
      const x = read('chrome-hot-sidebar.html', url);
      expect([x.status, x.items.length, x.newest]).toEqual(['ok', 3, '2026-10-12']);
      expect(x.items[0]?.url).toBe(
        url
          ? 'http://zrzyj.example.gov.cn/zwgk/zdxx/202610/t20261012_5521.html'
          : '/zwgk/zdxx/202610/t20261012_5521.html',
      );
    },
  );

  it.each(withAndWithout('http://fj.example.gov.cn/xxgk/kyqcr/index.html'))(
    'a column that says 暂无相关信息 is blank, whatever its 最新发布 box and footer 更新时间 show (url %s)',
    (url) => {
      const x = read('chrome-blank-footer-updated.html', url);
      expect([x.status, x.items.length, x.newest, x.charset]).toEqual(['blank', 0, null, 'gb18030']);
    },
  );

  it.each(withAndWithout('http://zrzy.example.gov.cn/ghgl/ghgs/index.html'))(
    'twelve undated paged documents beside a breadcrumb beat a dated 推荐阅读 box (url %s)',
    (url) => {
      const x = read('chrome-breadcrumb-undated.html', url);
      expect([x.status, x.items.length, x.newest]).toEqual(['undated', 12, null]);
      expect(x.items.at(-1)?.title).toBe('某片区城市更新单元规划方案批前公示');
    },
  );
});

const frame = (main: string, side: string, foot = '') =>
  `<html><head><title>通知公告_某市自然资源局</title></head><body><div class="wrap1"><div class="pos">当前位置：<a href="/">首页</a> &gt; 通知公告</div><div class="c1">${main}</div><div class="c2">${side}</div></div>${foot}</body></html>`;
const sideBox = (n: number, base = '/xwzx/gzdt/') =>
  `<div class="t">最新动态</div><ul>${Array.from(
    { length: n },
    (_, i) =>
      `<li><a href="${base}202611/t202611${String(20 - i).padStart(2, '0')}_${i}.html">全市自然资源系统工作动态第${i}期简报</a><span>2026-11-${String(20 - i).padStart(2, '0')}</span></li>`,
  ).join('')}</ul>`;

describe('the column list against chrome, by structure', () => {
  it('a short dated column list under its own path beats a longer side box of another column', () => {
    const main =
      '<ul><li><a href="./202609/t20260901_7.html">关于征收土地的预公告（第七批）</a><span>2026-09-01</span></li><li><a href="./202607/t20260702_6.html">关于征收土地的预公告（第六批）</a><span>2026-07-02</span></li></ul>';
    const url = 'http://zrzy.example.gov.cn/tzgg/index.html';
    const x = extractSection({ bytes: bytes(frame(main, sideBox(9))), today, url });
    expect([x.status, x.items.length, x.newest]).toEqual(['ok', 2, '2026-09-01']);
  });

  it('links carrying the Hanweb column id of the page are the column’s, other ids are not', () => {
    const art = (col: number, id: number, day: string) =>
      `<li><a href="/art/2026/11/${Number(day.slice(8))}/art_${col}_${id}.html">第${id}号国有建设用地使用权出让公告</a><span>${day}</span></li>`;
    const main = `<ul>${art(1234, 11, '2026-10-02')}${art(1234, 10, '2026-09-12')}</ul>`;
    const side = `<div class="t">热点</div><ul>${[1, 2, 3, 4, 5].map((i) => art(9876, i, `2026-11-2${i}`)).join('')}</ul>`;
    const url = 'http://zrzy.example.gov.cn/col/col1234/index.html';
    const x = extractSection({ bytes: bytes(frame(main, side)), today, url });
    expect([x.items.length, x.newest]).toEqual([2, '2026-10-02']);
  });

  it('a number in the group all sibling columns share does not tie a sibling column’s side box to the page', () => {
    // tdsc_524 holds 出让公告 (crgg) and 出让结果 (crjg): the blank 出让公告 column shows 出让结果's newest aside.
    const url = 'http://zrzy.example.gov.cn/zfxxgk/fdzdgknr/tdsc_524/crgg/';
    const x = extractSection({
      bytes: bytes(frame('<ul></ul><p>暂无数据</p>', sideBox(6, '/zfxxgk/fdzdgknr/tdsc_524/crjg/'))),
      today,
      url,
    });
    expect([x.status, x.items.length]).toEqual(['blank', 0]);
  });

  it('a footer line with the ICP link and 更新时间 is not a one-item list of an empty column', () => {
    const foot =
      '<div class="bt1"><p>版权所有：某市自然资源局 更新时间：2026-11-27</p><p><a href="https://beian.miit.gov.cn/">苏ICP备12345678号</a></p></div>';
    const x = extractSection({ bytes: bytes(frame('<ul></ul><p>暂无数据</p>', '', foot)), today });
    expect([x.status, x.items.length]).toEqual(['blank', 0]);
  });

  it('a one-link column tree under an unknown class is no list of a script-built column', () => {
    const side = '<ul class="tree9"><li><a href="/tzgg/">通知公告与政策文件解读专栏</a></li></ul>';
    const main =
      '<div id="list7"></div><script type="text/x-handlebars-template">{{#each data}}<li>{{title}}</li>{{/each}}</script>';
    const x = extractSection({ bytes: bytes(frame(main, side)), today });
    expect([x.status, x.reason]).toEqual(['unparsed', 'script-list']);
  });

  it('a breadcrumb and a content block side by side are not a list of two', () => {
    const main = '<ul><li><a href="/tzgg/a1.html">关于公布2026年度地质灾害防治方案的通知</a></li></ul>';
    const x = extractSection({ bytes: bytes(frame(main, '')), today });
    expect(x.items.map((i) => i.title)).not.toContain('首页');
    expect(x.status).not.toBe('ok');
  });

  it('tells column links from document links', () => {
    expect(['/zwgk/', '/col/col12/index.html', 'index_2.shtml', '', 'javascript:;'].map(isColumnHref)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['./202611/t20261120_1.html', '/art/2026/11/3/art_12_5.html', 'detail.jsp?id=9'].map(isColumnHref)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('script record arrays in newer date forms', () => {
  it('reads full-width and labelled dates of a literal record array', () => {
    const rows = [
      ['2026年不动产权证书注销公告', '/bdcdj/202611/t20261125_17.html', '２０２６年１１月２５日'],
      ['2026年不动产首次登记公告', '/bdcdj/202610/t20261018_13.html', '发布日期：2026年10月18日'],
    ]
      .map(([t, u, d]) => `{title:'${t}',url:'${u}',time:'${d}'}`)
      .join(',');
    const html = `<html><body><ul id="docList"><script>var list=[${rows}];for(var i=0;i<list.length;i++){document.write('<li><a href="'+list[i].url+'">'+list[i].title+'</a><span>'+list[i].time+'</span></li>');}</script></ul></body></html>`;
    const x = extractSection({ bytes: bytes(html), today });
    expect([x.status, x.items.length, x.newest, x.via]).toEqual(['ok', 2, '2026-11-25', 'script']);
  });
});
