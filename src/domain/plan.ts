import { fnv1a } from './hash.js';
import { type Category, type Section, sectionKey } from './types.js';

/**
 * Which sections are due for a check at `now`. A checked section is due one interval after its last check;
 * a new one at its slot in the current interval, placed by a stable hash of its key, so the first checks of
 * a large watch list spread over the interval instead of hitting every site at once. Pure.
 */
export function dueSections(
  sections: readonly Section[],
  categoryOf: (key: string) => Category | undefined,
  lastChecked: (section: Section) => string | null,
  now: Date,
): Section[] {
  const nowMs = now.getTime();
  return sections.filter((s) => {
    const hours = categoryOf(s.category)?.checkEveryHours ?? 24;
    const interval = hours * 3_600_000;
    const last = lastChecked(s);
    if (last) return Date.parse(last) + interval <= nowMs;
    const slot = fnv1a(sectionKey(s.bureauId, s.category)) % interval;
    return Math.floor(nowMs / interval) * interval + slot <= nowMs;
  });
}
