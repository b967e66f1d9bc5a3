import { addDays, chinaDay } from '../domain/day.js';
import { fnv1a } from '../domain/hash.js';
import type { Day, FreshnessState, Level } from '../domain/types.js';
import { BUREAU_SUFFIX, CITY_STEMS, COUNTY_STEMS, PROVINCES, placeName } from './names.js';

/**
 * A deterministic national network of land-bureau sites: who the bureaus are, which CMS each runs, what
 * every section published when, and which faults it suffers. Pure data from (seed, size); the server
 * renders it and the truth module judges it.
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

export const SIM_FAULTS = [
  'blank',
  'script-only',
  'moved',
  'challenge',
  'server-error',
  'burst',
  'reset',
  'trickle',
  'slow',
] as const;
/**
 * `burst` fails with 503 on some days only; `trickle` sends its body too slowly for any deadline;
 * `slow` answers late but within limits.
 */
export type SimFault = 'none' | (typeof SIM_FAULTS)[number];

/** The state an inspector should record for a faulty section, on a day its fault shows. */
export const FAULT_STATE: Record<Exclude<SimFault, 'none' | 'slow'>, FreshnessState> = {
  blank: 'blank',
  'script-only': 'unparsed',
  moved: 'missing',
  challenge: 'blocked',
  'server-error': 'unreachable',
  burst: 'unreachable',
  reset: 'unreachable',
  trickle: 'unreachable',
};

/** The default mix of faults, by relative weight. */
export const DEFAULT_FAULT_MIX: Record<Exclude<SimFault, 'none'>, number> = {
  blank: 3,
  'script-only': 1,
  moved: 1,
  challenge: 1,
  'server-error': 1,
  burst: 1,
  reset: 1,
  trickle: 0.5,
  slow: 0.5,
};

/** A `burst` section fails on about one day in four, the same days for every run of a seed. */
export function burstsOn(bureauId: string, category: string, today: Day): boolean {
  return fnv1a(`${bureauId}/${category}/${today}`) % 4 === 0;
}

/** The fault a section shows on `today`, if any. */
export function faultOn(bureau: SimBureau, section: SimSection, today: Day): Exclude<SimFault, 'none'> | null {
  if (section.fault === 'none') return null;
  if (section.fault === 'burst' && !burstsOn(bureau.id, section.category, today)) return null;
  return section.fault;
}

export interface SimItem {
  id: number;
  title: string;
  date: Day;
}

export interface SimSection {
  category: string;
  /** The column's path before any redesign. */
  path: string;
  fault: SimFault;
  /** Items oldest first; the page shows those dated on or before the simulated day. */
  items: SimItem[];
  /** An old item pinned to the top of the list. */
  pinned: SimItem | null;
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
  sections: SimSection[];
}

/** Where a column lives on `today`, after any redesign. */
export function sectionPath(bureau: SimBureau, section: SimSection, today: Day): string {
  return bureau.redesign && today >= bureau.redesign.day ? `${bureau.redesign.prefix}${section.path}` : section.path;
}

export interface SimNetwork {
  seed: number;
  bureaus: SimBureau[];
  /** The day histories are generated around. */
  origin: Day;
}

export interface SimOptions {
  seed?: number;
  /** Number of bureaus; 31 provinces first, then cities and counties about 1 : 8. */
  size?: number;
  sectionsPerBureau?: number;
  /** Share of sections with a fault (blank, JS-only, moved, blocked, failing). */
  faultRate?: number;
  /** Relative weights of the faults; missing ones keep their default weight. */
  faultMix?: Partial<Record<Exclude<SimFault, 'none'>, number>>;
  /** Share of bureaus redesigned (改版) at some day within a year after `origin`. */
  redesignRate?: number;
  /** Share of redesigns (not redirecting home) whose old column addresses serve other columns. */
  reuseRate?: number;
  origin?: Day;
}

/** The sections a bureau is watched on, in order of priority. */
export const WATCHED = [
  'work_news',
  'notices',
  'expro_notice',
  'compensation_plan',
  'land_transfer_result',
  'land_auction',
  'supply_plan',
  'laws_policies',
  'plans',
  'mining_rights',
  'real_estate_reg',
  'land_change_survey',
  'disclosure_basics',
  'service_guide',
  'director_mailbox',
];

