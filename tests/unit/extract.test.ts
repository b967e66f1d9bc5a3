import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDetailDate } from '../../src/extract/detail.js';
import { extractSection, toReading, withDetailDates } from '../../src/extract/extract.js';
import * as pages from '../fixtures/pages.js';

const bytes = (html: string) => new TextEncoder().encode(html);
const extract = (html: string, today = '2026-11-27', extra: Partial<Parameters<typeof extractSection>[0]> = {}) =>
  extractSection({ bytes: bytes(html), today, url: 'http://gtj.example.gov.cn/col/', ...extra });

describe('extractSection on CMS patterns', () => {
  it('reads a TRS table, takes the maximum date rather than the pinned first row, ignores URL dates', () => {
    const x = extract(pages.trsTable);
    expect(x.status).toBe('ok');
    expect(x.family).toBe('trs-wcm');
    expect(x.items).toHaveLength(4);
    expect(x.newest).toBe('2026-03-02');
    expect(x.items[0]?.url).toBe('http://gtj.example.gov.cn/col/201801/t20181102_1.html');
  });

  it('finds a list that only exists inside an HTML comment and ignores 页面生成时间', () => {
    const x = extract(pages.commentedList);
    expect(x.items.map((i) => i.date)).toEqual(['2026-11-17', '2026-07-03', '2026-08-20']);
    expect(x.newest).toBe('2026-11-17');
    expect(x.family).toBe('trs-hycloud');
  });

  it('unwraps Hanweb CDATA record islands and bare dataproxy replies', () => {
    const island = extract(pages.hanwebIsland);
    expect([island.items.length, island.newest, island.family]).toEqual([2, '2026-10-29', 'hanweb-jcms']);
    const reply = extract(pages.dataproxyXml);
    expect([reply.items.length, reply.newest]).toEqual([3, '2026-05-13']);
  });

  it('prefers the 发布日期 column of a catalogue table over 成文日期 and never reads 索引号', () => {
    const x = extract(pages.catalogueTable);
    expect(x.items.map((i) => i.date)).toEqual(['2026-06-10', '2026-05-02']);
    expect(x.newest).toBe('2026-06-10');
  });

  it('takes the newest of relevance-ordered results, not the sidebar of newer links', () => {
    const x = extract(pages.searchResults);
    expect(x.items).toHaveLength(3);
    expect(x.newest).toBe('2026-11-05');
    expect(x.items[x.newestIndex ?? -1]?.provenance?.raw).toBe('发布时间:2026-11-05 16:28:36');
  });

  it('binds a portal to its visible list, not hidden tabs', () => {
    const x = extract(pages.portal);
    expect([x.items.length, x.newest]).toEqual([3, '2026-08-02']);
  });

  it('infers the year of year-less dates safely across New Year, with full-width digits', () => {
    const x = extract(pages.yearless, '2027-01-05');
    expect(x.items.map((i) => i.date)).toEqual(['2027-01-03', '2026-12-30', '2026-12-20']);
    expect(x.newest).toBe('2027-01-03');
  });

  it('reports a JavaScript-rendered list as unparsed with no date', () => {
    const x = extract(pages.scriptRendered);
    expect(x.status).toBe('unparsed');
    expect(x.newest).toBeNull();
    expect(x.note).toMatch(/JavaScript/);
  });

  it('reports a column that says 暂无信息 as blank', () => {
    expect(extract(pages.blankSection).status).toBe('blank');
  });

  it('reports titles without dates as undated and fills them from detail pages', () => {
    const x = extract(pages.undatedList);
    expect([x.status, x.items.length, x.newest]).toEqual(['undated', 3, null]);
    const d = extractDetailDate(bytes(pages.detailPage('2026-10-09')), null, '2026-11-27');
    expect(d?.day).toBe('2026-10-09');
    const filled = withDetailDates(x, new Map([[0, d!]]));
    expect([filled.status, filled.newest]).toEqual(['ok', '2026-10-09']);
  });

  it('flags an anti-bot challenge served with 200', () => {
    const x = extract(pages.challenge);
    expect([x.status, x.challenge]).toEqual(['unparsed', true]);
  });

  it('decodes GBK declared only in <meta>, including GBK-only characters', () => {
    const x = extractSection({
      bytes: iconv.encode(pages.gbkSource, 'gbk'),
      contentType: 'text/html',
      today: '2026-11-27',
    });
    expect(x.charset).toBe('gb18030');
    expect(x.items.map((i) => i.title)).toEqual(['堃镕县征收土地公告', '堃镕县征地补偿安置方案公告']);
    expect(x.newest).toBe('2026-05-13');
  });

  it('uses configured selectors when given, and says so when they match nothing', () => {
    const x = extract(pages.portal, '2026-11-27', { hints: { list: 'ul.list2 > li', date: 'span' } });
    expect([x.items.length, x.newest]).toEqual([4, '2026-09-23']);
    const none = extract(pages.portal, '2026-11-27', { hints: { list: 'ol.nothing > li' } });
    expect(none.status).toBe('unparsed');
    expect(none.note).toContain('ol.nothing > li');
  });

  it('keeps provenance and derives a reading with title years and a stable fingerprint', () => {
    const x = extract(pages.trsTable);
    const r = toReading(x);
    expect(r.newest?.provenance.path).toMatch(/table\.gl_list > tbody > tr:nth-of-type\(2\) > td:nth-of-type\(3\)$/);
    expect(r.titleYears).toEqual([2026]);
    expect(toReading(extract(pages.trsTable)).fingerprint).toBe(r.fingerprint);
    expect(toReading(extract(pages.portal)).fingerprint).not.toBe(r.fingerprint);
  });
});

describe('small pages', () => {
  it('reads a two-item undated list, not the page regions around it', () => {
    const html = `<html><body><div class="header"><h1>某县国土资源局</h1><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="main"><div class="location">当前位置：<a href="/">首页</a></div>
<ul class="doc_list"><li><a href="/d/2.html">2026年土地变更调查成果公示</a></li><li><a href="/d/1.html">2026年国土变更调查主要数据公报</a></li></ul></div>
<div class="footer">暂无</div></body></html>`;
    const x = extract(html);
    expect([x.status, x.items.map((i) => i.url)]).toEqual([
      'undated',
      ['http://gtj.example.gov.cn/d/2.html', 'http://gtj.example.gov.cn/d/1.html'],
    ]);
  });

  it('does not take the navigation of an empty column for its list', () => {
    const nav = ['征地补偿安置方案', '国有建设用地供应计划', '政府信息公开年度报告', '矿业权出让公告']
      .map((t, i) => `<li><a href="/c${i}/">${t}</a></li>`)
      .join('');
    const html = `<html><body><div class="header"><ul class="nav">${nav}</ul></div><div class="main"><ul class="list"></ul><p>暂无信息</p></div></body></html>`;
    expect(extract(html).status).toBe('blank');
  });
});

describe('data sources that report no records', () => {
  it('reads an empty dataproxy reply as a blank column', () => {
    const x = extract(
      '<datastore><totalrecord>0</totalrecord><totalpage>0</totalpage><recordset></recordset></datastore>',
    );
    expect(x.status).toBe('blank');
  });
});
