import { addDays, chinaDay } from '../domain/day.js';
import { fnv1a } from '../domain/hash.js';
import type { Level } from '../domain/types.js';
import { CLASSIC_FAMILIES, chooseListSource, type FamilyShares } from './families.js';
import { chooseFault, DEFAULT_FAULT_MIX, type SimFault } from './faults.js';
import { history } from './history.js';
import { columnHome, SIM_FAMILIES, type SimBureau, type SimNetwork, type SimSection } from './model.js';
import { BUREAU_SUFFIX, CITY_STEMS, COUNTY_STEMS, PROVINCES, placeName } from './names.js';
import { pick, rng, share } from './random.js';
import { templateGbk } from './template-gbk.js';
import { WATCHED } from './vocabulary.js';

/**
 * A deterministic national network of land-bureau sites: who the bureaus are, which CMS each runs, what
 * every section published when, and which faults it suffers. Pure data from (seed, size); the server
 * renders it and the truth module states what an inspector should record.
 *
 * This module is also the simulator's model entry point: callers import the model's types and queries from here.
 */

export * from './families.js';
export * from './faults.js';
export * from './model.js';
export { rng } from './random.js';
export * from './vocabulary.js';

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
  /** Shares of the newer page families; none by default (see REALISTIC_FAMILIES). */
  families?: Partial<FamilyShares>;
  origin?: string;
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

export function generateNetwork(options: SimOptions = {}): SimNetwork {
  const seed = options.seed ?? 2009;
  const size = options.size ?? 40;
  const origin = options.origin ?? chinaDay(new Date());
  const perBureau = Math.min(options.sectionsPerBureau ?? WATCHED.length, WATCHED.length);
  const faultRate = options.faultRate ?? 0.06;
  const mix = { ...DEFAULT_FAULT_MIX, ...options.faultMix };
  const redesignRate = options.redesignRate ?? 0.05;
  const families = { ...CLASSIC_FAMILIES, ...options.families };
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
    const drafts = WATCHED.slice(0, perBureau).map((category) => {
      const items = history(r, category, origin, diligence, abandonedSince);
      const pinnedSource = items.length > 8 && r() < 0.2 ? items[Math.floor(r() * 3)] : undefined;
      return {
        category,
        path: columnHome(id, category),
        fault: chooseFault(r, faultRate, mix),
        items,
        pinned: pinnedSource ? { ...pinnedSource, title: `【置顶】${pinnedSource.title}` } : null,
      };
    });
    const family = pick(r, SIM_FAMILIES);
    const sections = drafts.map(
      (d): SimSection => ({ ...d, source: chooseListSource(seed, { id, family }, d, families) }),
    );
    bureaus.push({
      id,
      name,
      level,
      province: provinceName,
      parent,
      address: bureauAddress(i),
      family,
      gbk: r() < 0.2 || templateGbk(id),
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
      challenge: share(`challenge:${seed}:${id}`) < families.challenges,
      newDateForms: share(`date-forms:${seed}:${id}`) < families.dateForms,
      decoyChrome: share(`decoy-chrome:${seed}:${id}`) < families.decoyChrome,
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