/** Column paths the way real sites name them (pinyin initials). */
export const SECTION_PATHS: Record<string, string> = {
  work_news: 'xwdt/gzdt',
  notices: 'tzgg',
  expro_notice: 'zdgk/zdgg',
  compensation_plan: 'zdgk/bcaz',
  land_transfer_result: 'tdsc/crjg',
  land_auction: 'tdsc/crgg',
  supply_plan: 'tdgy/gyjh',
  laws_policies: 'zcfg',
  plans: 'ghjh',
  mining_rights: 'kyq/crgg',
  real_estate_reg: 'bdcdj',
  land_change_survey: 'dcjc/bgdc',
  disclosure_basics: 'xxgk/ndbg',
  service_guide: 'bszn',
  director_mailbox: 'hdjl/jzxx',
};

/** Column titles shown in navigation (the synonyms of indicators.yaml). */
export const SECTION_TITLES: Record<string, string> = {
  work_news: '工作动态',
  notices: '通知公告',
  expro_notice: '征地公告',
  compensation_plan: '征地补偿安置方案',
  land_transfer_result: '出让结果公示',
  land_auction: '土地出让公告',
  supply_plan: '土地供应计划',
  laws_policies: '政策法规',
  plans: '规划计划',
  mining_rights: '矿业权出让',
  real_estate_reg: '不动产登记',
  land_change_survey: '土地变更调查结果',
  disclosure_basics: '政府信息公开年度报告',
  service_guide: '办事指南',
  director_mailbox: '局长信箱',
};

/**
 * Column titles vary between sites; most are titles inspectors (and indicators.yaml) know, a few are not
 * (局内动态, 公示信息栏, …): discovery must find the first kind and admit it missed the second.
 */
export const TITLE_VARIANTS: Record<string, string[]> = {
  work_news: ['工作动态', '自然资源要闻', '新闻动态', '局内动态'],
  notices: ['通知公告', '公示公告', '公告公示'],
  expro_notice: ['征地公告', '征收土地公告', '征地信息公开'],
  compensation_plan: ['征地补偿安置方案', '补偿安置公告', '征地补偿安置公告'],
  land_transfer_result: ['出让结果公示', '成交公示', '供地结果'],
  land_auction: ['土地出让公告', '招拍挂公告', '土地招拍挂'],
  supply_plan: ['土地供应计划', '供地计划', '国有建设用地供应计划'],
  laws_policies: ['政策法规', '政策文件', '规范性文件'],
  plans: ['规划计划', '国土空间规划', '专项规划'],
  mining_rights: ['矿业权出让', '矿业权出让公告', '矿权交易信息'],
  real_estate_reg: ['不动产登记', '不动产登记公告', '登记资料查询'],
  land_change_survey: ['土地变更调查结果', '年度国土变更调查', '变更调查'],
  disclosure_basics: ['政府信息公开年度报告', '信息公开年报', '年度报告'],
  service_guide: ['办事指南', '服务指南', '政务服务事项'],
  director_mailbox: ['局长信箱', '领导信箱', '书记信箱'],
};

/** The title this bureau's site gives a column. */
export function columnTitle(bureau: SimBureau, category: string): string {
  const variants = TITLE_VARIANTS[category] ?? [SECTION_TITLES[category] ?? category];
  return variants[fnv1a(`${bureau.id}/${category}`) % variants.length] as string;
}

/**
 * How the site links its columns: all in the top navigation, or only through a 政务公开 portal page
 * (two levels), as many county sites do.
 */
export function navStyle(bureau: SimBureau): 'flat' | 'portal' | 'catalogue' {
  if (fnv1a(`nav:${bureau.id}`) % 3 === 0) return 'portal';
  return fnv1a(`nav2:${bureau.id}`) % 4 === 0 ? 'catalogue' : 'flat';
}

export const PORTAL_PATH = '/zwgk/';
/**
 * The third navigation template, added after discovery was written and kept out of its tuning: a provincial
 * platform's 信息公开目录 (集约化), reached from the homepage only through an image banner, listing columns
 * in a tree of groups with long titles cut short on screen (the full title in the link's `title`).
 */
export const CATALOGUE_PATH = '/xxgkml/';

/** Mean days between publications for a diligent bureau. */
const CADENCE: Record<string, number> = {
  work_news: 4,
  notices: 25,
  expro_notice: 40,
  compensation_plan: 45,
  land_transfer_result: 30,
  land_auction: 30,
  laws_policies: 50,
  plans: 120,
  mining_rights: 60,
  real_estate_reg: 20,
  land_change_survey: 200,
  service_guide: 90,
  director_mailbox: 15,
};

