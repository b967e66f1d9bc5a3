import { describe, expect, it } from 'vitest';
import { killLoop } from '../../scripts/kill-loop.js';

describe('kill -9 at random points of landwatch check', () => {
  // Six CLI processes: about 15 s on an idle 2-core machine, far more when it is shared.
  it('never leaves a store that does not open, a damaged record, a temp file or a lost record', async () => {
    const report = await killLoop({ kills: 5, size: 3, seedSize: 100, faults: 0, seed: 7 });
    expect(report.problems).toEqual([]);
    expect(report.runs).toHaveLength(5);
    expect(report.finalSections).toBe(report.expectedSections);
    // The 1,500 seeded records were there after every kill (`problems` would also name a lost one).
    expect(report.runs.every((r) => r.storedSections >= 1500)).toBe(true);
  }, 180_000);
});
