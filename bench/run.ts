import { sectionKey } from '../src/domain/types.js';
/**
 * landwatch's benchmark suite: `npm run bench -- [--case NAME] [--json]`.
 *
 * Each crawl case starts a simulated network in a separate process (so the figures are landwatch's, not
 * the simulator's), runs the real check cycle against it and prints pages/s, wall and CPU seconds, peak
 * RSS, bytes and agreement with the network's truth; then a second cycle with conditional GET.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app/app.js';
import { parseBureaus } from '../src/config/bureaus.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { compareWithTruth } from '../src/sim/evaluate.js';
import type { TruthRow } from '../src/sim/truth.js';
import { openStore } from '../src/store/store.js';
import { describeStoreYear, storeYear } from './store-year.js';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { case: { type: 'string' }, json: { type: 'boolean', default: false } } });
const DAY = '2026-11-27';

interface CrawlCase {
  name: string;
  size: number;
  latencyMs: number;
  spacingMs: number;
  concurrency: number;
  /** Share of sections with a fault; the throughput cases have none, so they measure the machine. */
  faults: number;
}

const CRAWL_CASES: CrawlCase[] = [
  { name: '5000-pages-0ms', size: 334, latencyMs: 0, spacingMs: 0, concurrency: 64, faults: 0 },
  { name: '5000-pages-50ms', size: 334, latencyMs: 50, spacingMs: 0, concurrency: 64, faults: 0 },
  { name: 'national-50ms-polite', size: 3200, latencyMs: 50, spacingMs: 1000, concurrency: 512, faults: 0.06 },
];

async function startSim(
  size: number,
  latencyMs: number,
  faults: number,
  dir: string,
): Promise<{ child: ChildProcess; bureausFile: string; truthFile: string }> {
  const bureausFile = path.join(dir, 'bureaus.yaml');
  const truthFile = path.join(dir, 'truth.json');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'src/main.ts'),
      'sim',
      '--size',
      String(size),
      '--seed',
      '7',
      '--day',
      DAY,
      '--latency',
      String(latencyMs),
      '--faults',
      String(faults),
      '--bureaus-out',
      bureausFile,
      '--truth-out',
      truthFile,
      '--warm',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('wrote')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { child, bureausFile, truthFile };
}