const TITLE_STEMS: Record<string, string[]> = {
  work_news: [
    '召开土地卫片执法检查工作会议',
    '开展耕地保护专项督查',
    '部署国土空间规划编制工作',
    '举办不动产登记业务培训',
  ],
  notices: ['关于开展土地矿产卫片执法检查的通知', '关于公布行政许可事项清单的公告', '关于做好地质灾害防治工作的通知'],
  expro_notice: ['征收土地公告', '征收土地方案公告', '征地批复公告'],
  compensation_plan: ['征地补偿安置方案公告', '征地补偿安置方案公示'],
  land_transfer_result: ['国有建设用地使用权挂牌出让结果公示', '土地招标拍卖挂牌出让结果公示'],
  land_auction: ['国有建设用地使用权挂牌出让公告', '国有建设用地使用权拍卖出让公告'],
  laws_policies: ['关于进一步加强耕地保护的实施意见', '关于印发土地储备管理办法的通知', '政策解读：节约集约用地'],
  plans: ['国土空间总体规划公示', '矿产资源总体规划', '控制性详细规划批前公示'],
  mining_rights: ['采矿权挂牌出让公告', '探矿权出让结果公示', '矿业权转让公示'],
  real_estate_reg: ['不动产首次登记公告', '不动产权证书注销公告', '不动产登记更正公告'],
  land_change_survey: ['土地变更调查成果公示', '国土变更调查主要数据公报'],
  service_guide: ['建设用地规划许可办事指南', '不动产登记办事指南', '采矿权延续登记办事指南'],
  director_mailbox: ['关于宅基地审批的咨询与答复', '关于征地补偿标准的咨询与答复', '关于不动产登记的来信与答复'],
};

/** Seeded PRNG (mulberry32): the same seed always builds the same network. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** 127.A.B.C for bureau i, skipping .0 and .255 so every address is an ordinary loopback host. */
export function bureauAddress(i: number): string {
  const n = i + 1;
  return `127.${1 + Math.floor(n / 64516)}.${1 + (Math.floor(n / 254) % 254)}.${1 + (n % 254)}`;
}

/** Every level appears from a handful of bureaus up; national scale has all 31 provinces. */
function levels(size: number): Level[] {
  const provinces = Math.min(31, Math.max(1, Math.ceil(size / 10)));
  const rest = size - provinces;
  const cities = Math.round(rest / 9);
  return [...Array(provinces).fill('province'), ...Array(cities).fill('city'), ...Array(rest - cities).fill('county')];
}

/**
 * A section's publications. `abandonedSince` is set for the few sites nobody maintains any more: every
 * column stops on that day, which is what the 2019 "columns not updated" veto is about.
 */
function history(
  r: () => number,
  category: string,
  origin: Day,
  diligence: number,
  abandonedSince: Day | null,
): SimItem[] {
  const items: SimItem[] = [];
  let id = 1;
  const title = (year: number) => `${year}年${pick(r, TITLE_STEMS[category] ?? ['工作信息'])}`;
  if (category === 'supply_plan' || category === 'disclosure_basics') {
    // One item a year; a lax bureau stops a year or two early.
    const lastYear = Number(origin.slice(0, 4)) + 1 - (r() < diligence ? 0 : 1 + Math.floor(r() * 2));
    for (let y = Number(origin.slice(0, 4)) - 4; y <= lastYear; y++) {
      const plan = category === 'supply_plan';
      const date = `${plan ? y : y + 1}-${plan ? '02' : '01'}-${String(5 + Math.floor(r() * 20)).padStart(2, '0')}`;
      items.push({
        id: id++,
        title: plan ? `${y}年度国有建设用地供应计划` : `${y}年政府信息公开工作年度报告`,
        date,
      });
    }
    return items;
  }
  const mean = (CADENCE[category] ?? 30) / diligence;
  // Publishing stops at some point for a share of sections: that is what goes stale.
  const stopsAt = abandonedSince ?? (r() < 0.25 ? addDays(origin, -Math.floor(r() * 400)) : addDays(origin, 400));
  let day = addDays(origin, -730);
  while (day < stopsAt) {
    day = addDays(day, 1 + Math.floor(-Math.log(1 - r()) * mean));
    if (day <= stopsAt) items.push({ id: id++, title: title(Number(day.slice(0, 4))), date: day });
  }
  return items;
}

