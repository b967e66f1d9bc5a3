import { describe, expect, it } from 'vitest';
import type { NavStyle } from '../../src/sim/model.js';
import { TEMPLATE_TITLES } from '../../src/sim/template-titles.js';
import { SECTION_TITLES, TITLE_VARIANTS, WATCHED } from '../../src/sim/vocabulary.js';
import { HOLDOUT_STYLES } from '../harness/holdout-templates.js';

/**
 * The holdout templates title their columns in their own words: 2 or 3 titles for every watched category,
 * none of them a title any other template or the shared vocabulary uses.
 */
const titlesOf = (styles: string[]) => Object.fromEntries(styles.map((n) => [n, TEMPLATE_TITLES[n as NavStyle] ?? {}]));
const HOLDOUT: Record<string, Record<string, string[]>> = titlesOf(HOLDOUT_STYLES);
const OTHERS: Record<string, Record<string, string[]>> = {
  ...titlesOf(Object.keys(TEMPLATE_TITLES).filter((n) => !HOLDOUT_STYLES.includes(n as NavStyle))),
  variants: TITLE_VARIANTS,
  sections: Object.fromEntries(Object.entries(SECTION_TITLES).map(([k, t]) => [k, [t]])),
};

describe.each(Object.entries(HOLDOUT))('the %s template’s column titles', (name, titles) => {
  it('name every watched category with 2 or 3 titles of its own', () => {
    expect(Object.keys(titles).sort()).toEqual([...WATCHED].sort());
    for (const list of Object.values(titles)) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(3);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('share no title with another template or the shared vocabulary', () => {
    const elsewhere = new Map<string, string>();
    const sources = { ...OTHERS, ...Object.fromEntries(Object.entries(HOLDOUT).filter(([n]) => n !== name)) };
    for (const [source, table] of Object.entries(sources))
      for (const list of Object.values(table)) for (const t of list) elsewhere.set(t, source);
    const shared = Object.values(titles)
      .flat()
      .filter((t) => elsewhere.has(t))
      .map((t) => `${t} (${elsewhere.get(t)})`);
    expect(shared).toEqual([]);
    const own = Object.values(titles).flat();
    expect(new Set(own).size).toBe(own.length);
  });
});
