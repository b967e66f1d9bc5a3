import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { bestProposals } from '../../src/crawl/discover.js';
import { itemFit, MIN_ITEM_FIT, nameScore, rankCandidates } from '../../src/domain/discovery.js';

const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;
const cat = (key: string) => {
  const c = categories.find((x) => x.key === key);
  if (!c) throw new Error(key);
  return c;
};

describe('matching columns by name and by their items', () => {
  it('scores a link text by the category name and its synonyms', () => {
    expect(nameScore('供地计划', cat('supply_plan'))).toBe(1);
    expect(nameScore('2026年国有建设用地供应计划', cat('supply_plan'))).toBe(0.8);
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