/** CPU seconds a child process has used so far (Linux /proc; clock ticks are 1/100 s). */
async function childCpuS(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface CycleFigures {
  pages: number;
  requests: number;
  wallS: number;
  cpuS: number;
  /** The simulator's CPU over the same cycle: on 2 cores it competes with landwatch. */
  simCpuS: number;
  pagesPerS: number;
  peakRssMiB: number;
  bytes: number;
  agreement: number;
  disagreements: number;
}

async function crawlCase(c: CrawlCase) {
  const dir = await mkdtemp(path.join(tmpdir(), `landwatch-bench-${c.name}-`));
  const sim = await startSim(c.size, c.latencyMs, c.faults, dir);
  try {
    const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
    config.bureaus = parseBureaus(sim.bureausFile, config.categories);
    const truth = (JSON.parse(await readFile(sim.truthFile, 'utf8')) as { sections: TruthRow[] }).sections;
    const fetch = {
      ...config.settings.fetch,
      perHostSpacingMs: c.spacingMs,
      concurrency: c.concurrency,
      timeoutMs: 5000,
    };
    const settings = { ...config.settings, fetch };
    const store = await openStore(path.join(dir, 'data'));
    // One crawler for both cycles, as the running bot keeps one: its connections and parser threads persist.
    const crawler = crawlerFor(fetch);
    // Every request, list pages and the detail pages read for undated lists alike.
    let requests = 0;
    let received = 0;
    const fetcher: typeof crawler.fetcher = async (req) => {
      requests++;
      const result = await crawler.fetcher(req);
      if (result.kind === 'body') received += result.bytes.byteLength;
      return result;
    };
    // One application for both cycles, as the running bot keeps one: its detail-date cache persists.
    let clock = new Date(0);
    const app = createApp({ config: { ...config, settings }, store, ...crawler, fetcher, now: () => clock });
    const cycle = async (now: Date): Promise<CycleFigures> => {
      const requestsBefore = requests;
      const receivedBefore = received;
      const cpu = process.cpuUsage();
      const simCpu = await childCpuS(sim.child.pid);
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 100);
      const started = performance.now();
      clock = now;
      const { results } = await app.check({ sections: app.catalog().sections });
      const wallS = (performance.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const used = process.cpuUsage(cpu);
      const a = compareWithTruth(results, truth);
      const bytes = received - receivedBefore;
      return {
        pages: results.length,
        requests: requests - requestsBefore,
        wallS: round(wallS),
        cpuS: round((used.user + used.system) / 1e6),
        simCpuS: round((await childCpuS(sim.child.pid)) - simCpu),
        pagesPerS: Math.round(results.length / wallS),
        peakRssMiB: Math.round(peak / 2 ** 20),
        bytes,
        agreement: round((100 * a.agree) / Math.max(1, a.total), 2),
        disagreements: a.disagreements.length,
      };
    };
    const first = await cycle(new Date(`${DAY}T04:00:00Z`));
    // Same network, a moment later: validators should turn most pages into 304s.
    const second = await cycle(new Date(`${DAY}T05:00:00Z`));
    return {
      case: c.name,
      bureaus: config.bureaus.length,
      latencyMs: c.latencyMs,
      spacingMs: c.spacingMs,
      first,
      second,
      secondBytesShare: round((100 * second.bytes) / Math.max(1, first.bytes), 1),
    };
  } finally {
    sim.child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

/** bench/commands.ts in a fresh process, its JSON read back. */
async function commandsInChild(): Promise<Awaited<ReturnType<typeof import('./commands.js').commandLatency>>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/commands.ts'), '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`bench/commands.ts exited with ${code}`);
  return JSON.parse(out);
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const summary: unknown[] = [];
for (const c of CRAWL_CASES) {
  if (values.case && values.case !== c.name) continue;
  const r = await crawlCase(c);
  summary.push(r);
  if (!values.json) {
    console.log(`\n${r.case}: ${r.bureaus} bureaus, latency ${r.latencyMs} ms, per-host spacing ${r.spacingMs} ms`);
    for (const [label, f] of [
      ['first cycle', r.first],
      ['second cycle (conditional GET)', r.second],
    ] as const) {
      console.log(
        `  ${label.padEnd(31)} ${f.pages} pages (${f.requests} requests) in ${f.wallS} s = ${f.pagesPerS} pages/s, CPU ${f.cpuS} s (simulator ${f.simCpuS} s), peak RSS ${f.peakRssMiB} MiB, ${Math.round(f.bytes / 1024)} KiB, agreement ${f.agreement}% (${f.disagreements} disagreements)`,
      );
    }
    console.log(`  second cycle bytes: ${r.secondBytesShare}% of the first`);
  }
}
if (!values.case || values.case === 'commands-3200') {
  // In a child process: the crawl cases above leave a large heap behind that would time its collections.
  const r = await commandsInChild();
  summary.push({ case: 'commands-3200', ...r });
  if (!values.json) {
    console.log(
      `\ncommands-3200: ${r.bureaus} bureaus, inspection computed once after a check in ${r.inspectionMs} ms`,
    );
    for (const c of r.cases) console.log(`  ${c.name.padEnd(34)} p50 ${c.p50Ms} ms  p99 ${c.p99Ms} ms`);
  }
}
if (!values.case || values.case === 'store-year-national') {
  const r = await storeYear();
  summary.push(r);
  if (!values.json) console.log(describeStoreYear(r));
}
if (values.json) console.log(JSON.stringify(summary, null, 2));
if (!values.json) console.log('\n(scoring at national scale: npx tsx bench/scoring.ts)');
