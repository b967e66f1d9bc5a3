import { describe, expect, it } from 'vitest';
import { type CheckedSection, movedHint } from '../../src/domain/relocation.js';

const check = (over: Partial<CheckedSection>): CheckedSection => ({
  state: 'fresh',
  previous: 'fresh',
  itemFit: null,
  previousItemFit: null,
  ...over,
});

describe('movedHint: when a check suggests the column moved', () => {
  it('says "missing" when an address turns 404, once, and also on the very first check', () => {
    expect(movedHint(check({ state: 'missing', previous: 'fresh' }))).toBe('missing');
    expect(movedHint(check({ state: 'missing', previous: null }))).toBe('missing');
    expect(movedHint(check({ state: 'missing', previous: 'missing' }))).toBeNull();
  });

  it('says "unparsed" when a list stops reading as one, but not on a first check nor while it stays so', () => {
    expect(movedHint(check({ state: 'unparsed', previous: 'stale' }))).toBe('unparsed');
    expect(movedHint(check({ state: 'unparsed', previous: null }))).toBeNull();
    expect(movedHint(check({ state: 'unparsed', previous: 'unparsed' }))).toBeNull();
  });

  it('says "other-items" when a list that fit its category now holds another\'s items', () => {
    expect(movedHint(check({ previousItemFit: 0.8, itemFit: 0.1 }))).toBe('other-items');
    expect(movedHint(check({ previousItemFit: 0.4, itemFit: 0.1 }))).toBeNull();
    expect(movedHint(check({ previousItemFit: 0.8, itemFit: 0.6 }))).toBeNull();
    // Nothing read this time (a 304 or a failure): no evidence either way.
    expect(movedHint(check({ previousItemFit: 0.8, itemFit: undefined }))).toBeNull();
  });
});
