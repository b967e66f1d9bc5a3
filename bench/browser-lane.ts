/**
 * The browser lane's throughput and memory on loopback: `npx tsx bench/browser-lane.ts [--pages 50]
 * [--hosts 10] [--tabs 2] [--latency 0]`. Each page's list is written by a script from JSON it fetches
 * (`--latency` ms later), so only the browser reads it; pages are spread over `--hosts` servers, read one
 * at a time per host as the bot does (spacing 0 here). Prints pages/s for a cold pass (the launch
 * included) and a warm one, the peak RSS of the browser's process tree (sampled every 50 ms) and its PSS (every 1 s), and the
 * plain fetcher on the same lists served as HTML, as the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { browserSettingsSchema } from '../src/config/browser-settings.js';
import { parseSettings } from '../src/config/settings.js';
import { createBrowserLane } from '../src/crawl/browser/lane.js';
import { markedProcess, processTreeRss } from '../src/crawl/browser/process-rss.js';
import { createFetcher } from '../src/crawl/fetcher.js';
import { HostCookies } from '../src/crawl/host-cookies.js';
import { HostQueue } from '../src/crawl/host-queue.js';
import { type ReadDeps, readSection } from '../src/crawl/read-section.js';
import type { Day } from '../src/domain/types.js';
import { extractSection } from '../src/extract/extract.js';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '50' },
    hosts: { type: 'string', default: '10' },
    tabs: { type: 'string', default: '2' },
    latency: { type: 'string', default: '0' },
  },
});
const pages = Number(values.pages);
const hostCount = Number(values.hosts);
const latency = Number(values.latency);
const today = '2026-11-27' as Day;

const items = (page: number) =>
  Array.from({ length: 15 }, (_, i) => ({
    title: `关于第${page}批次国有建设用地使用权挂牌出让的公告（${i + 1}）`,
    url: `/art/2026/11/${20 - (i % 20)}/art_${page}_${i}.html`,
    date: `2026-11-${String(20 - (i % 20)).padStart(2, '0')}`,
  }));
const row = (i: { title: string; url: string; date: string }) =>
  `<li><a href="${i.url}">${i.title}</a><span>${i.date}</span></li>`;
const scriptPage = (page: number) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告</title></head>
<body><div class="nav"><a href="/">首页</a></div><ul class="list" id="list"></ul><script>
fetch('/api/${page}.json').then((r) => r.json()).then((items) => {
  document.getElementById('list').innerHTML = items.map((i) =>
    '<li><a href="' + i.url + '">' + i.title + '</a><span>' + i.date + '</span></li>').join('');
});</script></body></html>`;
const htmlPage = (page: number) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><ul class="list">${items(page).map(row).join('')}</ul></body></html>`;

function serve(): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((req, res) => {
    const [, kind, id] = /^\/(col|api|html)\/(\d+)/.exec(req.url ?? '') ?? [];
    const page = Number(id);
    if (kind === 'api')
      return void setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(items(page)));
      }, latency);
    res.writeHead(kind ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(kind === 'col' ? scriptPage(page) : kind === 'html' ? htmlPage(page) : 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

const servers = await Promise.all(Array.from({ length: hostCount }, serve));
const urls = (kind: 'col' | 'html') =>
  Array.from({ length: pages }, (_, p) => `${servers[p % hostCount]?.url}/${kind}/${p}/index.html`);
const fetchSettings = parseSettings('bench.yaml', 'fetch:\n  retries: 0\n').fetch;
const queue = new HostQueue({ concurrency: 64, perHost: 1, spacingMs: 0 });
const lane = createBrowserLane({
  settings: browserSettingsSchema.parse({ tabs: Number(values.tabs) }),
  userAgent: fetchSettings.userAgent,
  queue,
});
const deps: ReadDeps = {
  fetcher: createFetcher(fetchSettings),
  queue,
  extract: async (input) => extractSection(input),
  findEndpoint: () => null,
  browser: lane,
  cookies: new HostCookies(),
  endpoints: new Map(),
  today,
};

/** Proportional set size of `root` and its descendants: shared pages split among their sharers. */
function treePss(root: string): number {
  const parent = new Map<string, string>();
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] as string);
    } catch {}
  }
  const inTree = (pid: string): boolean => pid === root || (parent.has(pid) && inTree(parent.get(pid) as string));
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {}
  }
  return kb * 1024;
}

let peakTree = 0;
let peakPss = 0;
let root: string | null = null;
const sampler = setInterval(() => {
  root = (root && processTreeRss(root) !== null ? root : null) ?? markedProcess('--landwatch-lane=');
  const rss = root ? processTreeRss(root) : null;
  if (rss && rss > peakTree) peakTree = rss;
}, 50);
// PSS walks every mapping of every process: sampled rarely, or it slows the browser it measures.
const pssSampler = setInterval(() => {
  if (root) peakPss = Math.max(peakPss, treePss(root));
}, 1000);

async function pass(label: string, list: string[], preferred?: 'browser') {
  const started = performance.now();
  const reads = await Promise.all(list.map((url) => readSection({ url, hints: {} }, deps, preferred)));
  const seconds = (performance.now() - started) / 1000;
  const right = reads.filter((r) => r.extraction?.newest === '2026-11-20' && r.extraction.items.length === 15).length;
  const vias = [...new Set(reads.map((r) => r.via))].join(',');
  console.log(
    `${label.padEnd(28)} ${String(list.length).padStart(4)} pages  ${seconds.toFixed(2).padStart(6)} s  ${(list.length / seconds).toFixed(1).padStart(6)} pages/s  read right ${right}/${list.length}  via ${vias}`,
  );
}

console.log(`${pages} pages on ${hostCount} hosts, ${values.tabs} tabs, JSON after ${latency} ms`);
await pass('browser, cold (page + launch)', urls('col'));
await pass('browser, warm (page first)', urls('col'));
await pass('browser, warm (browser first)', urls('col'), 'browser');
await pass('plain fetcher, HTML lists', urls('html'));
clearInterval(sampler);
clearInterval(pssSampler);
const stats = lane.stats();
console.log(
  `peak RSS: browser tree ${(peakTree / 2 ** 20).toFixed(0)} MB (PSS ${(peakPss / 2 ** 20).toFixed(0)} MB; RSS sampled every 50 ms, PSS every 1 s; lane's own after-page peak ${(stats.peakRssBytes / 2 ** 20).toFixed(0)} MB), node ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB; launches ${stats.launches}, browser pages ${stats.pages}`,
);
await lane.close();
for (const { server } of servers) server.close();
