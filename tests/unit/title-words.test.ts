import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { nameScore, rankCandidates } from '../../src/domain/discovery.js';
import { categoryByWords, WORD_SCORE } from '../../src/domain/title-words.js';

/**
 * Column titles indicators.yaml does not list, each labelled by hand with the column it is on the site
 * it was seen on (or null: a column no category is, or one whose words name two categories alike).
 */
const categories = loadConfig({ dir: DEFAULT_CONFIG_DIR }).categories;

const LABELLED: [string, string | null][] = [
  ['矿权交易信息', 'mining_rights'],
  ['矿业权审批出让信息公开', 'mining_rights'],
  ['不动产统一登记', 'real_estate_reg'],
  ['政府信息公开工作报告', 'disclosure_basics'],
  ['国有土地使用权招拍挂出让公告', 'land_auction'],
  ['土地使用权出让结果信息', 'land_transfer_result'],
  ['办件指南', 'service_guide'],
  // The notice's kind after the subject (公示) says how, not what.
  ['规划管理公示', 'plans'],
  // Columns of no watched category.
  ['地质灾害防治', null],
  ['耕地保护', null],
  ['人事信息', null],
  ['测绘地理信息', null],
  // 征地 and 审批 say two categories as much as each other: no guess.
  ['征地审批信息', null],
];

describe('a column title told by its words', () => {
  it.each(LABELLED)('%s → %s', (title, expected) => {
    expect(categories.every((c) => nameScore(title, c) === 0)).toBe(true);
    expect(categoryByWords(title, categories)).toBe(expected);
  });

  it('ranks below a listed title of the same category', () => {
    const ranked = rankCandidates(
      [
        { text: '矿权交易信息', url: 'http://127.0.0.1/kqjy/', role: 'nav' },
        { text: '矿业权出让', url: 'http://127.0.0.1/kyqcr/', role: 'nav' },
      ],
      categories,
    );
    const mining = ranked.get('mining_rights') ?? [];
    expect(mining.map((c) => [c.url, c.score])).toEqual([
      ['http://127.0.0.1/kyqcr/', 1],
      ['http://127.0.0.1/kqjy/', WORD_SCORE],
    ]);
  });

  it('is not read from a story in a list, which mentions any column’s words', () => {
    const ranked = rankCandidates(
      [{ text: '矿权交易信息', url: 'http://127.0.0.1/art/1.html', role: 'item' }],
      categories,
    );
    expect(ranked.get('mining_rights')).toBeUndefined();
  });
});
