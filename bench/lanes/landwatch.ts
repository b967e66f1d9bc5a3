/**
 * landwatch in its own process: `--bureaus FILE --truth FILE --spacing MS --concurrency N`. Runs the real
 * check cycle twice (the second with conditional GET) with one crawler and one application, as the bot
 * keeps them, and prints its figures as JSON.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createApp } from '../../src/app/app.js';
import { stageTotals } from '../../src/app/stage-timing.js';
import { parseBureaus } from '../../src/config/bureaus.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import type { ExtractInput } from '../../src/extract/extract.js';
import { compareWithTruth } from '../../src/sim/evaluate.js';
import type { TruthRow } from '../../src/sim/truth.js';
import { openStore } from '../../src/store/store.js';
import { extractionSplit } from '../extraction-split.js';
import type { CycleFigures, LandwatchFigures } from './lane-types.js';

const { values } = parseArgs({
  options: {
    bureaus: { type: 'string' },
    truth: { type: 'string' },
    store: { type: 'string' },
    day: { type: 'string' },
    spacing: { type: 'string' },
    concurrency: { type: 'string' },
  },
});
const DAY = String(values.day);
const SAMPLE = 300;

const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
config.bureaus = parseBureaus(String(values.bureaus), config.categories);
const truth = (JSON.parse(await readFile(String(values.truth), 'utf8')) as { sections: TruthRow[] }).sections;
const fetch = {
  ...config.settings.fetch,
  perHostSpacingMs: Number(values.spacing),
  concurrency: Number(values.concurrency),
  timeoutMs: 5000,
};
const settings = { ...config.settings, fetch };
const store = await openStore(String(values.store));
// The browser lane as the bot runs it: it launches Chromium only when a section needs it.
const crawler = crawlerFor(fetch, { browser: config.settings.browser });
const listUrls = new Set(config.bureaus.flatMap((b) => b.sections.map((s) => s.url)));
// Every request, list pages and the detail pages read for undated lists alike.
let requests = 0;
let received = 0;
const sample: ExtractInput[] = [];
const fetcher: typeof crawler.fetcher = async (req) => {
  requests++;
  const result = await crawler.fetcher(req);
  if (result.kind !== 'body') return result;
  const { bytes } = result;
  received += bytes.byteLength;
  if (sample.length < SAMPLE && listUrls.has(req.url))
    sample.push({ bytes: new Uint8Array(bytes), contentType: result.contentType, url: req.url, today: DAY });
  return result;
};
let clock = new Date(0);
const app = createApp({ config: { ...config, settings }, store, ...crawler, fetcher, now: () => clock });

/** This process's main thread's CPU seconds (Linux: its task has the process's id; ticks are 1/100 s). */
async function mainThreadCpuS(): Promise<number> {
  const stat = await readFile(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const round1 = (s: number) => Math.round(s * 10) / 10;
/** The last sections judged in a cycle, kept to show what its tail waited on. */
const TAIL = 12;
const truthNewest = new Map(truth.map((t) => [t.key, t.newest]));
const cycle = async (now: Date): Promise<CycleFigures> => {
  const [requestsBefore, receivedBefore, mainBefore, stagesBefore] = [
    requests,
    received,
    await mainThreadCpuS(),
    stageTotals(),
  ];
  const cpu = process.cpuUsage();
  const started = performance.now();
  clock = now;
  const judgedAt: number[] = [];
  const last: { at: number; key: string }[] = [];
  const { results, relocated } = await app.check({
    sections: app.catalog().sections,
    onSection: (r) => {
      const at = (performance.now() - started) / 1000;
      judgedAt.push(at);
      last.push({ at, key: `${r.bureau}/${r.category}` });
      if (last.length > TAIL) last.shift();
    },
  });
  const wallS = (performance.now() - started) / 1000;
  await relocated;
  const relocatedByS = round1((performance.now() - started) / 1000);
  const by = (q: number) => round1(judgedAt[Math.min(judgedAt.length - 1, Math.floor(q * judgedAt.length))] ?? 0);
  const used = process.cpuUsage(cpu);
  const a = compareWithTruth(results, truth);
  // With the tail (BENCH_TAIL), what disagreed and why, on stderr beside the figures.
  if (process.env.BENCH_TAIL)
    for (const d of a.disagreements) {
      const last = store.section(d.key)?.last;
      console.error(`  disagree ${d.key}: got ${d.got} via ${last?.via ?? '-'} ${last?.reason ?? ''}, want ${d.want}`);
    }
  const newestAgree = results.filter((r) => r.newest === truthNewest.get(`${r.bureau}/${r.category}`)).length;
  const stagesMs: Record<string, number> = {};
  for (const [k, v] of Object.entries(stageTotals())) stagesMs[k] = v.ms - (stagesBefore[k]?.ms ?? 0);
  return {
    pages: results.length,
    requests: requests - requestsBefore,
    wallS,
    cpuS: (used.user + used.system) / 1e6,
    mainS: (await mainThreadCpuS()) - mainBefore,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    bytes: received - receivedBefore,
    agreement: (100 * a.agree) / Math.max(1, a.total),
    disagreements: a.disagreements.length,
    newestAgreement: (100 * newestAgree) / Math.max(1, results.length),
    stagesMs,
    judgedByS: { p50: by(0.5), p90: by(0.9), p99: by(0.99), all: by(1) },
    relocatedByS,
    lastJudged: last.map(({ at, key }) => {
      const record = store.section(key);
      return `${round1(at)} s ${key} ${record?.state} via ${record?.last.via ?? '-'} ${record?.last.reason ?? ''}`.trim();
    }),
  };
};
const first = await cycle(new Date(`${DAY}T04:00:00Z`));
// Same network, a moment later: validators should turn most pages into 304s.
const second = await cycle(new Date(`${DAY}T05:00:00Z`));
const split = { sample: sample.length, ...extractionSplit(sample) };
const lane = crawler.browser?.stats();
const browser = lane
  ? {
      pages: lane.pages,
      launches: lane.launches,
      peakRssMiB: lane.peakRssBytes / 2 ** 20,
      busyS: lane.busyMs / 1000,
      tabs: config.settings.browser.tabs,
    }
  : null;
await crawler.browser?.close();
const figures: LandwatchFigures = { first, second, split, browser };
console.log(JSON.stringify(figures));
process.exit(0);
