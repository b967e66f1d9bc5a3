import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { bestProposals } from '../../src/crawl/discover.js';
import { pageColumnTitle, siteLinks } from '../../src/crawl/discover-links.js';
import {
  assignColumns,
  itemFit,
  MIN_ITEM_FIT,
  nameScore,
  rankCandidates,
  relativeFit,
} from '../../src/domain/discovery.js';

const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const cat = (key: string) => {
  const c = categories.find((x) => x.key === key);
  if (!c) throw new Error(key);
  return c;
};

describe('matching columns by name and by their items', () => {
  it('scores a link text by the category name and its synonyms', () => {
    expect(nameScore('供地计划', cat('supply_plan'))).toBe(1);
    // Held in a longer title: 0.8, and up to 0.85 the more of that title the listed one is.
    const held = nameScore('2026年国有建设用地供应计划', cat('supply_plan'));
    expect(held).toBeGreaterThanOrEqual(0.8);
    expect(held).toBeLessThan(0.85);
    expect(nameScore('矿权交易信息', cat('mining_rights'))).toBe(0);
  });

  it('gives each address to its best category only', () => {
    const ranked = rankCandidates(
      [
        { text: '征地补偿安置公告', url: 'http://a/zdbc/' },
        { text: '征地公告', url: 'http://a/zdgg/' },
      ],
      [cat('expro_notice'), cat('compensation_plan')],
    );
    expect(ranked.get('compensation_plan')?.[0]?.url).toBe('http://a/zdbc/');
    expect(ranked.get('expro_notice')?.[0]?.url).toBe('http://a/zdgg/');
  });

  it('measures how many item titles use the category words', () => {
    const auctions = [
      '2026年第3批国有建设用地使用权挂牌出让公告',
      '国有建设用地使用权拍卖出让公告',
      '关于调整办公时间的通知',
    ];
    expect(itemFit(auctions, cat('land_auction'))).toBeCloseTo(2 / 3);
    expect(itemFit(auctions, cat('compensation_plan'))).toBe(0);
    expect(itemFit(auctions, cat('work_news'))).toBeNull();
    expect(itemFit([], cat('land_auction'))).toBeNull();
    expect(MIN_ITEM_FIT).toBeLessThan(2 / 3);
  });

  it('gives a confirmed address to one category only, the stronger claim', () => {
    const proposal = (category: string, confidence: number, fit: number) => ({
      category,
      url: 'http://a/zdgk/zdgg/',
      confidence,
      confirmed: true,
      evidence: { linkText: '征收土地公告', status: 'ok', items: 20, sample: [], fit, by: 'name' as const },
    });
    const best = bestProposals({
      homepage: 'http://a/',
      pagesFetched: 3,
      proposals: [proposal('expro_prenotice', 0.8, 0.56), proposal('expro_notice', 1, 1)],
      notFound: [],
    });
    expect([...best.keys()]).toEqual(['expro_notice']);
  });
});

