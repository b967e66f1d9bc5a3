/**
 * Checks a simulated network with landwatch's real cycle and scores it against the generator's truth:
 * `npm run eval:sim -- [--size 300] [--seed 7] [--day 2026-11-27] [--origin DAY] [--spacing 0] [--latency MS]`.
 * `--origin` (default: `--day`) is the day the network is generated around; a later `--day` sees redesigns.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCheckCycle } from '../src/app/cycle.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { chinaDay } from '../src/domain/day.js';
import { compareWithTruth } from '../src/sim/evaluate.js';
import { generateNetwork } from '../src/sim/network.js';
import { startSimServer } from '../src/sim/server.js';
import { networkTruth } from '../src/sim/truth.js';
import { openStore } from '../src/store/store.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '300' },
    seed: { type: 'string', default: '7' },
    day: { type: 'string', default: chinaDay(new Date()) },
    origin: { type: 'string' },
    spacing: { type: 'string', default: '0' },
    latency: { type: 'string', default: '0' },
  },
});
const day = values.day;
const network = generateNetwork({ seed: Number(values.seed), size: Number(values.size), origin: values.origin ?? day });
const latencyMs = Number(values.latency);
const sim = await startSimServer(network, { today: day, latencyMs, jitterMs: latencyMs / 2 });
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
config.bureaus = sim.bureaus();
const fetch = { ...config.settings.fetch, perHostSpacingMs: Number(values.spacing) };
const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-eval-'));
const store = await openStore(dir);
const started = performance.now();
const cpu = process.cpuUsage();
let peakRss = process.memoryUsage().rss;
const results = await runCheckCycle({
  config: { ...config, settings: { ...config.settings, fetch } },
  store,
  ...crawlerFor(fetch),
  now: () => new Date(`${day}T04:00:00Z`),
  onSection: () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  },
});
const wall = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const a = compareWithTruth(results, networkTruth(network, config.categories, day, config.calendar));
console.log(`bureaus ${network.bureaus.length}, sections ${a.total}, day ${day}, seed ${values.seed}`);
console.log(`agreement ${a.agree}/${a.total} = ${((100 * a.agree) / a.total).toFixed(2)}%`);
console.log(
  `wall ${wall.toFixed(1)} s, cpu ${((used.user + used.system) / 1e6).toFixed(1)} s, ${(a.total / wall).toFixed(0)} pages/s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
);
for (const d of a.disagreements) console.log(`  DISAGREE ${d.key}: got ${d.got}, want ${d.want}`);
for (const k of a.unchecked) console.log(`  UNCHECKED ${k}`);
await sim.close();
await rm(dir, { recursive: true, force: true });
process.exitCode = a.disagreements.length + a.unchecked.length === 0 ? 0 : 1;
