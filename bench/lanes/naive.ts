/**
 * A baseline client in its own process: `--parser cheerio|regex --pages FILE`. Fetches every page 16 at a
 * time with Node's fetch, reads its newest date the naive way, and prints its figures as JSON.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { naiveDecode, newestByCheerio, newestByRegex } from '../naive-read.js';
import type { LanePage, NaiveFigures } from './lane-types.js';

const { values } = parseArgs({ options: { parser: { type: 'string' }, pages: { type: 'string' } } });
const newestOf = values.parser === 'regex' ? newestByRegex : newestByCheerio;
const pages = JSON.parse(await readFile(String(values.pages), 'utf8')) as LanePage[];
const CONCURRENCY = 16;

const cpu = process.cpuUsage();
const started = performance.now();
let next = 0;
let agree = 0;
let bytes = 0;
const lane = async () => {
  while (next < pages.length) {
    const page = pages[next++] as LanePage;
    try {
      const res = await fetch(page.url, { signal: AbortSignal.timeout(5000) });
      const body = new Uint8Array(await res.arrayBuffer());
      bytes += body.byteLength;
      if (newestOf(naiveDecode(body, res.headers.get('content-type'))) === page.newest) agree++;
    } catch {
      // A failed page simply does not agree.
    }
  }
};
await Promise.all(Array.from({ length: CONCURRENCY }, lane));
const wallS = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const figures: NaiveFigures = {
  pages: pages.length,
  wallS,
  cpuS: (used.user + used.system) / 1e6,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  bytes,
  newestAgreement: (100 * agree) / Math.max(1, pages.length),
};
console.log(JSON.stringify(figures));
