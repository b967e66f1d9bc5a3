import { fnv1a } from '../domain/hash.js';
import type { Day, Level } from '../domain/types.js';
import { aspnetColumnPath } from './aspnet-groups.js';
import { bumenColumnPath } from './bumen-catalogue.js';
import { cmsColumnPath } from './cms-groups.js';
import { dedeColumnPath } from './dede-channels.js';
import { dropdownColumnPath } from './dropdown-groups.js';
import { empireColumnPath } from './empire-addresses.js';
import { epointColumnPath } from './epoint-addresses.js';
import type { SimFault } from './faults.js';
import { gktableColumnPath } from './gktable-catalogue.js';
import { jeecmsColumnPath } from './jeecms-addresses.js';
import { oldsiteColumnPath } from './oldsite-addresses.js';
import { pbootColumnPath } from './pboot-addresses.js';
import { channelPath } from './scriptnav-channels.js';
import { chooseTitle, TEMPLATE_TITLES } from './template-titles.js';
import { SECTION_PATHS, SECTION_TITLES, TITLE_VARIANTS } from './vocabulary.js';
import { vsbColumnPath } from './vsb-addresses.js';
import { zhanqunColumnPath } from './zhanqun-catalogue.js';

/**
 * The simulated network as data, and the questions every part of the simulator asks of it (where a
 * column lives today, what it shows). Pure.
 */

export const SIM_FAMILIES = [
  'trs-table',
  'trs-comment',
  'hanweb-island',
  'catalogue',
  'detail-dated',
  'search',
] as const;
export type SimFamily = (typeof SIM_FAMILIES)[number];

export interface SimItem {
  id: number;
  title: string;
  date: Day;
  /** For annual columns: the year the item covers (the plan's year, the report's year). */
  coversYear?: number;
}

/**
 * Where a column's list really comes from: the page's own markup, a Hanweb `jpage` endpoint the page
 * only configures (`inline`: the first records are also in a `<datastore>` island of the page), or
 * strings a script writes.
 */
export type SimListSource =
  | { kind: 'page' }
  | { kind: 'jpage'; config: 'ajax-query' | 'ajax-param' | 'legacy-path'; inline: boolean; columnId: number }
  | { kind: 'script'; form: 'document-write' | 'record-array' };

/** How a careful reader gets at a section's list: what eval counts per path. */
export type SimReadPath = 'page' | 'endpoint' | 'script' | 'browser-needed';

export interface SimSection {
  category: string;
  /** The column's path before any redesign. */
  path: string;
  fault: SimFault;
  /** Items oldest first; the page shows those dated on or before the simulated day. */
  items: SimItem[];
  /** An old item pinned to the top of the list. */
  pinned: SimItem | null;
  source: SimListSource;
}

export interface SimBureau {
  id: string;
  name: string;
  level: Level;
  province: string;
  parent: string | null;
  /** The loopback address this bureau's site answers on: every bureau is its own host. */
  address: string;
  family: SimFamily;
  gbk: boolean;
  /** Multiplies the server's base latency: some government hosts are much slower than others. */
  latencyFactor: number;
  /**
   * A site redesign (改版): from `day` on, every column lives under `prefix`; the old paths answer 404,
   * or redirect to the homepage when `redirectHome`, or serve the next column's list when `reuseOldPaths`
   * (the configured address then shows another category's items; truth still calls it missing).
   */
  redesign: { day: Day; prefix: string; redirectHome: boolean; reuseOldPaths: boolean } | null;
  /** The whole host sits behind a 412 cookie challenge (瑞数-like) that only running its script passes. */
  challenge: boolean;
  /**
   * The template's chrome has dates where a list finder may look: the sidebar shows another column's
   * newest items (else a tree of columns), the footer and the breadcrumb sit under classes no chrome list
   * names (wzfooter, location).
   */
  decoyChrome: boolean;
  /** The site writes dates in the newer forms (发布日期：…, weekdays, Chinese numerals, document.write). */
  newDateForms: boolean;
  sections: SimSection[];
}

export interface SimNetwork {
  seed: number;
  bureaus: SimBureau[];
  /** The day histories are generated around. */
  origin: Day;
}

