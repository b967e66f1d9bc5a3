import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { siteLinks } from '../../src/crawl/discover-links.js';
import { narrowerColumn, sourceColumn } from '../../src/crawl/discover-narrower.js';
import { hasOwnList } from '../../src/crawl/discover-portals.js';
import type { Extraction } from '../../src/extract/extract.js';

const ROOT = 'http://127.0.0.1:8080/';
const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const byKey = (key: string) => categories.find((c) => c.key === key) ?? categories[0]!;

describe('a menu entry over a drop-down', () => {
  const menu = `<ul class="menu">
<li><a href="/index.asp">首页</a></li>
<li class="menu_li"><a href="/list.asp?classid=12">新闻动态</a><ul class="subnav"><li><a href="/list.asp?classid=13">自然资源动态信息</a></li><li><a href="/list.asp?classid=14">通知公示信息</a></li></ul></li>
<li><span><a href="/col/col1/">互动交流</a></span><div class="sub"><a href="/col/col1/">局长留言</a><a href="/col/col2/">在线咨询</a></div></li>
<li><a href="/tdsc/">土地市场</a><span class="count">(2)</span></li>
</ul>`;
  const heads = Object.fromEntries(siteLinks(menu, ROOT).map((l) => [l.text, l.heads === true]));

  it('heads a group when its item holds two or more other links', () => {
    expect(heads).toMatchObject({ 新闻动态: true, 自然资源动态信息: false, 首页: false, 土地市场: false });
  });

  it('does not when it opens one of its drop-down’s columns (互动交流 → 局长留言)', () => {
    expect(heads.互动交流).toBe(false);
  });

  it('does not either when the menu writes its addresses relative to the page', () => {
    const relative = `<ul class="menu"><li><a href="zwgk/erji.jsp?wbtreeid=1040">矿产管理</a><ul class="sub-menu">
<li><a href="zwgk/erji.jsp?wbtreeid=1040">矿业权出让转让</a></li><li><a href="zwgk/erji.jsp?wbtreeid=1041">地质环境</a></li></ul></li></ul>`;
    const links = siteLinks(relative, `${ROOT}index.htm`);
    expect(links.find((l) => l.text === '矿产管理')).toMatchObject({ url: `${ROOT}zwgk/erji.jsp?wbtreeid=1040` });
    expect(links.find((l) => l.text === '矿产管理')?.heads).toBeUndefined();
  });
});

