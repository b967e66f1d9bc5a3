import type { RankedBureau } from './rankings.js';
import type { CategoryRate, LevelCoverage } from './rates.js';
import type { BureauScore, BureauStanding } from './scoring.js';
import type { Level } from './types.js';

/**
 * Everything the read-side commands show (rankings, scores, rates, the report), derived from stored states
 * by the pure functions in domain/. One place, so the CLI and chat commands can never disagree.
 */
export interface Inspection {
  at: string;
  standings: BureauStanding[];
  scores: BureauScore[];
  rankings: Record<Level, RankedBureau[]>;
  /** Per level, bureaus with nothing judged: listed apart, never ranked. */
  unranked: Record<Level, BureauScore[]>;
  rates: CategoryRate[];
  coverage: LevelCoverage[];
  /** When the snapshot that movement is measured against was taken. */
  baselineAt: string | null;
}
