import type { Day, FreshnessState } from './types.js';

/** What one check of one section came to: one line of `landwatch check` (DESIGN.md §3). */
export interface SectionResult {
  bureau: string;
  category: string;
  url: string;
  state: FreshnessState;
  newest: Day | null;
  ageDays: number | null;
  previous: FreshnessState | null;
  reason: string | null;
  /** What the read paths said when no list came of it (the browser it needs). */
  note?: string | null | undefined;
  /** Item fit of the list read now (undefined: nothing read) and at the check before. */
  itemFit?: number | null | undefined;
  previousItemFit: number | null;
}