describe('a group page whose list merges its columns', () => {
  const groupPage = `<div class="left_lm"><div class="lm_title">新闻动态</div><ul class="lm_list">
<li><a href="/list.asp?classid=13">自然资源动态信息</a></li><li><a href="/list.asp?classid=14">通知公示信息</a></li></ul></div>`;

  it('offers the column its name says, more narrowly, that the homepage does not link', () => {
    const candidate = { category: 'work_news', url: `${ROOT}list.asp?classid=12`, text: '新闻动态', score: 1 };
    const child = narrowerColumn(
      byKey('work_news'),
      candidate,
      siteLinks(groupPage, candidate.url),
      candidate.url,
      new Set(),
      categories,
    );
    expect(child?.url).toBe(`${ROOT}list.asp?classid=13`);
    const linkedHome = new Set([`${ROOT}list.asp?classid=13`]);
    expect(
      narrowerColumn(
        byKey('work_news'),
        candidate,
        siteLinks(groupPage, candidate.url),
        candidate.url,
        linkedHome,
        categories,
      ),
    ).toBeNull();
  });

  it('offers no sibling the same menu lists beside the page’s own entry, nor a neighbour’s column', () => {
    // 国土资源局动态's own page, its side menu listing it beside 基层动态 and 规范性文件 beside 法律法规.
    const columnPage = `<div class="left_lm"><div class="lm_title">政务公开</div><ul class="lm_list">
<li><a href="/list.asp?classid=18">国土资源法律法规</a></li><li><a href="/list.asp?classid=19">规范性文件</a></li></ul></div>`;
    const laws = { category: 'laws_policies', url: `${ROOT}list.asp?classid=18`, text: '国土资源法律法规', score: 0.8 };
    expect(
      narrowerColumn(byKey('laws_policies'), laws, siteLinks(columnPage, laws.url), laws.url, new Set(), categories),
    ).toBeNull();
    const newsGroup = `<div class="left_lm"><div class="lm_title">新闻中心</div><ul class="lm_list">
<li><a href="/list.asp?classid=15">基层动态</a></li></ul></div>`;
    const news = { category: 'work_news', url: `${ROOT}list.asp?classid=9`, text: '新闻中心', score: 0.8 };
    expect(
      narrowerColumn(byKey('work_news'), news, siteLinks(newsGroup, news.url), news.url, new Set(), categories),
    ).toBeNull();
  });

  it('is not taken for a list of its own when its articles’ addresses say nothing of their column', () => {
    const list = (urls: string[]): Extraction =>
      ({
        status: 'ok',
        items: urls.map((url, i) => ({ title: `标题${i}`, url, date: '2026-11-20' })),
      }) as unknown as Extraction;
    const page = (urls: string[], finalUrl = ROOT) => ({
      extraction: list(urls),
      html: '',
      finalUrl,
      unreadable: null,
    });
    expect(hasOwnList(page([`${ROOT}show.asp?id=130001`, `${ROOT}show.asp?id=140002`]))).toBe(false);
    expect(hasOwnList(page([`${ROOT}index.php?a=show&catid=13&id=1`, `${ROOT}index.php?a=show&catid=13&id=2`]))).toBe(
      true,
    );
    expect(hasOwnList(page([`${ROOT}index.php?a=show&catid=13&id=1`, `${ROOT}index.php?a=show&catid=14&id=2`]))).toBe(
      false,
    );
    const filed = [`${ROOT}tzgg/202611/t20261120_1.html`, `${ROOT}tzgg/202611/t20261121_2.html`];
    expect(hasOwnList(page(filed, `${ROOT}tzgg/`))).toBe(true);
    expect(hasOwnList(page(filed, `${ROOT}tzgg.html`))).toBe(true);
  });

  it('is not taken for a list of its own when it shows the newest of one column filed below it', () => {
    const list = (urls: string[]): Extraction =>
      ({
        status: 'ok',
        items: urls.map((url) => ({ title: '规划公示', url, date: '2026-08-14' })),
      }) as unknown as Extraction;
    // A DedeCMS channel page (/ghjs/) showing its column /ghjs/ghgs/'s articles, filed under date folders.
    const articles = [`${ROOT}ghjs/ghgs/2026/0814/7.html`, `${ROOT}ghjs/ghgs/2026/0812/6.html`];
    const at = (finalUrl: string) => ({ extraction: list(articles), html: '', finalUrl, unreadable: null });
    expect(hasOwnList(at(`${ROOT}ghjs/`))).toBe(false);
    expect(hasOwnList(at(`${ROOT}ghjs/ghgs/`))).toBe(true);
    expect(hasOwnList(at(`${ROOT}ghjs/ghgs/list_12_2.html`))).toBe(true);
  });

  it('is not taken for a list of its own when a parent class shows its child class’s articles, which are that class’s', () => {
    const articles = [
      ...Array.from({ length: 9 }, (_, i) => `${ROOT}e/action/ShowInfo.php?classid=13&id=${130070 + i}`),
      `${ROOT}e/action/ShowInfo.php?classid=15&id=150001`,
    ];
    const extraction = {
      status: 'ok',
      items: articles.map((url) => ({ title: '2026年开展耕地保护专项督查', url, date: '2026-12-10' })),
    } as unknown as Extraction;
    const parent = `${ROOT}e/action/ListInfo/?classid=2`;
    const child = `${ROOT}e/action/ListInfo/?classid=13`;
    expect(hasOwnList({ extraction, html: '', finalUrl: parent, unreadable: null })).toBe(false);
    const own = { ...extraction, items: extraction.items.slice(0, 9) } as Extraction;
    expect(hasOwnList({ extraction: own, html: '', finalUrl: child, unreadable: null })).toBe(true);
    const html = `<div class="left"><ul><li><a href="/e/action/ListInfo/?classid=13">国土信息</a></li><li><a href="/e/action/ListInfo/?classid=15">通告栏</a></li></ul></div>`;
    const news = { category: 'work_news', url: parent, text: '新闻动态', score: 0.8 };
    // Nine of ten items are 国土信息's: that class stands for the news the parent's entry named.
    expect(sourceColumn(news, siteLinks(html, parent), articles, categories)).toEqual({
      ...news,
      url: child,
      text: '国土信息',
    });
    // A class titled as another category's column is that one's.
    const notices = html.replace('国土信息', '本局公告');
    expect(sourceColumn(news, siteLinks(notices, parent), articles, categories)).toBeNull();
    // Half and half: the parent's list is no one class's.
    const mixed = articles.map((u, i) => (i % 2 ? u.replace('classid=13', 'classid=15') : u));
    expect(sourceColumn(news, siteLinks(html, parent), mixed, categories)).toBeNull();
  });
});
