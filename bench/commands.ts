/**
 * Chat command handler latency with a national network loaded (3,200 bureaus × 15 sections):
 * `npx tsx bench/commands.ts [--size 3200] [--runs 200]`. Times each command's handler from options to
 * rendered pages (what the dispatcher waits for), cold (first call after a check) and warm.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCommands } from '../commands/index.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { createServices } from '../src/services.js';
import { generateNetwork } from '../src/sim/network.js';
import { openStore } from '../src/store/store.js';
import { seedStoreFromTruth } from '../tests/harness/seed-store.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '3200' }, runs: { type: 'string', default: '200' } },
});
const DAY = '2026-11-27';
const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-bench-'));
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const store = await openStore(dir);
config.bureaus = seedStoreFromTruth(
  store,
  generateNetwork({ seed: 1, size: Number(values.size), origin: DAY }),
  config,
  DAY,
);
const fetch = config.settings.fetch;
const services = createServices({
  config,
  store,
  ...crawlerFor(fetch),
  now: () => new Date(`${DAY}T05:00:00Z`),
});
const commands = loadCommands();
const ctx = services.context('zh-CN');
const noProgress = async () => {};

const coldStart = performance.now();
services.inspection();
const cold = performance.now() - coldStart;

const cases: [string, () => Promise<unknown> | unknown][] = [
  ['/rankings level:county', () => commands.get('rankings')?.execute({ level: 'county' }, ctx, noProgress)],
  [
    '/rankings level:province top:10',
    () => commands.get('rankings')?.execute({ level: 'province', top: 10 }, ctx, noProgress),
  ],
  ['/score bureau:sd', () => commands.get('score')?.execute({ bureau: 'sd' }, ctx, noProgress)],
  ['/stale (all)', () => commands.get('stale')?.execute({}, ctx, noProgress)],
  ['/rates', () => commands.get('rates')?.execute({}, ctx, noProgress)],
  ['autocomplete score "县"', () => commands.get('score')?.autocomplete?.({ name: 'bureau', value: '县' }, {}, ctx)],
  ['autocomplete score "x12"', () => commands.get('score')?.autocomplete?.({ name: 'bureau', value: 'x12' }, {}, ctx)],
];
console.log(
  `${config.bureaus.length} bureaus; inspection (scores, rankings, rates) computed once after a check: ${cold.toFixed(0)} ms`,
);
for (const [name, run] of cases) {
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
  console.log(`${name.padEnd(34)} p50 ${q(0.5)} ms  p99 ${q(0.99)} ms`);
}
await rm(dir, { recursive: true, force: true });
