import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day.js';
import { findDataEndpoint } from '../../src/extract/data-endpoint.js';
import { extractDetailDate } from '../../src/extract/detail.js';
import { extractSection } from '../../src/extract/extract.js';
import { numberForms, shownDate, todayArb } from '../fixtures/date-arbitraries.js';

const RUNS = { numRuns: 250 };
const encode = (s: string) => new TextEncoder().encode(s);

/** Pieces of the page structures the extractor meets, in any order and nesting, with dates of every form. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  shownDate.map((d) => d.text),
  fc.constantFrom(
    '<ul class="list">',
    '</ul>',
    '<table class="gl_list"><tr><th>名称</th><th>发布日期</th></tr>',
    '</table>',
    '<tr><td>',
    '</td><td>',
    '</td></tr>',
    '<li><a href="/art/2026/1.html" title="关于土地征收的公告">关于土地征收的公告</a><span>',
    '</span></li>',
    '<div class="footer">更新时间：',
    '</div>',
    '<!--',
    '-->',
    "<script>document.write('",
    "')</script>",
    '<script>var data = [{title:"国有建设用地供应计划", url:"/a.html", time:"',
    '"}];</script>',
    '<script type="text/xml"><datastore><recordset><record><![CDATA[',
    ']]></record></recordset></datastore></script>',
    "<script>$('#1').jpage({perPage:15, ajaxParam:{webid:1,columnid:2,unitid:3}})</script>",
    '<script type="text/x-handlebars-template">{{#each data}}<li>{{title}}</li>{{/each}}</script>',
    '暂无信息',
    '<meta name="others" content="页面生成时间 ',
    '">',
  ),
  fc.string({ maxLength: 20 }),
);
const noise = fc.array(fragment, { maxLength: 20 }).map((parts) => parts.join(''));

/** One of the list structures, with items dated in any of the shown forms (future and impossible dates too). */
const list: fc.Arbitrary<string> = fc
  .record({
    form: fc.constantFrom('ul', 'table', 'write', 'datastore', 'records', 'comment'),
    rows: fc.array(fc.record({ title: fc.string({ minLength: 1, maxLength: 12 }), date: shownDate }), {
      minLength: 1,
      maxLength: 8,
    }),
  })
  .map(({ form, rows }) => {
    const safe = (s: string) => s.replace(/[<>&'"\\]/g, '');
    const li = rows.map(
      (r, i) => `<li><a href="/a/${i}.html">公告${safe(r.title)}</a><span>${r.date.text}</span></li>`,
    );
    if (form === 'ul') return `<ul class="list">${li.join('')}</ul>`;
    if (form === 'comment') return `<ul><!--${li.join('')}--></ul>`;
    if (form === 'write') return `<ul>${li.map((l) => `<script>document.write('${l}')</script>`).join('')}</ul>`;
    if (form === 'datastore')
      return `<datastore><recordset>${li.map((l) => `<record><![CDATA[${l}]]></record>`).join('')}</recordset></datastore>`;
    if (form === 'records')
      return `<script>var data = [${rows.map((r, i) => `{title:'公告${safe(r.title)}', url:'/a/${i}.html', time:'${r.date.text}'}`).join(',')}];</script>`;
    return `<table>${rows.map((r, i) => `<tr><td><a href="/a/${i}.html">公告${safe(r.title)}</a></td><td>${r.date.text}</td></tr>`).join('')}</table>`;
  });
const page = fc.tuple(noise, fc.option(list), noise).map(([a, b, c]) => `${a}${b ?? ''}${c}`);

describe('extractSection properties', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), todayArb, (bytes, today) => {
        extractSection({ bytes, today });
        extractDetailDate(bytes, null, today);
      }),
      RUNS,
    );
  });

  it('on page-like HTML: never throws, never dates after tomorrow, every date shown in the page', () => {
    fc.assert(
      fc.property(page, todayArb, (html, today) => {
        const x = extractSection({ bytes: encode(html), today, url: 'http://gtj.example.gov.cn/col/' });
        // The page's text as a reader sees it, tags and spaces gone: what a date's raw text must come from.
        const unspaced = (t: string) =>
          t
            .replace(/<!\[CDATA\[|\]\]>/g, '')
            .normalize('NFKC')
            .replace(/\s+/g, '');
        const shown = unspaced(html.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<(?=[a-zA-Z/!?])[^>]*>/g, ''));
        for (const item of x.items) {
          if (!item.date) continue;
          expect(item.date <= addDays(today, 1)).toBe(true);
          expect(item.provenance).not.toBeNull();
          const raw = item.provenance?.raw ?? '';
          // The text the date was read from is in the page, and so is the date's day of the month.
          expect(shown).toContain(unspaced(raw));
          expect(numberForms(Number(item.date.slice(8))).some((f) => raw.includes(f))).toBe(true);
        }
        if (x.newest !== null) expect(x.items.some((i) => i.date === x.newest)).toBe(true);
        if (x.status === 'unparsed') expect(['script-list', 'no-list']).toContain(x.reason);
        else expect(x.endpoint).toBeNull();
      }),
      RUNS,
    );
  });

  it('findDataEndpoint never throws and always names a dataproxy.jsp POST when it names anything', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('', 'http://x.gov.cn/col/col2/index.html', 'not a url'), (html, url) => {
        const endpoint = findDataEndpoint(html, url);
        if (!endpoint) return;
        expect(endpoint.method).toBe('POST');
        expect(endpoint.url).toMatch(/dataproxy\.jsp\?startrecord=1&endrecord=\d+&perpage=\d+$/);
        expect(endpoint.body).toMatch(/(^|&)unitid=\d+(&|$)/);
      }),
      RUNS,
    );
  });
});
