import { describe, expect, it } from 'vitest';
import { checkBureauIds } from '../../src/config/bureau-ids.js';
import { closest, editDistance } from '../../src/config/closest.js';

const config = {
  bureaus: [
    { id: 'sd', name: '山东省自然资源厅' },
    { id: 'sd-linyi', name: '临沂市国土资源局' },
    { id: 'sd-linqing', name: '临清市自然资源局' },
    { id: 'sd-jinan', name: '济南市自然资源和规划局' },
    { id: 'zj-hangzhou', name: '杭州市规划和自然资源局' },
  ],
};

describe('checkBureauIds: an unknown --bureau id is explained', () => {
  it('says nothing when every id is known', () => {
    expect(checkBureauIds(config, ['sd-linyi', 'sd'])).toBeUndefined();
    expect(checkBureauIds(config, [])).toBeUndefined();
  });

  it('suggests the closest ids for a typo, nearest first', () => {
    expect(checkBureauIds(config, ['sd-liny'])).toBe('unknown bureau id "sd-liny": did you mean "sd-linyi"?');
    expect(checkBureauIds(config, ['sd-lniyi'])).toBe('unknown bureau id "sd-lniyi": did you mean "sd-linyi"?');
    expect(checkBureauIds(config, ['sd-lin'])).toBe(
      'unknown bureau id "sd-lin": did you mean "sd-linyi" or "sd-linqing"?',
    );
  });

  it('answers a name, or part of one, with its id', () => {
    expect(checkBureauIds(config, ['临沂市国土资源局'])).toBe(
      'unknown bureau id "临沂市国土资源局": did you mean "sd-linyi"?',
    );
    expect(checkBureauIds(config, ['杭州'])).toBe('unknown bureau id "杭州": did you mean "zj-hangzhou"?');
  });

  it('says so when nothing is close, and lists each unknown id once', () => {
    expect(checkBureauIds(config, ['beijing', 'sd', 'beijing', 'sd-jnan'])).toBe(
      'unknown bureau id "beijing": no configured id is close to it (5 bureaus are configured)\n' +
        'unknown bureau id "sd-jnan": did you mean "sd-jinan"?',
    );
  });
});

describe('closest and editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('notices', 'notices')).toBe(0);
    expect(editDistance('notice', 'notices')).toBe(1);
    expect(editDistance('notixes', 'notices')).toBe(1);
    expect(editDistance('ntoices', 'notices')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('工作动态', '工作动向')).toBe(1);
  });

  it('keeps only names within a third of the length, or containing the name', () => {
    expect(closest('work_new', ['work_news', 'notices', 'homepage'])).toEqual(['work_news']);
    expect(closest('zzz', ['work_news', 'notices'])).toEqual([]);
    expect(closest('sd-linyi-city', ['sd', 'sd-linyi', 'zj'])).toEqual(['sd-linyi', 'sd']);
  });
});