function chooseFault(r: () => number, rate: number, mix: Record<Exclude<SimFault, 'none'>, number>): SimFault {
  if (r() >= rate) return 'none';
  const total = SIM_FAULTS.reduce((n, f) => n + mix[f], 0);
  let x = r() * total;
  for (const f of SIM_FAULTS) {
    x -= mix[f];
    if (x < 0) return f;
  }
  return 'none';
}

export function generateNetwork(options: SimOptions = {}): SimNetwork {
  const seed = options.seed ?? 2009;
  const size = options.size ?? 40;
  const origin = options.origin ?? chinaDay(new Date());
  const perBureau = Math.min(options.sectionsPerBureau ?? WATCHED.length, WATCHED.length);
  const faultRate = options.faultRate ?? 0.06;
  const mix = { ...DEFAULT_FAULT_MIX, ...options.faultMix };
  const redesignRate = options.redesignRate ?? 0.05;
  const r = rng(seed);
  const bureaus: SimBureau[] = [];
  const provinceIds: string[] = [];
  const cityIds: string[] = [];
  const provinceOf = new Map<string, string>();
  const cityNames = new Set<string>();
  const countyNames = new Set<string>();
  let countyCount = 0;
  levels(size).forEach((level, i) => {
    const province = PROVINCES[i % PROVINCES.length] as (typeof PROVINCES)[number];
    let name: string;
    let id: string;
    let parent: string | null = null;
    if (level === 'province') {
      name = `${province[0]}${pick(r, BUREAU_SUFFIX.province)}`;
      id = province[2];
      provinceIds.push(id);
    } else if (level === 'city') {
      const stem = placeName(CITY_STEMS, cityIds.length, cityNames);
      name = `${stem}市${pick(r, BUREAU_SUFFIX.city)}`;
      id = `c${i}`;
      parent = provinceIds[i % provinceIds.length] ?? null;
      cityIds.push(id);
    } else {
      const stem = placeName(COUNTY_STEMS, countyCount++, countyNames);
      name = `${stem}县${pick(r, BUREAU_SUFFIX.county)}`;
      id = `x${i}`;
      parent = cityIds[i % Math.max(1, cityIds.length)] ?? provinceIds[0] ?? null;
    }
    const provinceName = level === 'province' ? province[0] : (provinceOf.get(parent ?? '') ?? province[0]);
    provinceOf.set(id, provinceName);
    const diligence = 0.3 + r() * 1.2;
    const abandonedSince = r() < 0.03 ? addDays(origin, -200 - Math.floor(r() * 300)) : null;
    const sections = WATCHED.slice(0, perBureau).map((category): SimSection => {
      const items = history(r, category, origin, diligence, abandonedSince);
      const pinnedSource = items.length > 8 && r() < 0.2 ? items[Math.floor(r() * 3)] : undefined;
      return {
        category,
        path: `/${SECTION_PATHS[category]}/`,
        fault: chooseFault(r, faultRate, mix),
        items,
        pinned: pinnedSource ? { ...pinnedSource, title: `【置顶】${pinnedSource.title}` } : null,
      };
    });
    bureaus.push({
      id,
      name,
      level,
      province: provinceName,
      parent,
      address: bureauAddress(i),
      family: pick(r, SIM_FAMILIES),
      gbk: r() < 0.2,
      latencyFactor: 0.5 + r() * 1.5,
      redesign:
        r() < redesignRate
          ? {
              day: addDays(origin, 1 + Math.floor(r() * 365)),
              prefix: pick(r, ['/xxgk', '/zwgk', '/site2']),
              redirectHome: r() < 0.5,
              reuseOldPaths: false,
            }
          : null,
      sections,
    });
  });
  // Derived by hash, not drawn from the generator, so networks without reuse stay as they were.
  const reuseRate = options.reuseRate ?? 0;
  for (const b of bureaus) {
    if (b.redesign && !b.redesign.redirectHome && (fnv1a(`reuse:${b.id}`) % 1000) / 1000 < reuseRate)
      b.redesign.reuseOldPaths = true;
  }
  return { seed, bureaus, origin };
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

/** Half the Hanweb bureaus are watched through their `dataproxy.jsp` endpoint, as crawlers do. */
export function watchesDataproxy(bureau: SimBureau): boolean {
  return bureau.family === 'hanweb-island' && fnv1a(bureau.id) % 2 === 0;
}
