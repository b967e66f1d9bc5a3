import { describe, expect, it } from 'vitest';
import { relativeLinks, relativePath } from '../../src/sim/relative-links.js';

/** Relative links resolve, from the page they are written on, to the address they stood for (the oracle: the URL standard). */
describe('relative links', () => {
  const cases: [string, string][] = [
    ['/xwdt/tzgg.htm', '/info/1012/120034.htm'],
    ['/xwdt/tzgg/12.htm', '/xwdt/tzgg/11.htm'],
    ['/xwdt/tzgg/12.htm', '/index.htm'],
    ['/index.htm', '/xwdt.htm'],
    ['/zwgk/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1012', '/zwgk/content.jsp?wbnewsid=5'],
    ['/a/b/c.htm', '/a/x/'],
    ['/a/b.htm', '/a/'],
    ['/', '/'],
  ];

  it.each(cases)('from %s writes %s so that it resolves back', (page, target) => {
    const dir = page.split('?')[0]?.replace(/[^/]*$/, '') as string;
    const written = relativePath(dir, target);
    expect(written.startsWith('/')).toBe(false);
    const url = new URL(written, `http://h${page}`);
    expect(url.pathname + url.search).toBe(target);
  });

  it('rewrites only links to the site’s own paths', () => {
    const html =
      '<a href="/xwdt/tzgg.htm">a</a><a class="x" href="http://other.test/">b</a><a href="//cdn.test/x">c</a><link href="/css/a.css">';
    expect(relativeLinks(html, '/xwdt/gzdt.htm')).toBe(
      '<a href="tzgg.htm">a</a><a class="x" href="http://other.test/">b</a><a href="//cdn.test/x">c</a><link href="/css/a.css">',
    );
  });
});
