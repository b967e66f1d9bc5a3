import { describe, expect, it } from 'vitest';
import { columnParams, isQueryDocument } from '../../src/extract/cms-addresses.js';
import { extractSection } from '../../src/extract/extract.js';

const BASE = 'http://127.0.0.1:8080';
const LIST = `${BASE}/index.php?m=content&c=index&a=lists&catid=39`;

describe('CMS query-string addresses', () => {
  it('names the column a page is filed under', () => {
    expect(columnParams(new URL(LIST))).toEqual(['catid=39']);
    expect(columnParams(new URL(`${BASE}/Article/ShowClass.asp?ClassID=12`))).toEqual(['classid=12']);
    expect(columnParams(new URL(`${BASE}/plus/view.php?aid=5`))).toEqual([]);
  });

  it('tells an article from a list', () => {
    expect(isQueryDocument(new URL(`${BASE}/index.php?m=content&c=index&a=show&catid=39&id=390001`))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/plus/view.php?aid=5`))).toBe(true);
    expect(isQueryDocument(new URL(LIST))).toBe(false);
    expect(isQueryDocument(new URL(`${BASE}/Article/ShowClass.asp?ClassID=12`))).toBe(false);
    expect(isQueryDocument(new URL(`${BASE}/show.asp`))).toBe(false);
  });

  it('knows a document by a parameter that names one (wbnewsid, ArticleID, InfoID, docid) and a tree by its id', () => {
    const vsb = `${BASE}/zwgk/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1012&wbnewsid=3456`;
    expect(isQueryDocument(new URL(vsb))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/neirong.jsp?wbtreeid=1012&wbnewsid=3456`))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/Web/Detail.aspx?InfoID=88&CategoryNum=004001`))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/zwgk/erji.jsp?urltype=tree.TreeTempUrl&wbtreeid=1012`))).toBe(false);
    expect(isQueryDocument(new URL(`${BASE}/list.jsp?wbnewsid=`))).toBe(false);
    expect(columnParams(new URL(vsb))).toEqual(['wbtreeid=1012']);
    expect(columnParams(new URL(`${BASE}/ShowClass.asp?BigClassID=3`))).toEqual(['bigclassid=3']);
  });

  it('reads a route in the query as a front controller does (PbootCMS, EyouCMS)', () => {
    expect(isQueryDocument(new URL(`${BASE}/index.php?s=/content/170005`))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/?content/345.html`))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/index.php?s=/home/content/12`))).toBe(true);
    expect(isQueryDocument(new URL(`${BASE}/index.php?s=/list/9`))).toBe(false);
    expect(isQueryDocument(new URL(`${BASE}/?list/12/`))).toBe(false);
    expect(isQueryDocument(new URL(`${BASE}/?page=2`))).toBe(false);
  });
});

describe('a PbootCMS column without a rewrite', () => {
  // Two notices at `/?content/N.html`, undated in the list: their dates are on the articles.
  const html = `<html><head><meta charset="utf-8"><title>征收公告-某县自然资源局</title></head><body>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/?list/17/">征收公告</a></div>
<ul class="doc_list"><li><a href="/?content/170005.html">关于征收某村集体土地的公告</a></li><li><a href="/?content/170004.html">征收土地方案公告（2026第3号）</a></li></ul>
</body></html>`;

  it('reads its few articles as its list, not as a page built by script', () => {
    const x = extractSection({ bytes: new TextEncoder().encode(html), url: `${BASE}/?list/17/`, today: '2026-12-02' });
    expect(x.status).toBe('undated');
    expect(x.items.map((i) => i.url)).toEqual([`${BASE}/?content/170005.html`, `${BASE}/?content/170004.html`]);
  });
});

