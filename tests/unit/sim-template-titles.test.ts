import { describe, expect, it } from 'vitest';
import { ASPNET_TITLES } from '../../src/sim/aspnet-titles.js';
import { BUMEN_TITLES } from '../../src/sim/bumen-titles.js';
import { CMS_TITLES } from '../../src/sim/cms-titles.js';
import { DEDE_TITLES } from '../../src/sim/dede-titles.js';
import { DROPDOWN_TITLES } from '../../src/sim/dropdown-titles.js';
import { GKTABLE_TITLES } from '../../src/sim/gktable-titles.js';
import { HANWEB_TITLES } from '../../src/sim/hanweb-titles.js';
import { PLATFORM_TITLES } from '../../src/sim/platform-titles.js';
import { SCRIPTNAV_TITLES } from '../../src/sim/scriptnav-titles.js';
import { SIDETREE_TITLES } from '../../src/sim/sidetree-titles.js';
import { TILES_TITLES } from '../../src/sim/tiles-titles.js';
import { SECTION_TITLES, TITLE_VARIANTS, WATCHED } from '../../src/sim/vocabulary.js';
import { ZHANQUN_TITLES } from '../../src/sim/zhanqun-titles.js';
import { ZHUANLAN_TITLES } from '../../src/sim/zhuanlan-titles.js';

/**
 * The holdout templates title their columns in their own words: 2 or 3 titles for every watched category,
 * none of them a title any other template or the shared vocabulary uses.
 */
const HOLDOUT: Record<string, Record<string, string[]>> = {
  bumen: BUMEN_TITLES,
  scriptnav: SCRIPTNAV_TITLES,
  zhanqun: ZHANQUN_TITLES,
  dropdown: DROPDOWN_TITLES,
  cms: CMS_TITLES,
  gktable: GKTABLE_TITLES,
  aspnet: ASPNET_TITLES,
  dede: DEDE_TITLES,
};
const OTHERS: Record<string, Record<string, string[]>> = {
  platform: PLATFORM_TITLES,
  hanweb: HANWEB_TITLES,
  tiles: TILES_TITLES,
  sidetree: SIDETREE_TITLES,
  zhuanlan: ZHUANLAN_TITLES,
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
