/**
 * landwatch's benchmark suite: `npm run bench -- [--case NAME] [--repeat N] [--heap-mb N] [--json]`.
 *
 * Each crawl case starts a simulated network in its own process, then runs landwatch's real check cycle
 * (twice: the second with conditional GET) and two naive baselines (fetch + cheerio, fetch + regex), each
 * in its own process against the same network, and prints every figure beside the baselines' with CPU per
 * page by stage. See bench/README.md.
 */
import { parseArgs } from 'node:util';
import { commandsInChild } from './commands-case.js';
import { CRAWL_CASES, crawlCase } from './crawl-case.js';
import { printCrawlCase } from './print.js';
import { startupRss } from './startup-rss.js';
import { describeStoreYear, storeYear } from './store-year.js';

const { values } = parseArgs({
  options: {
    case: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'heap-mb': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const DAY = '2026-11-27';
const wanted = (name: string) => !values.case || values.case === name;

const summary: unknown[] = [];
for (const c of CRAWL_CASES) {
  if (!wanted(c.name)) continue;
  const heapMb = values['heap-mb'] ? Number(values['heap-mb']) : undefined;
  const r = await crawlCase(c, { day: DAY, repeat: Math.max(1, Number(values.repeat)), heapMb });
  summary.push(r);
  if (!values.json) printCrawlCase(r);
}
if (wanted('commands-3200')) {
  const r = await commandsInChild();
  summary.push({ case: 'commands-3200', ...r });
  if (!values.json) {
    console.log(
      `\ncommands-3200: ${r.bureaus} bureaus, inspection computed once after a check in ${r.inspectionMs} ms`,
    );
    for (const c of r.cases) console.log(`  ${c.name.padEnd(34)} p50 ${c.p50Ms} ms  p99 ${c.p99Ms} ms`);
  }
}
if (wanted('store-year-national')) {
  const r = await storeYear();
  summary.push(r);
  if (!values.json) console.log(describeStoreYear(r));
}
if (wanted('startup-rss')) {
  const r = await startupRss();
  summary.push(r);
  if (!values.json)
    console.log(
      `\nstartup-rss (peak RSS, median of 3): landwatch --help compiled ${r.helpCompiledMiB} MiB, through tsx ${r.helpTsxMiB} MiB (bin/landwatch.js ${r.helpBinMiB} MiB); a parser thread started and one page read: compiled ${r.workerCompiledMiB} MiB, through tsx ${r.workerTsxMiB} MiB`,
    );
}
if (values.json) console.log(JSON.stringify(summary, null, 2));
else console.log('\n(scoring at national scale: npx tsx bench/scoring.ts)');