describe('a CMS column page', () => {
  // Two results of the column's own, beside a box of three other articles dated today.
  const html = `<html><head><meta charset="utf-8"><title>矿业权出让专栏</title></head><body>
<div class="content"><div class="search-result">
<div class="item"><a class="title" href="/index.php?m=content&c=index&a=show&catid=39&id=390001">2026年采矿权挂牌出让公告</a><a class="source" href="/index.php">某县自然资源局</a><span>发布时间：2026-04-26 09:01:00</span></div>
<div class="item"><a class="title" href="/index.php?m=content&c=index&a=show&catid=39&id=390002">2026年探矿权出让结果公示</a><a class="source" href="/index.php">某县自然资源局</a><span>发布时间：2026-05-03 09:02:00</span></div>
</div></div>
<div class="right"><h2>您可能感兴趣</h2><ul><li><a href="/t20261202_1.html">关于进一步优化营商环境的通知</a><span>2026-12-02</span></li><li><a href="/t20261202_2.html">政务服务事项清单</a><span>2026-12-02</span></li><li><a href="/t20261202_3.html">便民服务指南</a><span>2026-12-02</span></li></ul></div>
</body></html>`;

  it('reads the list whose articles are filed under its catid, not the box beside it', () => {
    const x = extractSection({ bytes: new TextEncoder().encode(html), url: LIST, today: '2026-12-02' });
    expect(x.newest).toBe('2026-05-03');
    expect(x.items.map((i) => i.title)).toEqual(['2026年采矿权挂牌出让公告', '2026年探矿权出让结果公示']);
  });
});

describe('an ASP.NET column page whose articles’ addresses say nothing of their column', () => {
  const ASPX = `${BASE}/Info/InfoList.aspx?ColumnId=69&page=1`;
  const sideBox = `<div class="con-right"><div class="side-box"><h3>最新发布</h3><ul><li><a href="/Info/InfoDetail.aspx?InfoId=520007">2026年征地补偿安置方案公示</a><span class="time">2026-08-19</span></li><li><a href="/Info/InfoDetail.aspx?InfoId=520006">2026年征地补偿安置方案公告</a><span class="time">2026-08-12</span></li><li><a href="/Info/InfoDetail.aspx?InfoId=520005">2026年征地补偿安置方案公示</a><span class="time">2026-05-15</span></li></ul></div></div>`;
  const page = (content: string) =>
    `<html><head><meta charset="utf-8"><title>不动产登记公示栏_某县自然资源局</title></head><body><div class="location">当前位置：<a href="/">首页</a> &gt; 不动产登记公示栏</div><div class="content">${content}</div>${sideBox}</body></html>`;
  const read = (html: string) =>
    extractSection({ bytes: new TextEncoder().encode(html), url: ASPX, today: '2026-12-02' });

  it('is blank when it says so, whatever the side box beside it shows (the folder /Info/ is every column’s)', () => {
    expect(read(page('<ul class="list"></ul><p>暂无信息</p>')).status).toBe('blank');
  });

  it('keeps its own undated list over a dated side box of another column', () => {
    const own = ['2026年不动产首次登记公告', '2026年不动产注销登记公告', '2025年不动产更正登记公告']
      .map((t, i) => `<li><a href="/Info/InfoDetail.aspx?InfoId=69000${i}">${t}</a></li>`)
      .join('');
    const x = read(page(`<ul class="doc_list">${own}</ul>`));
    expect(x.items.map((i) => i.title)).toEqual([
      '2026年不动产首次登记公告',
      '2026年不动产注销登记公告',
      '2025年不动产更正登记公告',
    ]);
  });
});

describe('a list whose links are no addresses at all', () => {
  it('is read, not thrown on (http://exa mple.com/show.asp?id=1)', () => {
    const rows = [1, 2, 3]
      .map(
        (i) =>
          `<li><a href="http://exa mple.com/show.asp?id=${i}">关于土地出让的公告${i}</a><span>2026-11-2${i}</span></li>`,
      )
      .join('');
    const x = extractSection({
      bytes: new TextEncoder().encode(`<html><body><ul>${rows}</ul></body></html>`),
      url: `${BASE}/tzgg/`,
      today: '2026-12-01',
    });
    expect(x.newest).toBe('2026-11-23');
  });
});
