import { type FreshnessState, UNKNOWN_STATES } from './types.js';

/**
 * Which state changes are worth telling people. Stakeholders hear about sections that go stale or blank
 * and recover; the operations channel hears about sections we can no longer read. Unknown is never stale.
 */
export type ChangeKind = 'alert' | 'recovery' | 'ops-down' | 'ops-up';

const BAD: ReadonlySet<FreshnessState> = new Set(['stale', 'blank']);

export function classifyChange(previous: FreshnessState | null, current: FreshnessState): ChangeKind | null {
  if (previous === current) return null;
  if (UNKNOWN_STATES.has(current)) return previous !== null && UNKNOWN_STATES.has(previous) ? null : 'ops-down';
  if (previous !== null && UNKNOWN_STATES.has(previous)) {
    // Readable again: say so to operations, and alert only if what we now see is bad.
    return BAD.has(current) ? 'alert' : 'ops-up';
  }
  if (BAD.has(current)) return previous !== null && BAD.has(previous) ? null : 'alert';
  if (previous !== null && BAD.has(previous)) return 'recovery';
  return null;
}
