import { describe, expect, it } from 'vitest';
import { articleColumn, isDocumentUrl } from '../../src/crawl/link-addresses.js';

const at = (path: string) => articleColumn(new URL(`http://127.0.0.1${path}`));

describe('the column an article is filed under', () => {
  it('is its folder less the date folders CMSs file articles under', () => {
    // TRS 202611/, dated 2026/11/20/, DedeCMS 2026/1217/, 2026-11-20/ and 20261120/.
    for (const path of [
      '/tzgg/202611/t20261120_1.html',
      '/tzgg/2026/11/20/1.html',
      '/tzgg/2026/1217/176.html',
      '/tzgg/2026-11-20/1.html',
      '/tzgg/20261120/1.html',
    ])
      expect(at(path)).toBe('http://127.0.0.1/tzgg/');
  });

  it('keeps folders that are no dates', () => {
    expect(at('/public/1864/col522384/1.html')).toBe('http://127.0.0.1/public/1864/col522384/');
    expect(at('/a/xwzx/gzdt/176.html')).toBe('http://127.0.0.1/a/xwzx/gzdt/');
  });

  it('is none for an article at the site root or a query address', () => {
    expect(at('/2026/1217/176.html')).toBeNull();
    expect(at('/show.asp?id=12')).toBeNull();
  });
});

describe('one document by its address', () => {
  it('is a number of five digits or more as the file name, whatever the CMS’s extension (.jhtml, .shtml)', () => {
    for (const path of ['/zsgg/1520030.jhtml', '/tzgg/850015.shtml', '/news/123456.html'])
      expect(isDocumentUrl(new URL(`http://127.0.0.1${path}`))).toBe(true);
    for (const path of ['/zsgg/index.jhtml', '/tzgg/index_2.jhtml', '/col/col1234/index.html'])
      expect(isDocumentUrl(new URL(`http://127.0.0.1${path}`))).toBe(false);
  });

  it('is a number in a numbered column of a folder named for documents, not a numbered list’s page', () => {
    for (const path of ['/info/1012/3456.htm', '/contents/12/345.html'])
      expect(isDocumentUrl(new URL(`http://127.0.0.1${path}`))).toBe(true);
    for (const path of ['/ywzl/004001/004001002/2.html', '/xwdt/tzgg/12.htm', '/channels/12.html'])
      expect(isDocumentUrl(new URL(`http://127.0.0.1${path}`))).toBe(false);
  });

  it('is a page filed in a month’s or a day’s folder, but not that folder’s index', () => {
    for (const path of ['/a/gtzy/kyq/2025/1108/7.html', '/xxgk/202611/t20261120_1.html', '/2026/11/20/notice.html'])
      expect(isDocumentUrl(new URL(`http://127.0.0.1${path}`))).toBe(true);
    for (const path of ['/2026/11/index.html', '/202611/index_1.html', '/gknb/2025/1.html', '/xxgk/tzgg/'])
      expect(isDocumentUrl(new URL(`http://127.0.0.1${path}`))).toBe(false);
  });
});
