import { fnv1a } from '../domain/hash.js';

/** Seeded PRNG (mulberry32): the same seed always builds the same network. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/**
 * A stable share in [0, 1) for a key. Traits decided this way leave the generator's stream alone, so
 * networks that do not use a trait stay exactly as they were.
 */
export function share(key: string): number {
  return (fnv1a(key) % 100_000) / 100_000;
}

/** A stable choice among `xs` for a key. */
export function choose<T>(key: string, xs: readonly T[]): T {
  return xs[fnv1a(key) % xs.length] as T;
}
