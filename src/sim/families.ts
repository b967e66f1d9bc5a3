import { fnv1a } from '../domain/hash.js';
import type { SimBureau, SimListSource, SimReadPath, SimSection } from './model.js';
import { watchesDataproxy } from './model.js';
import { choose, share } from './random.js';

/**
 * The newer page families and how often they occur: columns filled from a Hanweb `jpage` endpoint, lists
 * written by TRS scripts, hosts behind a cookie challenge, and the newer date forms. Decided by hash from
 * the seed, so turning a family on changes nothing else of a network.
 */

export interface FamilyShares {
  /** Share of columns whose list comes from a Hanweb jpage endpoint (a third of them also inline it). */
  jpage: number;
  /** Share of columns whose list a script writes. */
  scriptLists: number;
  /** Share of hosts behind a 412 cookie challenge. */
  challenges: number;
  /** Share of sites writing the newer date forms. */
  dateForms: number;
  /** Share of templates with dated decoy chrome: a sidebar of another column's items, footer and breadcrumb under unknown class names. */
  decoyChrome: number;
}

/**
 * What the existing extractor reads: none of the newer families, sidebars that are trees of columns and
 * footers under the usual class names. Decoy chrome is real (a third of templates) but today's list
 * finder takes it for the column's list when that list is short, blank or recovered from a comment.
 */
export const CLASSIC_FAMILIES: FamilyShares = {
  jpage: 0,
  scriptLists: 0,
  challenges: 0,
  dateForms: 0,
  decoyChrome: 0,
};

/** The shares seen on real bureau sites (site-structures.md): the lead turns these on once readers exist. */
export const REALISTIC_FAMILIES: FamilyShares = {
  jpage: 0.1,
  scriptLists: 0.03,
  challenges: 0.03,
  dateForms: 0.15,
  decoyChrome: 0.3,
};

export const FAMILY_PRESETS = { classic: CLASSIC_FAMILIES, realistic: REALISTIC_FAMILIES } as const;
export type FamilyPreset = keyof typeof FAMILY_PRESETS;

const JPAGE_CONFIGS = ['ajax-query', 'ajax-query', 'ajax-param', 'legacy-path'] as const;
const SCRIPT_FORMS = ['document-write', 'record-array'] as const;

/** A column's list source; only healthy columns of sites not watched through `dataproxy.jsp` get a new one. */
export function chooseListSource(
  seed: number,
  bureau: Pick<SimBureau, 'id' | 'family'>,
  section: Pick<SimSection, 'category' | 'fault'>,
  shares: FamilyShares,
): SimListSource {
  const key = `${seed}:${bureau.id}/${section.category}`;
  if (section.fault !== 'none' || watchesDataproxy(bureau)) return { kind: 'page' };
  const x = share(`source:${key}`);
  if (x < shares.jpage) {
    return {
      kind: 'jpage',
      config: choose(`jpage-config:${key}`, JPAGE_CONFIGS),
      inline: share(`jpage-inline:${key}`) < 1 / 3,
      columnId: 1000 + (fnv1a(`column:${key}`) % 9000),
    };
  }
  if (x < shares.jpage + shares.scriptLists)
    return { kind: 'script', form: choose(`script-form:${key}`, SCRIPT_FORMS) };
  return { kind: 'page' };
}

/** The way in to a section's list that a reader needs, as the generator built it. */
export function readPath(bureau: SimBureau, section: SimSection): SimReadPath {
  if (bureau.challenge) return 'browser-needed';
  if (watchesDataproxy(bureau)) return 'endpoint';
  switch (section.source.kind) {
    case 'jpage':
      return section.source.inline ? 'page' : 'endpoint';
    case 'script':
      return 'script';
    default:
      return 'page';
  }
}

/** Hanweb's site number for a bureau (`webid`). */
export function hanwebSiteId(bureau: Pick<SimBureau, 'id'>): number {
  return 1 + (fnv1a(`webid:${bureau.id}`) % 400);
}