describe('close categories and how links are weighed', () => {
  const titles = {
    prenotice: ['关于拟征收土地的预公告', '征收土地预公告（2026第3号）', '拟征收土地告知书'],
    notice: ['征收土地公告（2026第5号）', '征地批复公告', '征收土地方案公告'],
    auction: ['国有建设用地使用权挂牌出让公告', '国有建设用地使用权拍卖出让公告', '土地招拍挂出让公告'],
    result: ['国有建设用地使用权挂牌出让结果公示', '土地出让成交结果', '划拨供地结果公示'],
    compensation: ['征地补偿安置方案公告', '征地补偿安置方案公示', '补偿安置标准公告'],
  };
  const pairs: [keyof typeof titles, string, string][] = [
    ['prenotice', 'expro_prenotice', 'expro_notice'],
    ['notice', 'expro_notice', 'expro_prenotice'],
    ['auction', 'land_auction', 'land_transfer_result'],
    ['result', 'land_transfer_result', 'land_auction'],
    ['compensation', 'compensation_plan', 'expro_notice'],
  ];
  for (const [list, own, close] of pairs) {
    it(`puts a ${own} list ahead of ${close} by the words only one of them uses`, () => {
      const mine = relativeFit(titles[list], cat(own), categories) ?? 0;
      const theirs = relativeFit(titles[list], cat(close), categories) ?? 0;
      expect(mine).toBeGreaterThan(theirs);
    });
  }

  it('gives an address to the stronger claim and lets the loser keep its next-best', () => {
    const won = assignColumns([
      { category: 'expro_prenotice', url: 'http://a/zdgg/', strength: 0.7 },
      { category: 'expro_notice', url: 'http://a/zdgg/index.html', strength: 0.9 },
      { category: 'expro_prenotice', url: 'http://a/ygg/', strength: 0.6 },
    ]);
    expect(won.get('expro_notice')?.url).toBe('http://a/zdgg/index.html');
    expect(won.get('expro_prenotice')?.url).toBe('http://a/ygg/');
  });

  it('matches a title with its words in another order, not one with a character more', () => {
    // The whole title, reordered: as close as a held title can be.
    expect(nameScore('公告通知', cat('notices'))).toBeCloseTo(0.85, 6);
    expect(nameScore('土地征收公告', cat('expro_notice'))).toBeCloseTo(0.85, 6);
    // A character more is another title: 征收土地预公告 names 征地公告 only as the lesser title it is listed as.
    expect(nameScore('征收土地预公告', { ...cat('expro_notice'), lesserTitles: [] })).toBe(0);
    expect(nameScore('征收土地预公告', cat('expro_notice'))).toBeCloseTo(0.7, 6);
  });

  it('names a category more closely by a title that holds more of a listed one', () => {
    // 不动产登记公告 (a synonym) is 7 of 11 characters of the first; 不动产登记 is 5 of 9 of the second.
    const notices = nameScore('不动产登记公告信息发布', cat('real_estate_reg'));
    const fees = nameScore('不动产登记收费标准', cat('real_estate_reg'));
    expect(notices).toBeCloseTo(0.8 + 0.05 * (7 / 11), 6);
    expect(fees).toBeCloseTo(0.8 + 0.05 * (5 / 9), 6);
  });

  it('matches a title cut short by … to the names it starts', () => {
    expect(nameScore('征地补偿…', cat('compensation_plan'))).toBe(0.8);
    expect(nameScore('征地公告…', cat('expro_notice'))).toBe(0.8);
    expect(nameScore('通知…', cat('notices'))).toBe(0);
  });

  it('names a 更多 link by its block, and tells documents and pagers from columns', () => {
    const html = `<div class="bk"><div class="bk-title"><span>征收信息</span><a href="/zdgk/zdgg/">更多&gt;&gt;</a></div>
<ul><li><a href="/zdgk/zdgg/art_3.html">全市征地工作推进会议召开</a></li><li><a href="/xzzx/bz.doc">征地补偿标准下载</a></li></ul></div>
<ul class="nav"><li><a href="/tzgg/">公告通知</a></li></ul><div class="page"><a href="/tzgg/index_2.html">下一页</a></div>`;
    const links = siteLinks(html, 'http://a/');
    expect(links.map((l) => [l.text, new URL(l.url).pathname, l.role])).toEqual([
      ['征收信息', '/zdgk/zdgg/', 'more'],
      ['全市征地工作推进会议召开', '/zdgk/zdgg/art_3.html', 'document'],
      ['征地补偿标准下载', '/xzzx/bz.doc', 'document'],
      ['公告通知', '/tzgg/', 'nav'],
    ]);
    expect(pageColumnTitle('<meta name="ColumnName" content="征收信息"><title>x_y</title>')).toBe('征收信息');
    expect(pageColumnTitle('<title>征地批后公告_某县自然资源局</title>')).toBe('征地批后公告');
  });
});
