import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { siteLinks } from '../../src/crawl/discover-links.js';
import { captionTitle } from '../../src/crawl/link-captions.js';
import { nameScore } from '../../src/domain/discovery.js';

const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const byKey = (key: string) => categories.find((c) => c.key === key) as (typeof categories)[number];

describe('a caption that runs a count or a date into its title', () => {
  it('is matched by the title before it', () => {
    expect(captionTitle('国有建设用地使用权出让9')).toBe('国有建设用地使用权出让');
    expect(captionTitle('土地供应计划(5)')).toBe('土地供应计划');
    expect(captionTitle('通知公告 12条')).toBe('通知公告');
    expect(captionTitle('征地公告【7】')).toBe('征地公告');
    expect(captionTitle('不动产登记 2026-12-01')).toBe('不动产登记');
  });
  it('keeps a title of digits alone and pager links', () => {
    expect(captionTitle('12345')).toBe('12345');
    expect(captionTitle('第3页')).toBe('第3页');
    expect(captionTitle('2025年报')).toBe('2025年报');
  });
  it('lets a tile with a count name its column', () => {
    const html = `<ul class="tiles"><li><a href="/tdgy/gyjh/"><span class="name">土地供应计划</span><b class="num">5</b></a></li></ul>`;
    const [link] = siteLinks(html, 'http://127.0.0.1/zfxxgk/');
    expect(link?.text).toBe('土地供应计划');
    expect(nameScore(link?.text ?? '', byKey('supply_plan'))).toBe(1);
  });
});

describe('a title made of one category’s item words', () => {
  it('names that category, not another', () => {
    expect(nameScore('通知公示', byKey('notices'))).toBe(0.8);
    expect(nameScore('公示通告', byKey('notices'))).toBe(0.8);
    expect(nameScore('通知公示', byKey('laws_policies'))).toBe(0);
    expect(nameScore('重要通知', byKey('notices'))).toBe(0);
  });
});
