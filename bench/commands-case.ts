import type { commandLatency } from './commands.js';
import { runScript } from './sim-process.js';

/**
 * bench/commands.ts in a fresh process, its JSON read back: the crawl cases leave a large heap behind that
 * would time its collections.
 */
export function commandsInChild(): Promise<Awaited<ReturnType<typeof commandLatency>>> {
  return runScript('bench/commands.ts', ['--json']);
}
