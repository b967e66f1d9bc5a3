import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { siteLinks } from '../../src/crawl/discover-links.js';
import { siteNameOf } from '../../src/crawl/discover-portals.js';
import {
  holdsColumnTitle,
  isArchiveTitle,
  isPortalLink,
  portalRank,
  rankCandidates,
} from '../../src/domain/discovery.js';

/** Pages of a department's sub-site on a city portal's 集约化 platform, as discovery meets them. */

const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const PAGE = 'http://site.test/';
const rows = (dir: string) =>
  [1, 2, 3].map((i) => `<li><a href="${dir}art_${i}.html">第${i}条公开信息的标题有点长</a></li>`).join('');

describe('a tab box whose captions only switch panes', () => {
  const box = (head: (title: string, k: number) => string) =>
    `<div class="tab-box"><ul class="tab-hd">${['本机关通知公告', '部门工作动态'].map(head).join('')}</ul><div class="tab-bd">
<div class="tab-con" id="t_0"><ul>${rows('/bm/0503/')}</ul><div class="more"><a href="/bm/0503/index.html">更多&gt;&gt;</a></div></div>
<div class="tab-con" id="t_1" style="display:none"><ul>${rows('/bm/0502/')}</ul><div class="more"><a href="/bm/0502/index.html">more</a></div></div></div></div>`;
  const named = (html: string) =>
    siteLinks(html, PAGE)
      .filter((l) => l.role === 'more')
      .map((l) => [l.text, new URL(l.url).pathname]);
  const expected = [
    ['本机关通知公告', '/bm/0503/index.html'],
    ['部门工作动态', '/bm/0502/index.html'],
    ['本机关通知公告', '/bm/0503/'],
    ['部门工作动态', '/bm/0502/'],
  ];

  it('names each pane’s 更多 (in a box of its own) by the caption in its place, the caption a javascript: link', () => {
    const html = box((t, k) => `<li><a href="javascript:void(0);" onclick="tabSwitch('t',${k})">${t}</a></li>`);
    expect(named(html)).toEqual(expected);
  });

  it('and when the caption is the list item’s own text, switched on mouseover', () => {
    expect(named(box((t, k) => `<li onmouseover="tabSwitch('t',${k})">${t}</li>`))).toEqual(expected);
  });
});

describe('a numbered 信息公开目录', () => {
  it('names an entry by its title, not by the code before it', () => {
    const html = `<ul class="ml-sub"><li><a href="/bm/0203/index.html"><span class="ml-code">0203</span>本部门政策文件</a></li><li><a href="/bm/0302/">2026年度供地计划</a></li></ul>`;
    expect(siteLinks(html, PAGE).map((l) => l.text)).toEqual(['本部门政策文件', '2026年度供地计划']);
  });
});

describe('an archive of a column', () => {
  it('is never a candidate, whatever its name says', () => {
    expect(isArchiveTitle('征地批复公告（2020年以前）')).toBe(true);
    expect(isArchiveTitle('通知公告(历史)')).toBe(true);
    expect(isArchiveTitle('历史信息')).toBe(true);
    expect(isArchiveTitle('征地批复公告')).toBe(false);
    expect(isArchiveTitle('2020年征地批复公告')).toBe(false);
    expect(isArchiveTitle('历史文化名城保护规划')).toBe(false);
    const ranked = rankCandidates(
      [
        { text: '征地批复公告（2020年以前）', url: `${PAGE}old/`, role: 'nav' },
        { text: '征地批复', url: `${PAGE}zdpf/`, role: 'nav' },
      ],
      categories,
    );
    expect(ranked.get('expro_notice')?.map((c) => c.url)).toEqual([`${PAGE}zdpf/`]);
  });
});

describe('portal pages of a department site', () => {
  it('are 目录 and 公开 pages, not the guide, the rules or a column named like a portal', () => {
    expect(isPortalLink('部门信息公开目录')).toBe(true);
    expect(portalRank('部门信息公开目录')).toBeLessThan(portalRank('政务公开'));
    expect(isPortalLink('信息公开指南')).toBe(false);
    expect(isPortalLink('政府信息公开制度')).toBe(false);
    expect(holdsColumnTitle('不动产登记信息公开', categories)).toBe(true);
    expect(holdsColumnTitle('重点领域信息公开', categories)).toBe(false);
    expect(holdsColumnTitle('部门信息公开', categories)).toBe(false);
  });

  it('know the site by its own name, to find its entry among the departments', () => {
    expect(siteNameOf('<meta name="SiteName" content="某市自然资源局"><title>首页_x</title>')).toBe('某市自然资源局');
    expect(siteNameOf('<title>首页_某市自然资源和规划局</title>')).toBe('某市自然资源和规划局');
    expect(siteNameOf('<title>首页</title>')).toBeNull();
  });
});
