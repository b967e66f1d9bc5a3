import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { isPortalLink, nameScore, rankCandidates } from '../../src/domain/discovery.js';
import { GAPPED_SCORE, holdsTitleWithGap } from '../../src/domain/title-words.js';

/**
 * Titles that sit close to a category's own: a neighbour column's (lesser titles), a listed title with a
 * qualifier put in, and a title whose listed words name only its kind. Each labelled by hand with the
 * column it is on the site it was seen on.
 */
const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const byKey = (key: string) => categories.find((c) => c.key === key) ?? categories[0]!;
const nav = (text: string, path: string) => ({ text, url: `http://127.0.0.1/${path}/`, role: 'nav' as const });
const ranked = (category: string, links: ReturnType<typeof nav>[]) =>
  (rankCandidates(links, categories, 6).get(category) ?? []).map((c) => c.text);

describe('a neighbour column’s title', () => {
  it('ranks below the bureau’s own column beside it', () => {
    // 基层动态 is the townships' news, 政策解读 interprets the 政策文件, 征地批复 is the approval.
    expect(ranked('work_news', [nav('基层动态', 'jcdt'), nav('国土资源局动态', 'gzdt')])).toEqual([
      '国土资源局动态',
      '基层动态',
    ]);
    expect(ranked('laws_policies', [nav('政策解读', 'zcjd'), nav('政策文件库', 'zcwj')])).toEqual([
      '政策文件库',
      '政策解读',
    ]);
    expect(ranked('expro_notice', [nav('征地批复文件', 'pfwj'), nav('征收土地批准公告', 'zdgg')])).toEqual([
      '征收土地批准公告',
      '征地批复文件',
    ]);
  });

  it('still names the category where the site has no column of its own titles', () => {
    expect(nameScore('政策解读', byKey('laws_policies'))).toBeGreaterThan(0);
    expect(nameScore('基层动态', byKey('work_news'))).toBeGreaterThan(0);
  });
});

describe('a listed title with a qualifier put in', () => {
  const gapped: [string, string][] = [
    ['征收土地批准公告', 'expro_notice'],
    ['征地批后实施公告', 'expro_notice'],
    ['信息公开年度工作报告', 'disclosure_basics'],
  ];
  it.each(gapped)('%s → %s', (title, key) => {
    expect(nameScore(title, byKey(key))).toBe(0);
    expect(holdsTitleWithGap(title, byKey(key), categories)).toBe(true);
    expect(ranked(key, [nav(title, 'x')])).toEqual([title]);
    expect(rankCandidates([nav(title, 'x')], categories).get(key)?.[0]?.score).toBe(GAPPED_SCORE);
  });

  it('reads the listed title with its qualifier left out, and a word put in that the category’s own titles hold', () => {
    // 土地利用〔总体〕规划 without 总体; 挂牌 is land_auction's word, and mining's own 采矿权挂牌出让公告 holds it.
    expect(holdsTitleWithGap('土地利用规划', byKey('plans'), categories)).toBe(true);
    expect(holdsTitleWithGap('矿业权挂牌出让', byKey('mining_rights'), categories)).toBe(true);
  });

  it('is no gap when the word put in is another category’s, or a one-character prefix', () => {
    // The result of an auction is its own column; a 预公告 is the notice before the 征地公告.
    expect(holdsTitleWithGap('土地出让结果公告', byKey('land_auction'), categories)).toBe(false);
    expect(holdsTitleWithGap('征收土地预公告', byKey('expro_notice'), categories)).toBe(false);
  });
});

describe('a title whose listed words name only its kind', () => {
  it('is also read by its subject’s words', () => {
    // 公告公示 is a 通知公告 title; the subject 土地征收 says the column is the 征地公告's.
    expect(nameScore('土地征收公告公示', byKey('notices'))).toBeGreaterThan(0);
    expect(ranked('expro_notice', [nav('土地征收公告公示', 'tdzs')])).toEqual(['土地征收公告公示']);
  });
});

describe('a title whose subject says nothing', () => {
  it('is read whole: 网上公示 and 信息公告 are notices, whatever 网上 and 信息 do not say', () => {
    expect(ranked('notices', [nav('网上公示', 'wsgs')])).toEqual(['网上公示']);
    expect(ranked('notices', [nav('信息公告', 'xxgg')])).toEqual(['信息公告']);
  });

  it('reads the older words of a column (征用土地公告, before 2004 征收)', () => {
    expect(ranked('expro_notice', [nav('征用土地公告', 'zydgg')])).toEqual(['征用土地公告']);
  });
});

describe('a portal’s title', () => {
  it('names no column by being part of its title (政务公开 of 政务公开年报)', () => {
    expect(nameScore('政务公开', byKey('disclosure_basics'))).toBe(0);
  });
});

describe('a 公开 page that is one report', () => {
  it('is no portal to follow', () => {
    expect(isPortalLink('信息公开年度工作报告')).toBe(false);
    expect(isPortalLink('政府信息公开')).toBe(true);
  });
});