export const PORTAL_PATH = '/zwgk/';
/**
 * The third navigation template, added after discovery was written and kept out of its tuning: a provincial
 * platform's 信息公开目录 (集约化), reached from the homepage only through an image banner, listing columns
 * in a tree of groups with long titles cut short on screen (the full title in the link's `title`).
 */
export const CATALOGUE_PATH = '/xxgkml/';
/** The fourth navigation template (page-platform.ts): a 信息公开 platform under its own path prefix. */
export const PLATFORM_PATH = '/gkpt/';
/** The sixth navigation template's 信息公开 page of category tiles (page-tiles.ts). */
export const TILES_PATH = '/zfxxgk/';
/** The seventh navigation template's 政务公开 page and columns (page-sidetree.ts). */
export const SIDETREE_PATH = '/xxgk/';
/** The eighth navigation template's 政府信息公开专栏 on a 集约化 platform (page-zhuanlan.ts). */
export const ZHUANLAN_PATH = '/gkzl/';

export type NavStyle =
  | 'flat'
  | 'portal'
  | 'catalogue'
  | 'platform'
  | 'hanweb'
  | 'tiles'
  | 'sidetree'
  | 'zhuanlan'
  | 'bumen'
  | 'scriptnav'
  | 'zhanqun'
  | 'dropdown'
  | 'cms'
  | 'gktable'
  | 'aspnet'
  | 'dede'
  | 'pboot'
  | 'oldsite'
  | 'jeecms'
  | 'epoint'
  | 'empire'
  | 'vsb';

/** A Hanweb 集约化 column id (`/col/col12345/`), stable per site and name. */
export function hanwebColumnId(bureauId: string, name: string): number {
  return 10000 + (fnv1a(`col:${bureauId}:${name}`) % 90000);
}

/**
 * A column's path before any redesign, as the site's template names it: pinyin initials, a Hanweb
 * `/col/colNNNNN/`, or a 法定主动公开内容 tree with numbered groups (`/zfxxgk/fdzdgknr/tdsc_836/crgg/`), or
 * a department's node of a city platform's 目录 (`/zwgk/bmxxgk/zrzyj/0403/`), or a 政务云 site's channel
 * (`/c12zrzy/col/col41234/`).
 */
export function columnHome(bureauId: string, category: string): string {
  const pinyin = SECTION_PATHS[category] ?? category;
  switch (navStyle({ id: bureauId })) {
    case 'hanweb':
      return `/col/col${hanwebColumnId(bureauId, category)}/`;
    case 'tiles': {
      const [group, ...rest] = pinyin.split('/');
      const numbered = `${group}_${100 + (fnv1a(`grp:${bureauId}:${group}`) % 900)}`;
      return `${TILES_PATH}fdzdgknr/${[numbered, ...rest].join('/')}/`;
    }
    case 'sidetree':
      return `${SIDETREE_PATH}c${10000 + (fnv1a(`c7:${bureauId}:${category}`) % 90000)}/`;
    case 'zhuanlan':
      return `${ZHUANLAN_PATH}zrzyj/lm_${10000 + (fnv1a(`lm8:${bureauId}:${category}`) % 90000)}/`;
    case 'bumen':
      return bumenColumnPath(bureauId, category);
    case 'scriptnav':
      return channelPath(bureauId, category);
    case 'zhanqun':
      return zhanqunColumnPath(bureauId, category);
    case 'dropdown':
      return dropdownColumnPath(category);
    case 'cms':
      return cmsColumnPath(bureauId, category);
    case 'gktable':
      return gktableColumnPath(bureauId, category);
    case 'aspnet':
      return aspnetColumnPath(bureauId, category);
    case 'dede':
      return dedeColumnPath(bureauId, category);
    case 'pboot':
      return pbootColumnPath(bureauId, category);
    case 'oldsite':
      return oldsiteColumnPath(bureauId, category);
    case 'jeecms':
      return jeecmsColumnPath(bureauId, category);
    case 'epoint':
      return epointColumnPath(bureauId, category);
    case 'empire':
      return empireColumnPath(bureauId, category);
    case 'vsb':
      return vsbColumnPath(bureauId, category);
    default:
      return `/${pinyin}/`;
  }
}

/** A path of the site's navigation as of `today`: a redesign moves it under its prefix. */
export function navPath(bureau: SimBureau, path: string, today: Day): string {
  return bureau.redesign && today >= bureau.redesign.day ? `${bureau.redesign.prefix}${path}` : path;
}

