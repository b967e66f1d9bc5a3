import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findDataEndpoint } from '../../src/extract/data-endpoint.js';
import { extractSection, isListRead } from '../../src/extract/extract.js';
import { blockReason } from '../../src/extract/family.js';
import * as pages from '../fixtures/pages.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const bytes = (html: string) => new TextEncoder().encode(html);
const today = '2026-11-27';
const form = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('Hanweb data endpoints of script-built lists', () => {
  const columnPage = 'http://zrzy.suqian.example.gov.cn/col/col12345/index.html';

  it('names the jpage endpoint of the column unit, not the sidebar unit', () => {
    const x = extractSection({ bytes: fixture('hanweb-jcms-jpage-config.html'), today, url: columnPage });
    expect([x.status, x.reason, x.items.length, x.newest]).toEqual(['unparsed', 'script-list', 0, null]);
    expect(x.endpoint).toEqual({
      kind: 'hanweb-jpage',
      url: 'http://zrzy.suqian.example.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=60&perpage=20',
      method: 'POST',
      body: 'col=1&appid=1&webid=34&path=/&columnid=12345&sourceContentType=1&unitid=54321&webname=%E5%AE%BF%E8%BF%81%E5%B8%82%E8%87%AA%E7%84%B6%E8%B5%84%E6%BA%90%E5%92%8C%E8%A7%84%E5%88%92%E5%B1%80&permissiontype=0',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form(x.endpoint?.body ?? '').webname).toBe('宿迁市自然资源和规划局');
  });

  it('without the page address, takes the longest unit and the SiteDomain meta as base', () => {
    const endpoint = findDataEndpoint(fixture('hanweb-jcms-jpage-config.html').toString('utf8'), '');
    expect(endpoint?.url).toMatch(/^http:\/\/zrzy\.suqian\.example\.gov\.cn\/module\/web\/jpage\/dataproxy\.jsp\?/);
    expect(form(endpoint?.body ?? '')).toMatchObject({ columnid: '12345', unitid: '54321' });
  });

  it('keeps an older site’s proxy path and perpage, and its GBK-encoded site name as written', () => {
    const html = iconv.decode(fixture('hanweb-old-dataproxy-query.html'), 'gbk');
    const endpoint = findDataEndpoint(html, 'http://gtj.example.gov.cn/col/col789/index.html');
    expect(endpoint?.url).toBe(
      'http://gtj.example.gov.cn/module/jpage/dataproxy.jsp?startrecord=1&endrecord=30&perpage=10',
    );
    expect(endpoint?.body).toContain('webid=2&path=/&columnid=789&sourceContentType=1&unitid=1011');
    expect(endpoint?.body).toContain('webname=%C4%B3%CF%D8%B9%FA%CD%C1%D7%CA%D4%B4%BE%D6&');
  });

  it('an inline datastore wins: the records are read and no endpoint is needed', () => {
    const x = extractSection({ bytes: fixture('hanweb-jcms-island-and-config.html'), today });
    expect([x.status, x.items.length, x.newest, x.endpoint, x.via]).toEqual(['ok', 3, '2026-11-24', null, 'page']);
  });

  it('an inline datastore of one record is a list of one, beside the jpage loader that would page it', () => {
    const record = `<li><a href="/article/350001.html">2026年土地变更调查成果公示</a><span>２０２６年０７月１６日</span></li>`;
    const html = `<html><head><meta charset="utf-8"><title>年度变更调查公示</title></head><body><div class="content">
<div id="352144"><script type="text/xml"><datastore><recordset><record><![CDATA[${record}]]></record></recordset></datastore></script></div>
<script>$('#352144').jpage({ totalRecord: 1, perPage: 20, proxyUrl: '/module/web/jpage/dataproxy.jsp' });</script></div></body></html>`;
    const x = extractSection({ bytes: bytes(html), today, url: 'http://127.0.0.1:8080/list_35/' });
    expect([x.status, x.items.length, x.newest]).toEqual(['ok', 1, '2026-07-16']);
  });

  it('a dataproxy reply (bare datastore of CDATA records) extracts as a list', () => {
    const x = extractSection({ bytes: bytes(pages.dataproxyXml), today });
    expect([x.status, x.items.length, x.newest]).toEqual(['ok', 3, '2026-05-13']);
  });

  it('finds nothing on pages without a unit configuration', () => {
    expect(findDataEndpoint(pages.trsTable, 'http://x.gov.cn/')).toBeNull();
    expect(findDataEndpoint('<a href="/s?webId=38&itemCode=1">办事</a>', 'http://x.gov.cn/')).toBeNull();
  });

  // shared/ sits beside the checkout (as in CI).
  const real = path.resolve(
    import.meta.dirname,
    '../../../shared/real-pages/05-jiangxi-sthjt-hanweb-js-only-list.html',
  );
  if (!existsSync(real)) console.warn(`skipping the JPaaS real page: ${real} is not on this machine`);
  it.skipIf(!existsSync(real))('reads the JPaaS loadPageData configuration of real page 05', () => {
    const x = extractSection({ bytes: readFileSync(real), today });
    expect([x.status, x.reason, x.newest, x.items.length]).toEqual(['unparsed', 'script-list', null, 0]);
    expect(x.endpoint?.url).toBe(
      'http://sthjt.jiangxi.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15',
    );
    expect(form(x.endpoint?.body ?? '')).toMatchObject({
      unitid: '380055',
      columnid: '42150',
      webname: '江西省生态环境厅',
    });
  });
});

describe('why a page was not read', () => {
  it('a client template without an endpoint is still a script-built list', () => {
    const x = extractSection({ bytes: fixture('vue-template-list.html'), today });
    expect([x.status, x.reason, x.endpoint]).toEqual(['unparsed', 'script-list', null]);
  });

  it('a page with no list and no script signal is no-list', () => {
    const x = extractSection({
      bytes: bytes('<html><body><h1>机构职能</h1><p>负责全市土地资源管理。</p></body></html>'),
      today,
    });
    expect([x.status, x.reason]).toEqual(['unparsed', 'no-list']);
  });

  it('isListRead: read lists and lists that say they are empty count; unparsed pages do not', () => {
    const ok = extractSection({ bytes: bytes(pages.trsTable), today });
    const blank = extractSection({ bytes: bytes(pages.blankSection), today });
    const script = extractSection({ bytes: fixture('vue-template-list.html'), today });
    expect([ok.status, blank.status, script.status]).toEqual(['ok', 'blank', 'unparsed']);
    expect([isListRead(ok), isListRead(blank), isListRead(script), isListRead({ status: 'undated' })]).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });
});

describe('blockReason', () => {
  const ruishu = '<html><head><meta content="a1b2c3" r="m"><script r="m">var _$ab=1;</script></head></html>';
  it.each([
    [412, ruishu, 'challenge'],
    [200, ruishu, 'challenge'],
    [412, '', 'challenge'],
    [200, '<script>document.cookie="__jsl_clearance=1"</script>', 'challenge'],
    [429, '', 'rate-limited'],
    [503, '<h1>Service Temporarily Unavailable</h1>', 'rate-limited'],
    [200, '<p>您的访问过于频繁，请稍后再试</p>', 'rate-limited'],
    [403, '<form><img src="/captcha.jpg"><input name="code" placeholder="请输入验证码"></form>', 'captcha'],
    [200, '<div id="nc_1_wrapper">请拖动滑块完成安全验证</div>', 'captcha'],
    [403, '<h1>403 Forbidden</h1>', 'forbidden'],
    [null, null, 'forbidden'],
  ] as const)('status %s → %s', (status, html, want) => {
    expect(blockReason(status, html)).toBe(want);
  });
});
