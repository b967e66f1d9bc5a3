/**
 * One crawl case: a simulated network in its own process, then landwatch and the two naive baselines, each
 * in its own process against that same network, interleaved (L C R L C R …) when repeated, so a busy
 * neighbour on the machine slows all three alike.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type { TruthRow } from '../src/sim/truth.js';
import type { LandwatchFigures, LanePage, NaiveFigures } from './lanes/lane-types.js';
import { childCpuS, runScript, startSim } from './sim-process.js';

export interface CrawlCase {
  name: string;
  size: number;
  latencyMs: number;
  spacingMs: number;
  concurrency: number;
  /** Share of sections with a fault; the throughput cases have none, so they measure the machine. */
  faults: number;
  /** The baselines are left out where they would only measure the politeness wait. */
  baselines: boolean;
  /**
   * The simulator's page families: `classic` pages every client can read (the throughput cases, where the
   * baselines run on the same pages), or `realistic` shares of jpage endpoints, script lists and 412 cookie
   * challenges, which landwatch reads through its endpoint and browser paths.
   */
  families: 'classic' | 'realistic';
}

export const CRAWL_CASES: CrawlCase[] = [
  {
    name: '5000-pages-0ms',
    size: 334,
    latencyMs: 0,
    spacingMs: 0,
    concurrency: 64,
    faults: 0,
    baselines: true,
    families: 'classic',
  },
  {
    name: '5000-pages-50ms',
    size: 334,
    latencyMs: 50,
    spacingMs: 0,
    concurrency: 64,
    faults: 0,
    baselines: true,
    families: 'classic',
  },
  {
    name: 'national-50ms-polite',
    size: 3200,
    latencyMs: 50,
    spacingMs: 1000,
    concurrency: 512,
    faults: 0.06,
    baselines: false,
    families: 'realistic',
  },
];

export interface CrawlRun {
  landwatch: LandwatchFigures;
  cheerio: NaiveFigures | null;
  regex: NaiveFigures | null;
  /** The simulator's CPU over the whole run: on 2 cores it competes with the client. */
  simCpuS: number;
}

export interface CrawlCaseResult {
  case: string;
  bureaus: number;
  latencyMs: number;
  spacingMs: number;
  heapMb: number | null;
  runs: CrawlRun[];
}

/** The list pages of the simulated network with their true newest dates, for the baselines. */
async function lanePages(bureausFile: string, truthFile: string): Promise<{ bureaus: number; pages: LanePage[] }> {
  const bureaus = YAML.parse(await readFile(bureausFile, 'utf8')) as {
    bureaus: { id: string; sections: Record<string, string> }[];
  };
  const truth = (JSON.parse(await readFile(truthFile, 'utf8')) as { sections: TruthRow[] }).sections;
  const newest = new Map(truth.map((t) => [t.key, t.newest]));
  const pages = bureaus.bureaus.flatMap((b) =>
    Object.entries(b.sections).map(([category, url]) => {
      const key = `${b.id}/${category}`;
      return { key, url, newest: newest.get(key) ?? null };
    }),
  );
  return { bureaus: bureaus.bureaus.length, pages };
}

export interface CrawlOptions {
  day: string;
  repeat: number;
  /** landwatch's heap limit (`--max-old-space-size`), as a deployment would set it; V8's default when absent. */
  heapMb?: number | undefined;
}

export async function crawlCase(c: CrawlCase, { day, repeat, heapMb }: CrawlOptions): Promise<CrawlCaseResult> {
  const dir = await mkdtemp(path.join(tmpdir(), `landwatch-bench-${c.name}-`));
  const sim = await startSim({
    size: c.size,
    latencyMs: c.latencyMs,
    faults: c.faults,
    families: c.families,
    day,
    dir,
  });
  try {
    const { bureaus, pages } = await lanePages(sim.bureausFile, sim.truthFile);
    const pagesFile = path.join(dir, 'pages.json');
    await writeFile(pagesFile, JSON.stringify(pages));
    const runs: CrawlRun[] = [];
    for (let i = 0; i < repeat; i++) {
      const simBefore = await childCpuS(sim.child.pid);
      const store = path.join(dir, `store-${i}`);
      const landwatch = await runScript<LandwatchFigures>(
        'bench/lanes/landwatch.ts',
        [
          ...['--bureaus', sim.bureausFile, '--truth', sim.truthFile, '--store', store, '--day', day],
          ...['--spacing', String(c.spacingMs), '--concurrency', String(c.concurrency)],
        ],
        { LANDWATCH_STAGE_TIMING: '1' },
        heapMb ? [`--max-old-space-size=${heapMb}`] : [],
      );
      const naive = (parser: string) =>
        c.baselines
          ? runScript<NaiveFigures>('bench/lanes/naive.ts', ['--parser', parser, '--pages', pagesFile])
          : null;
      const cheerio = await naive('cheerio');
      const regex = await naive('regex');
      runs.push({ landwatch, cheerio, regex, simCpuS: (await childCpuS(sim.child.pid)) - simBefore });
    }
    return { case: c.name, bureaus, latencyMs: c.latencyMs, spacingMs: c.spacingMs, heapMb: heapMb ?? null, runs };
  } finally {
    sim.child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}
