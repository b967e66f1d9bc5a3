/**
 * How long scoring, ranking and rates take at national scale (3,200 bureaus × 15 sections), from states
 * taken from the simulator's truth: `npx tsx bench/scoring.ts [--size 3200] [--runs 20]`.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { rankLevel } from '../src/domain/rankings.js';
import { disclosureRates, levelCoverage } from '../src/domain/rates.js';
import { type BureauStanding, scoreBureau } from '../src/domain/scoring.js';
import { LEVELS } from '../src/domain/types.js';
import { generateNetwork } from '../src/sim/network.js';
import { networkTruth } from '../src/sim/truth.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '3200' }, runs: { type: 'string', default: '20' } },
});
const day = '2026-11-27';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const network = generateNetwork({ seed: 1, size: Number(values.size), origin: day });
const truth = new Map(networkTruth(network, config.categories, day, config.calendar).map((t) => [t.key, t]));
const standings: BureauStanding[] = network.bureaus.map((b) => ({
  id: b.id,
  name: b.name,
  level: b.level,
  province: b.province,
  availability: { checks: 7, failures: 0 },
  sections: b.sections.map((s) => {
    const t = truth.get(`${b.id}/${s.category}`);
    return {
      category: s.category,
      url: `http://${b.address}${s.path}`,
      state: t?.state ?? 'unreachable',
      ageDays: null,
      newest: t?.newest ? { title: '', url: null, date: t.newest, provenance: { path: '', raw: t.newest } } : null,
    };
  }),
}));
const categories = new Map(config.categories.map((c) => [c.key, c]));
const times: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const t0 = performance.now();
  const scores = standings.map((s) => scoreBureau(s, categories));
  for (const level of LEVELS) rankLevel(scores, level);
  disclosureRates(standings, config.categories);
  levelCoverage(standings);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1);
console.log(
  `${standings.length} bureaus, ${standings.length * 15} sections: score + rank + rates median ${q(0.5)} ms, p99 ${q(0.99)} ms over ${times.length} runs`,
);
