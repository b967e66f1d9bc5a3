import { fnv1a } from '../domain/hash.js';
import type { Day, FreshnessState } from '../domain/types.js';
import type { SimBureau, SimSection } from './model.js';

/** The faults a simulated section can suffer, how often, on which days, and what an inspector records. */

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

/** Draws a section's fault: `rate` of sections have one, spread by the mix's weights. */
export function chooseFault(r: () => number, rate: number, mix: Record<Exclude<SimFault, 'none'>, number>): SimFault {
  if (r() >= rate) return 'none';
  const total = SIM_FAULTS.reduce((n, f) => n + mix[f], 0);
  let x = r() * total;
  for (const f of SIM_FAULTS) {
    x -= mix[f];
    if (x < 0) return f;
  }
  return 'none';
}
