import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/extract/charset.js';

const page = (meta: string) => `<html><head>${meta}</head><body>堃镕 国土资源局 𠮷 €</body></html>`;

describe('decodeBody', () => {
  it('takes the header charset first', () => {
    const d = decodeBody(iconv.encode(page(''), 'gb18030'), 'text/html; charset=GBK');
    expect(d).toMatchObject({ ok: true, charset: 'gb18030', source: 'header' });
    if (d.ok) expect(d.text).toContain('堃镕 国土资源局 𠮷 €');
  });

  it('reads <meta charset> and http-equiv when the header is silent', () => {
    const a = decodeBody(iconv.encode(page('<meta charset="gb2312">'), 'gbk'), 'text/html');
    expect(a).toMatchObject({ ok: true, source: 'meta', charset: 'gb18030' });
    const b = decodeBody(
      iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gbk">'), 'gbk'),
      null,
    );
    expect(b.ok && b.text.includes('堃镕')).toBe(true);
  });

  it('decodes four-byte GB18030 sequences that ICU gbk mangles', () => {
    const d = decodeBody(iconv.encode(page('<meta charset="gbk">'), 'gb18030'), null);
    expect(d.ok && d.text.includes('𠮷')).toBe(true);
  });

  it('honours a BOM over a wrong declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="gbk">'))]);
    expect(decodeBody(bytes, null)).toMatchObject({ ok: true, charset: 'utf-8', source: 'bom' });
  });

  it('falls back to UTF-8, then to GB18030 for undeclared GBK bytes', () => {
    expect(decodeBody(Buffer.from(page('')), null)).toMatchObject({ ok: true, charset: 'utf-8', source: 'default' });
    const d = decodeBody(iconv.encode(page(''), 'gbk'), null);
    expect(d).toMatchObject({ ok: true, charset: 'gb18030', source: 'sniffed' });
  });

  it('names an unknown configured charset instead of guessing', () => {
    expect(decodeBody(Buffer.from('x'), null, 'klingon')).toEqual({
      ok: false,
      reason: 'unknown charset "klingon" in the section\'s hints',
    });
  });
});
