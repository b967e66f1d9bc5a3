import type { Day, FreshnessState } from '../domain/types.js';
import type { TruthRow } from './truth.js';

export interface Verdict {
  bureau: string;
  category: string;
  state: FreshnessState;
  newest: Day | null;
}

export interface Agreement {
  total: number;
  agree: number;
  disagreements: { key: string; got: string; want: string }[];
  /** Truth rows no check reported. */
  unchecked: string[];
}

/** Compares what landwatch concluded with what the generator knows; both state and newest must match. */
export function compareWithTruth(verdicts: Verdict[], truth: TruthRow[]): Agreement {
  const byKey = new Map(truth.map((t) => [t.key, t]));
  const seen = new Set<string>();
  const disagreements: Agreement['disagreements'] = [];
  let agree = 0;
  for (const v of verdicts) {
    const key = `${v.bureau}/${v.category}`;
    seen.add(key);
    const t = byKey.get(key);
    if (t && t.state === v.state && t.newest === v.newest) agree++;
    else
      disagreements.push({
        key,
        got: `${v.state} ${v.newest ?? '-'}`,
        want: t ? `${t.state} ${t.newest ?? '-'}` : 'not in truth',
      });
  }
  const unchecked = truth.filter((t) => !seen.has(t.key)).map((t) => t.key);
  return { total: verdicts.length, agree, disagreements, unchecked };
}
