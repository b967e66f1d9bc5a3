import { describe, expect, it } from 'vitest';
import { classifyChange } from '../../src/domain/transitions.js';

describe('classifyChange', () => {
  it.each([
    [null, 'fresh', null],
    [null, 'stale', 'alert'],
    [null, 'unreachable', 'ops-down'],
    ['fresh', 'due', null],
    ['due', 'stale', 'alert'],
    ['fresh', 'blank', 'alert'],
    ['stale', 'blank', null],
    ['stale', 'fresh', 'recovery'],
    ['blank', 'due', 'recovery'],
    ['fresh', 'blocked', 'ops-down'],
    ['unreachable', 'blocked', null],
    ['unreachable', 'fresh', 'ops-up'],
    ['unreachable', 'stale', 'alert'],
    ['stale', 'unreachable', 'ops-down'],
  ] as const)('%s → %s is %s', (from, to, kind) => {
    expect(classifyChange(from, to)).toBe(kind);
  });
});