/** Where a column lives on `today`, after any redesign. */
export function sectionPath(bureau: SimBureau, section: SimSection, today: Day): string {
  return navPath(bureau, section.path, today);
}

/** The title this bureau's site gives a column. */
export function columnTitle(bureau: SimBureau, category: string): string {
  const own = TEMPLATE_TITLES[navStyle(bureau)]?.[category];
  return chooseTitle(bureau.id, category, own ?? TITLE_VARIANTS[category] ?? [SECTION_TITLES[category] ?? category]);
}

/** The eleventh to twenty-second templates, newest first, by the number their check divides by. */
const LATE_TEMPLATES: readonly [number, NavStyle][] = [
  [22, 'vsb'],
  [21, 'empire'],
  [20, 'epoint'],
  [19, 'jeecms'],
  [18, 'oldsite'],
  [17, 'pboot'],
  [16, 'dede'],
  [15, 'aspnet'],
  [14, 'gktable'],
  [13, 'cms'],
  [12, 'dropdown'],
  [11, 'zhanqun'],
];

/**
 * How the site links its columns: a template of the simulated network, each drawn by its own
 * `page-<style>.ts` (`flat`, `portal` and `catalogue` by render.ts and page-chrome.ts), whose header says
 * what real sites it stands for.
 * The later checks read higher bits.
 */
export function navStyle(bureau: Pick<SimBureau, 'id'>): NavStyle {
  // Epoint, Empire and VSB sites are cities' and counties' (ids with a number): provincial departments run others.
  const local = (style: NavStyle) => !['epoint', 'empire', 'vsb'].includes(style) || /\d/.test(bureau.id);
  for (const [n, style] of LATE_TEMPLATES)
    if ((fnv1a(`nav${n}:${bureau.id}`) >>> 8) % n === 0 && local(style)) return style;
  if (fnv1a(`nav10:${bureau.id}`) % 10 === 0) return 'scriptnav';
  if (fnv1a(`nav9:${bureau.id}`) % 10 === 0) return 'bumen';
  if (fnv1a(`nav8:${bureau.id}`) % 9 === 0) return 'zhuanlan';
  if (fnv1a(`nav7:${bureau.id}`) % 8 === 0) return 'sidetree';
  const late = fnv1a(`nav5:${bureau.id}`) % 7;
  if (late === 0) return 'hanweb';
  if (late === 1) return 'tiles';
  if (fnv1a(`nav4:${bureau.id}`) % 5 === 0) return 'platform';
  if (fnv1a(`nav:${bureau.id}`) % 3 === 0) return 'portal';
  return fnv1a(`nav2:${bureau.id}`) % 4 === 0 ? 'catalogue' : 'flat';
}

/** Rows per list page: CMS templates show 15 to 25. */
export function listPageSize(bureau: SimBureau): number {
  return 15 + (fnv1a(`rows:${bureau.id}`) % 11);
}

/** Items a section shows on `today`, newest first, as its CMS lists them: page 0 is `index.html`. */
export function visibleItems(section: SimSection, today: Day, pageSize = 20, page = 0): SimItem[] {
  const shown: SimItem[] = [];
  let skip = page * pageSize;
  for (let i = section.items.length - 1; i >= 0 && shown.length < pageSize; i--) {
    const item = section.items[i] as SimItem;
    if (item.date > today) continue;
    if (skip > 0) skip--;
    else shown.push(item);
  }
  return shown;
}

/**
 * Half the Hanweb bureaus are watched through their `dataproxy.jsp` endpoint, as crawlers do; a PHP/ASP
 * CMS, ASP.NET, old ASP, JEECMS, Epoint, Empire or VSB site (page-cms.ts … page-vsb.ts) has no such endpoint
 * under its column addresses.
 */
export function watchesDataproxy(bureau: Pick<SimBureau, 'id' | 'family'>): boolean {
  return (
    bureau.family === 'hanweb-island' &&
    fnv1a(bureau.id) % 2 === 0 &&
    !['cms', 'aspnet', 'pboot', 'oldsite', 'jeecms', 'epoint', 'empire', 'vsb'].includes(navStyle(bureau))
  );
}
