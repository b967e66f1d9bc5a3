import { describe, expect, it } from 'vitest';
import { splashTarget } from '../../src/crawl/discover-splash.js';
import { isDocumentUrl } from '../../src/crawl/link-addresses.js';

const ROOT = 'http://127.0.0.1:8080/';
const splash = (way: string) =>
  `<html><head><title>某县自然资源局</title></head><body><div class="banner"><img src="/images/banner.jpg"></div>${way}<p>备案号：<a href="https://beian.miit.gov.cn/">ICP备12345678号</a></p></body></html>`;

describe('a splash page (引导页)', () => {
  it.each([
    ['a 进入主站 link', '<a href="/index.php">进入主站</a>', 'http://127.0.0.1:8080/index.php'],
    [
      'an image link with alt',
      '<a href="main.html"><img src="/images/enter.gif" alt="进入网站"></a>',
      'http://127.0.0.1:8080/main.html',
    ],
    [
      'an image link without words',
      '<a href="/index.asp"><img src="/images/enter.gif"></a>',
      'http://127.0.0.1:8080/index.asp',
    ],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=/main.asp">', 'http://127.0.0.1:8080/main.asp'],
    [
      'a script and a fallback link',
      `<script type="text/javascript">window.location.href='/index.php';</script><p>请<a href="/index.php">点击这里进入</a></p>`,
      'http://127.0.0.1:8080/index.php',
    ],
  ])('leads in by %s', (_, way, expected) => {
    expect(splashTarget(splash(way), ROOT)).toBe(expected);
  });

  it('is not a homepage whose scripts set location in handlers, nor a page leading off the site', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/c${i}/">栏目${i}</a></li>`).join('');
    const homepage = `<ul class="nav">${menu}</ul><script>function go(u){ window.location.href='/search/'; }</script>`;
    expect(splashTarget(homepage, ROOT)).toBeNull();
    expect(splashTarget(splash('<a href="http://127.0.0.2/">进入主站</a>'), ROOT)).toBeNull();
    expect(splashTarget(splash('<a href="/">进入主站</a>'), ROOT)).toBeNull();
  });
});

describe('a CMS document at a query-string address', () => {
  it.each([
    ['/plus/view.php?aid=1042', true],
    ['/show.asp?id=12', true],
    ['/Article/ShowArticle.asp?ArticleID=7', true],
    ['/index.php?m=content&c=index&a=show&catid=23&id=1042', true],
    ['/index.php?m=content&c=index&a=lists&catid=23', false],
    ['/plus/list.php?tid=7', false],
    ['/Article/ShowClass.asp?ClassID=12', false],
    ['/list.asp?classid=12', false],
  ])('%s is a document: %s', (path, expected) => {
    expect(isDocumentUrl(new URL(path, ROOT))).toBe(expected);
  });
});
