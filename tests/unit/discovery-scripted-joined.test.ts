import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { siteLinks } from '../../src/crawl/discover-links.js';
import { nameScore } from '../../src/domain/discovery.js';

const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const byKey = (key: string) => categories.find((c) => c.key === key) as (typeof categories)[number];
const PAGE = 'http://site.test/xxgk/';

describe('links opened by a script', () => {
  it('reads a javascript: link at the address its onclick opens', () => {
    const html = `<ul class="lm-tree"><li><a href="javascript:void(0);" onclick="window.open('/hdjl/jzxx/')">局长信箱</a></li>
<li><a href="javascript:;" onclick="location.href='c123/index.html'">通知公告</a></li>
<li><a href="#" onclick="window.location = '/zcfg/'">政策法规</a></li></ul>`;
    expect(siteLinks(html, PAGE).map((l) => [l.text, l.url])).toEqual([
      ['局长信箱', 'http://site.test/hdjl/jzxx/'],
      ['通知公告', 'http://site.test/xxgk/c123/index.html'],
      ['政策法规', 'http://site.test/zcfg/'],
    ]);
  });

  it('keeps a real href over a tracker in onclick, and drops a javascript: link that opens nothing', () => {
    const html = `<ul><li><a href="/tzgg/" onclick="window.open('/track?x=1')">通知公告</a></li><li><a href="javascript:toggle(1)">工作动态</a></li></ul>`;
    expect(siteLinks(html, PAGE).map((l) => l.url)).toEqual(['http://site.test/tzgg/']);
  });
});

describe('titles joined by 与/和/及', () => {
  it('names a category by the joined words or by either title, never exactly', () => {
    expect(nameScore('公示与公告', byKey('notices'))).toBe(0.8);
    expect(nameScore('政策法规及解读', byKey('laws_policies'))).toBe(0.8);
    expect(nameScore('通知公告', byKey('notices'))).toBe(1);
  });

  it('does not make a joined title name a category neither part names', () => {
    expect(nameScore('机构与职能', byKey('notices'))).toBe(0);
    expect(nameScore('人事和编制信息', byKey('laws_policies'))).toBe(0);
  });
});
