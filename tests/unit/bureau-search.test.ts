import { describe, expect, it } from 'vitest';
import { searchBureaus } from '../../src/domain/bureau-search.js';

const bureaus = [
  { id: 'sd', name: '山东省自然资源厅' },
  { id: 'c12', name: '济南市自然资源和规划局' },
  { id: 'x120', name: '历城区自然资源局' },
  { id: 'x121', name: '章丘区自然资源局' },
  { id: 'x12', name: '平阴县自然资源局' },
  { id: 'x9', name: '县自然资源局' },
];

describe('finding a bureau by what a user types', () => {
  it('puts exact ids and names first, then prefixes, then substrings, shorter names first', () => {
    expect(searchBureaus('x12', bureaus).map((b) => b.id)).toEqual(['x12', 'x120', 'x121']);
    expect(searchBureaus('县', bureaus).map((b) => b.id)).toEqual(['x9', 'x12']);
    expect(searchBureaus('自然资源', bureaus).map((b) => b.id)).toEqual(['x9', 'sd', 'x120', 'x121', 'x12', 'c12']);
    expect(searchBureaus('自然资源', bureaus, 2).map((b) => b.id)).toEqual(['x9', 'sd']);
  });

  it('answers an empty query with the first bureaus and an unknown one with none', () => {
    expect(searchBureaus('  ', bureaus, 2).map((b) => b.id)).toEqual(['sd', 'c12']);
    expect(searchBureaus('上海', bureaus)).toEqual([]);
  });
});
