import type { BureauScore } from './scoring.js';
import type { Level } from './types.js';

export interface RankedBureau {
  rank: number;
  score: BureauScore;
  /** Places gained since the last weekly snapshot (negative: lost); null when it was not ranked then. */
  movement: number | null;
}

/** The ranks of one weekly snapshot, per bureau. */
export type RankSnapshot = Record<string, number>;

function compare(a: BureauScore, b: BureauScore): number {
  const va = a.vetoes.length > 0 ? 1 : 0;
  const vb = b.vetoes.length > 0 ? 1 : 0;
  if (va !== vb) return va - vb;
  return (b.total ?? -1) - (a.total ?? -1);
}

/**
 * One level's ranking: vetoed bureaus after all others, equal scores share a rank (1, 1, 3). A bureau with
 * no judged section has no score to rank by: it is left out here and listed apart (`unrankedOf`). Pure.
 */
export function rankLevel(scores: BureauScore[], level: Level, previous: RankSnapshot = {}): RankedBureau[] {
  const sorted = scores
    .filter((s) => s.level === level && s.total !== null)
    .sort((a, b) => compare(a, b) || a.id.localeCompare(b.id));
  const ranked: RankedBureau[] = [];
  sorted.forEach((score, i) => {
    const prev = ranked[i - 1];
    const rank = prev && compare(prev.score, score) === 0 ? prev.rank : i + 1;
    const before = previous[score.id];
    ranked.push({ rank, score, movement: before === undefined ? null : before - rank });
  });
  return ranked;
}

/** A level's bureaus with nothing judged yet (never checked, or only unreadable sections), by id. */
export function unrankedOf(scores: BureauScore[], level: Level): BureauScore[] {
  return scores.filter((s) => s.level === level && s.total === null).sort((a, b) => a.id.localeCompare(b.id));
}

export function snapshotOf(ranked: RankedBureau[]): RankSnapshot {
  return Object.fromEntries(ranked.map((r) => [r.score.id, r.rank]));
}
