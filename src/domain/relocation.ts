import { nowHoldsOtherItems } from './discovery.js';
import type { FreshnessState } from './types.js';

/**
 * Sites get redesigned (改版) and moved onto provincial platforms. When a watched section turns missing
 * (404, or a redirect to the homepage), stops reading as a list, or its list suddenly holds another
 * category's items, it is looked for again from the homepage and the new address proposed to operations,
 * instead of letting a moved column look like a silent one (or another column's news look like its own).
 */
export type MovedHint = 'missing' | 'unparsed' | 'other-items';

export interface Relocation {
  bureau: string;
  category: string;
  from: string;
  to: string;
  confidence: number;
  linkText: string;
  why: MovedHint;
}

/** What one check said about a section, as far as telling a move goes. */
export interface CheckedSection {
  state: FreshnessState;
  previous: FreshnessState | null;
  /** Item fit of the list read now (undefined: nothing read) and at the check before. */
  itemFit?: number | null | undefined;
  previousItemFit: number | null;
}

/**
 * Why a check suggests the column moved: its address is gone (404, redirect to the homepage), no longer
 * reads as a list, or its list now holds another category's items. Only on the change, not every check.
 */
export function movedHint(r: CheckedSection): MovedHint | null {
  if (r.state === 'missing' && r.previous !== 'missing') return 'missing';
  if (r.state === 'unparsed' && r.previous !== null && r.previous !== 'unparsed') return 'unparsed';
  if (nowHoldsOtherItems(r.previousItemFit, r.itemFit ?? null)) return 'other-items';
  return null;
}
