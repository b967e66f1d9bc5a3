import { describe, expect, it } from 'vitest';
import { pageColumnTitle, siteLinks } from '../../src/crawl/discover-links.js';

const PAGE = 'http://site.test/';
const articles = (dir: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<li><a href="${dir}art_${i + 1}.html">第${i + 1}条消息的标题很长很长</a><span>2026-12-0${i + 1}</span></li>`,
  ).join('');

describe('siteLinks: blocks of a homepage', () => {
  it('names the column a block of articles sits in by the block heading, date folders left out', () => {
    const html = `<div class="yw"><h2>要闻动态</h2><ul>${[1, 2, 3]
      .map((i) => `<li><a href="/xwdt/gzdt/202612/t2026120${i}_${i}.html">第${i}条新闻的标题有点长</a></li>`)
      .join('')}</ul></div>`;
    expect(siteLinks(html, PAGE)).toContainEqual(
      expect.objectContaining({ text: '要闻动态', url: 'http://site.test/xwdt/gzdt/', role: 'more' }),
    );
  });

  it('names no column for a block whose articles sit in several, or that has too few', () => {
    const mixed = `<div><h2>最新信息</h2><ul>${articles('/a/', 2)}${articles('/b/', 2)}</ul></div>`;
    const few = `<div><h2>通知公告</h2><ul>${articles('/tzgg/', 2)}</ul></div>`;
    expect(siteLinks(mixed, PAGE).filter((l) => l.role === 'more')).toEqual([]);
    expect(siteLinks(few, PAGE).filter((l) => l.role === 'more')).toEqual([]);
  });

  it("gives each tab pane's 更多 link the tab head in the same place, not the row of heads", () => {
    const html = `<div class="tab-box"><div class="tab-hd"><span>部门动态</span><span>公示通知</span></div><div class="tab-bd">
<div class="tab-pane"><ul>${articles('/col/col1/', 3)}</ul><a class="more" href="/col/col1/index.html">更多</a></div>
<div class="tab-pane"><ul>${articles('/col/col2/', 3)}</ul><a class="more" href="/col/col2/index.html">更多</a></div></div></div>`;
    const more = siteLinks(html, PAGE).filter((l) => l.role === 'more');
    expect(more.map((l) => [l.text, l.url])).toEqual([
      ['部门动态', 'http://site.test/col/col1/index.html'],
      ['公示通知', 'http://site.test/col/col2/index.html'],
      ['部门动态', 'http://site.test/col/col1/'],
      ['公示通知', 'http://site.test/col/col2/'],
    ]);
  });
});

describe('siteLinks: roles of long captions', () => {
  it('takes a long column title on a tile for navigation, and a long caption elsewhere for an item', () => {
    const html = `<ul class="tiles"><li><a href="/tdgy/gyjh/index.html"><span class="name">国有建设用地年度供应计划</span><b>4</b></a></li>
<li><a href="/tdgy/gyjh/art_1.html">国有建设用地年度供应计划公告</a></li><li><a href="/zt/activity.jsp?id=7">国有建设用地年度供应专题活动</a></li></ul>`;
    expect(siteLinks(html, PAGE).map((l) => [l.text, l.role])).toEqual([
      ['国有建设用地年度供应计划', 'nav'],
      ['国有建设用地年度供应计划公告', 'document'],
      ['国有建设用地年度供应专题活动', 'item'],
    ]);
  });
});

describe('siteLinks: stories whose addresses say nothing', () => {
  it('takes a short title alone in a dated row for a story, and the same title as a menu entry for a column', () => {
    const html = `<ul class="menu"><li><a href="/zsgg/">征收土地公告</a></li></ul>
<ul class="news"><li><a href="/zsgg/c1520030.jhtml">征收土地公告</a><span>2026-11-20</span></li>
<li><a href="/tzgg/view.htm?k=8">土地出让公告</a> <em>2026年11月18日</em></li></ul>
<table><tr><td><a href="/xxgk/">信息公开目录</a></td><td>2026-12-01</td></tr></table>`;
    expect(siteLinks(html, PAGE).map((l) => [l.text, l.role])).toEqual([
      ['征收土地公告', 'nav'],
      ['征收土地公告', 'item'],
      ['土地出让公告', 'item'],
      // A folder is a column's address, though its row prints the column's last update.
      ['信息公开目录', 'nav'],
    ]);
  });

  it('takes a title that opens with its year for one year’s notice, not a column', () => {
    const html = `<ul class="side"><li><a href="/gyjh/k12.jhtml">2026年土地供应计划</a></li><li><a href="/gyjh/">土地供应计划</a></li></ul>`;
    expect(siteLinks(html, PAGE).map((l) => [l.text, l.role])).toEqual([
      ['2026年土地供应计划', 'item'],
      ['土地供应计划', 'nav'],
    ]);
  });
});

describe('pageColumnTitle', () => {
  it('is the column named in the page, but no article’s title led by its year', () => {
    expect(pageColumnTitle('<meta name="ColumnName" content="征地公告"><title>x</title>')).toBe('征地公告');
    expect(pageColumnTitle('<title>通知公告_某某市自然资源局</title>')).toBe('通知公告');
    expect(pageColumnTitle('<meta name="ColumnName" content="2026年征收土地公告"><title>x</title>')).toBeNull();
    expect(pageColumnTitle('<title>2026年征收土地公告_某某市自然资源局</title>')).toBeNull();
  });
});

describe('siteLinks: tab heads a script links', () => {
  it('reads a tab head that names its column in data-more, and names the tabs’ one 更多 by the head it opens', () => {
    const html = `<div class="tab"><div class="tab-hd"><ul><li class="current" data-more="/xwdt/002001/moreinfo.html">规划资源动态</li>
<li data-more="/tzgg/moreinfo.html">公告公示专栏</li></ul><a class="more" href="/xwdt/002001/moreinfo.html">更多+</a></div>
<div class="tab-bd"><ul><li><a href="/xwdt/002001/20261217/a1.html">2026年举办不动产登记业务培训</a></li></ul></div></div>
<div class="block"><h3>自然资源政策法规</h3><a class="more" href="/zcfg/moreinfo.html">更多+</a></div>`;
    const links = siteLinks(html, PAGE).filter((l) => l.role !== 'document');
    expect(links.map((l) => [l.text, l.url.replace(PAGE, '/'), l.role])).toEqual([
      ['规划资源动态', '/xwdt/002001/moreinfo.html', 'nav'],
      ['公告公示专栏', '/tzgg/moreinfo.html', 'nav'],
      // The 更多 is the open head's link again, not a block named by the next block's heading.
      ['自然资源政策法规', '/zcfg/moreinfo.html', 'more'],
    ]);
  });
});
