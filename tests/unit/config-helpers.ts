import { ConfigError } from '../../src/config/config-error.js';

/** The problems of the ConfigError `fn` throws; fails the test on any other outcome. */
export function configProblems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}
