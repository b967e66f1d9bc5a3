/**
 * Checks a simulated network with landwatch's real cycle and scores it against the generator's truth:
 * `npm run eval:sim -- [--size 300] [--seed 7] [--day 2026-11-27] [--origin DAY] [--spacing 0] [--latency MS]
 *  [--families classic|realistic]`.
 * `--origin` (default: `--day`) is the day the network is generated around; a later `--day` sees redesigns.
 * `--families` picks the shares of the newer page families; agreement is also given per read path.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { chinaDay } from '../src/domain/day.js';
import { compareWithTruth } from '../src/sim/evaluate.js';
import { FAMILY_PRESETS, type FamilyPreset, generateNetwork } from '../src/sim/network.js';
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
    families: { type: 'string', default: 'classic' },
    /** Run without the browser lane, as a machine without Chromium does. */
    'no-browser': { type: 'boolean', default: false },
  },
});
const day = values.day;
const families = FAMILY_PRESETS[values.families as FamilyPreset];
if (!families)
  throw new Error(`--families: one of ${Object.keys(FAMILY_PRESETS).join(', ')} (value: "${values.families}")`);
const network = generateNetwork({
  seed: Number(values.seed),
  size: Number(values.size),
  origin: values.origin ?? day,
  families,
});
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
const crawler = crawlerFor(fetch, { browser: values['no-browser'] ? undefined : config.settings.browser });
const app = createApp({
  config: { ...config, settings: { ...config.settings, fetch } },
  store,
  ...crawler,
  now: () => new Date(`${day}T04:00:00Z`),
});
const { results } = await app.check({
  sections: app.catalog().sections,
  onSection: () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  },
});
const wall = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const truth = networkTruth(network, config.categories, day);
const a = compareWithTruth(results, truth);
console.log(`bureaus ${network.bureaus.length}, sections ${a.total}, day ${day}, seed ${values.seed}`);
console.log(`agreement ${a.agree}/${a.total} = ${((100 * a.agree) / a.total).toFixed(2)}%`);
console.log(
  `wall ${wall.toFixed(1)} s, cpu ${((used.user + used.system) / 1e6).toFixed(1)} s, ${(a.total / wall).toFixed(0)} pages/s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
);
const wrong = new Set([...a.disagreements.map((d) => d.key), ...a.unchecked]);
for (const via of new Set(truth.map((t) => t.via))) {
  const rows = truth.filter((t) => t.via === via);
  console.log(`  via ${via}: ${rows.length} sections, ${rows.filter((t) => !wrong.has(t.key)).length} agree`);
}
// How each section was read this time, as the store remembers it, and what the unread ones say.
const readBy = new Map<string, number>();
for (const r of results) {
  const last = store.section(`${r.bureau}/${r.category}`)?.last;
  const key =
    r.state === 'blocked' || r.state === 'unparsed' ? `${r.state} (${r.reason ?? '-'})` : (last?.via ?? 'page');
  readBy.set(key, (readBy.get(key) ?? 0) + 1);
}
console.log(`read by: ${[...readBy].map(([k, n]) => `${k} ${n}`).join(', ')}`);
const lane = crawler.browser?.stats();
if (lane)
  console.log(
    `browser lane: ${lane.pages} pages, ${lane.launches} launches, ${(lane.pages / wall).toFixed(1)} pages/s over the run, peak RSS ${(lane.peakRssBytes / 2 ** 20).toFixed(0)} MiB (browser processes)`,
  );
const waiting = results.filter((r) => r.note);
if (waiting.length > 0) console.log(`noted: ${waiting.length} sections, e.g. "${waiting[0]?.note}"`);
for (const d of a.disagreements) console.log(`  DISAGREE ${d.key}: got ${d.got}, want ${d.want}`);
for (const k of a.unchecked) console.log(`  UNCHECKED ${k}`);
await crawler.browser?.close();
await sim.close();
await rm(dir, { recursive: true, force: true });
process.exitCode = a.disagreements.length + a.unchecked.length === 0 ? 0 : 1;
