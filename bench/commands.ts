/**
 * Chat command handler latency with a national network loaded (3,200 bureaus × 15 sections):
 * `npx tsx bench/commands.ts [--size 3200] [--runs 200] [--json]` (also the `commands-3200` case of `npm run bench`). Times each command's handler from options to
 * rendered pages (what the dispatcher waits for), cold (first call after a check) and warm.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCommands } from '../commands/index.js';
import { createApp } from '../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { generateNetwork } from '../src/sim/network.js';
import { openStore } from '../src/store/store.js';
import { seedStoreFromTruth } from '../tests/harness/seed-store.js';

const DAY = '2026-11-27';

export interface CommandLatency {
  name: string;
  p50Ms: number;
  p99Ms: number;
}

/** Each handler `runs` times against a seeded national store: p50 and p99 in milliseconds. */
export async function commandLatency(
  size = 3200,
  runs = 200,
): Promise<{ bureaus: number; inspectionMs: number; cases: CommandLatency[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-bench-'));
  try {
    const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
    const store = await openStore(dir);
    config.bureaus = seedStoreFromTruth(store, generateNetwork({ seed: 1, size, origin: DAY }), config, DAY);
    const { services } = createApp({
      config,
      store,
      ...crawlerFor({ ...config.settings.fetch, extractionThreads: 0 }),
      now: () => new Date(`${DAY}T05:00:00Z`),
    });
    const commands = loadCommands();
    const ctx = services.context('zh-CN');
    const noProgress = async () => {};
    const coldStart = performance.now();
    services.inspection();
    const inspectionMs = Math.round(performance.now() - coldStart);
    const cases: [string, () => Promise<unknown> | unknown][] = [
      ['/rankings level:county', () => commands.get('rankings')?.execute({ level: 'county' }, ctx, noProgress)],
      [
        '/rankings level:province top:10',
        () => commands.get('rankings')?.execute({ level: 'province', top: 10 }, ctx, noProgress),
      ],
      ['/score bureau:sd', () => commands.get('score')?.execute({ bureau: 'sd' }, ctx, noProgress)],
      ['/stale (all)', () => commands.get('stale')?.execute({}, ctx, noProgress)],
      ['/rates', () => commands.get('rates')?.execute({}, ctx, noProgress)],
      [
        'autocomplete score "县"',
        () => commands.get('score')?.autocomplete?.({ name: 'bureau', value: '县' }, {}, ctx),
      ],
      [
        'autocomplete score "x12"',
        () => commands.get('score')?.autocomplete?.({ name: 'bureau', value: 'x12' }, {}, ctx),
      ],
    ];
    const out: CommandLatency[] = [];
    for (const [name, run] of cases) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const q = (p: number) =>
        Math.round((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) * 100) / 100;
      out.push({ name, p50Ms: q(0.5), p99Ms: q(0.99) });
    }
    return { bureaus: config.bureaus.length, inspectionMs, cases: out };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '3200' },
      runs: { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
    },
  });
  const r = await commandLatency(Number(values.size), Number(values.runs));
  if (values.json) {
    console.log(JSON.stringify(r));
    process.exit(0);
  }
  console.log(
    `${r.bureaus} bureaus; inspection (scores, rankings, rates) computed once after a check: ${r.inspectionMs} ms`,
  );
  for (const c of r.cases) console.log(`${c.name.padEnd(34)} p50 ${c.p50Ms} ms  p99 ${c.p99Ms} ms`);
}
