/** The bench's text report: every landwatch figure beside the naive baselines', and CPU per page by stage. */
import type { CrawlCaseResult, CrawlRun } from './crawl-case.js';
import { median, round } from './figures.js';
import type { CycleFigures, NaiveFigures } from './lanes/lane-types.js';

const rate = (f: { pages: number; wallS: number }) => f.pages / f.wallS;

function summary(label: string, f: CycleFigures | NaiveFigures): string {
  const agreement = 'agreement' in f ? `state agreement ${round(f.agreement, 2)}%, ` : '';
  const requests = 'requests' in f ? ` (${f.requests} requests)` : '';
  return (
    `  ${label.padEnd(20)} ${f.pages} pages${requests} in ${round(f.wallS)} s = ${Math.round(rate(f))} pages/s, ` +
    `CPU ${round(f.cpuS)} s, peak RSS ${Math.round(f.peakRssMiB)} MiB, ${Math.round(f.bytes / 1024)} KiB, ` +
    `${agreement}newest-date agreement ${round(f.newestAgreement, 2)}%`
  );
}

/** landwatch ÷ baseline, medians over the runs: above 1 is more pages/s, or more CPU or memory. */
function ratios(runs: CrawlRun[], lane: 'cheerio' | 'regex'): string | null {
  const pairs = runs.flatMap((r) => (r[lane] ? [{ lw: r.landwatch.first, naive: r[lane] as NaiveFigures }] : []));
  if (pairs.length === 0) return null;
  const of = (f: (p: (typeof pairs)[number]) => number) => round(median(pairs.map(f)), 2);
  return (
    `  landwatch / ${lane.padEnd(8)} pages/s ×${of((p) => rate(p.lw) / rate(p.naive))}, ` +
    `CPU s ×${of((p) => p.lw.cpuS / p.naive.cpuS)}, peak RSS ×${of((p) => p.lw.peakRssMiB / p.naive.peakRssMiB)}` +
    (pairs.length > 1 ? ` (median of ${pairs.length} interleaved runs)` : '')
  );
}

/** CPU milliseconds per section page, by stage, largest first (the first cycle of the first run). */
export function stageLines(run: CrawlRun): string[] {
  const { first, split } = run.landwatch;
  const perPage = (ms: number) => ms / first.pages;
  const mainMs = first.mainS * 1000;
  const parserMs = first.cpuS * 1000 - mainMs;
  const timed = Object.values(first.stagesMs).reduce((a, b) => a + b, 0);
  const stages: [string, number][] = [
    ['main: fetch + pipeline (untimed rest)', mainMs - timed],
    ...Object.entries(first.stagesMs).map(([k, v]): [string, number] => [`main: ${k}`, v]),
    ...Object.entries(split.shares).map(([k, share]): [string, number] => [`off main thread: ${k}`, parserMs * share]),
  ];
  stages.sort((a, b) => b[1] - a[1]);
  const total = first.cpuS * 1000;
  return [
    `  CPU per page by stage (first cycle: ${round(perPage(total), 2)} ms per page, ${round(first.requests / first.pages, 2)} requests per page):`,
    ...stages.map(([k, ms]) => `    ${k.padEnd(38)} ${round(perPage(ms), 3)} ms  ${round((100 * ms) / total)}%`),
    `    (parser split measured on ${split.sample} of this run's bodies, ${round(split.msPerPage, 2)} ms each in the bench process; ` +
      `"off main thread" is the process's CPU beyond its main thread's (parser threads, GC helpers), split by those shares; record and detail-dates are wall time of synchronous work, store the main thread's CPU during flushes)`,
  ];
}

export function printCrawlCase(r: CrawlCaseResult): void {
  const heap = r.heapMb ? `, landwatch's heap limited to ${r.heapMb} MB` : '';
  console.log(
    `\n${r.case}: ${r.bureaus} bureaus, latency ${r.latencyMs} ms, per-host spacing ${r.spacingMs} ms${heap}`,
  );
  r.runs.forEach((run, i) => {
    const tag = r.runs.length > 1 ? ` #${i + 1}` : '';
    console.log(summary(`landwatch${tag}`, run.landwatch.first));
    console.log(summary(`  second cycle (304)`, run.landwatch.second));
    const lane = run.landwatch.browser;
    if (lane && lane.pages > 0)
      console.log(
        `  browser lane: ${lane.pages} pages, ${lane.launches} launches, ${round(lane.pages / run.landwatch.first.wallS, 2)} pages/s over the first cycle, ${round(lane.busyS)} s of pages open on ${lane.tabs} tabs (${Math.round((100 * lane.busyS) / (lane.tabs * run.landwatch.first.wallS))} % busy), peak RSS ${Math.round(lane.peakRssMiB)} MiB (browser processes)`,
      );
    const j = run.landwatch.first.judgedByS;
    console.log(
      `  first cycle, sections judged by: half ${j.p50} s, 90 % ${j.p90} s, 99 % ${j.p99} s, all ${j.all} s; moved columns' searches ended by ${run.landwatch.first.relocatedByS} s`,
    );
    if (process.env.BENCH_TAIL) console.log(`  last judged:\n    ${run.landwatch.first.lastJudged.join('\n    ')}`);
    if (run.cheerio) console.log(summary(`naive cheerio${tag}`, run.cheerio));
    if (run.regex) console.log(summary(`naive regex${tag}`, run.regex));
    console.log(`  simulator CPU over the run: ${round(run.simCpuS)} s`);
  });
  for (const lane of ['cheerio', 'regex'] as const) {
    const line = ratios(r.runs, lane);
    if (line) console.log(line);
  }
  const first = r.runs[0]?.landwatch;
  if (first) {
    console.log(
      `  second cycle bytes: ${round((100 * first.second.bytes) / Math.max(1, first.first.bytes))}% of the first`,
    );
    for (const line of stageLines(r.runs[0] as CrawlRun)) console.log(line);
  }
}
