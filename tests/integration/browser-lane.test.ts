import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSettingsSchema } from '../../src/config/browser-settings.js';
import { findChromium } from '../../src/crawl/browser/executable.js';
import { type BrowserLane, createBrowserLane } from '../../src/crawl/browser/lane.js';
import type { HostQueue } from '../../src/crawl/host-queue.js';
import { readSection } from '../../src/crawl/read-section.js';
import { fetchSettings, readDeps, testQueue } from '../harness/read-deps.js';
import { challengeSite, ITEMS, NEWEST, recorded, type Seen, scriptListRoutes } from '../harness/script-sites.js';
import { type SiteServer, startSiteServer } from '../harness/site-server.js';

const chromium = findChromium({ env: process.env });
if ('missing' in chromium) console.warn(`browser lane tests skipped: ${chromium.missing}`);

const seen: Seen[] = [];
const challenge = challengeSite();
let site: SiteServer;
const lanes: BrowserLane[] = [];

function lane(settings: Record<string, unknown> = {}, queue: Pick<HostQueue, 'run'> = testQueue()): BrowserLane {
  const created = createBrowserLane({
    settings: browserSettingsSchema.parse({ pageDeadlineMs: 10_000, ...settings }),
    userAgent: fetchSettings.userAgent,
    queue,
  });
  lanes.push(created);
  return created;
}

/** The lane's browsers, found by the marker each is launched with. */
function laneBrowserPids(): number[] {
  const out = execFileSync('pgrep', ['-f', '--', '--landwatch-lane='], { encoding: 'utf8' }).trim();
  return out ? out.split('\n').map(Number) : [];
}

describe.skipIf('missing' in chromium)('the browser lane on real Chromium', () => {
  beforeAll(async () => {
    site = await startSiteServer(recorded({ ...scriptListRoutes(300), ...challenge.routes }, seen));
  });
  afterAll(async () => {
    await Promise.all(lanes.map((l) => l.close()));
    await site.close();
  });

  it('reads a list that a script fetches as JSON and writes into the page', async () => {
    const browser = lane();
    seen.length = 0;
    const read = await readSection({ url: `${site.url}/xxgk/tzgg/`, hints: {} }, readDeps(browser));
    expect(read.via).toBe('browser');
    expect(read.extraction?.status).toBe('ok');
    expect(read.extraction?.newest).toBe(NEWEST);
    expect(read.extraction?.items.map((i) => i.title)).toEqual(ITEMS.map((i) => i.title));
    // The plain fetch, then the browser's page load and its XHR; all with the bot's own User-Agent.
    expect(seen.map((s) => s.path)).toEqual(['/xxgk/tzgg/', '/xxgk/tzgg/', '/api/list.json']);
    expect(new Set(seen.map((s) => s.userAgent))).toEqual(new Set([fetchSettings.userAgent]));
    expect(browser.stats()).toMatchObject({ launches: 1, pages: 1 });
  });

  it('waits for a list a short timer writes, though nothing is in flight meanwhile', async () => {
    const read = await readSection({ url: `${site.url}/xxgk/later/`, hints: {} }, readDeps(lane()));
    expect(read.via).toBe('browser');
    expect(read.extraction?.newest).toBe(NEWEST);
  });

  it('waits for a list that a load handler asks for a frame after the page has loaded', async () => {
    const read = await readSection({ url: `${site.url}/xxgk/onload/`, hints: {} }, readDeps(lane()));
    expect(read.via).toBe('browser');
    expect(read.extraction?.newest).toBe(NEWEST);
  });

  it('ends the wait for a page whose script has nothing left to do, and says the browser found no list', async () => {
    const read = await readSection({ url: `${site.url}/xxgk/broken/`, hints: {} }, readDeps(lane()));
    expect(read.extraction?.status).toBe('unparsed');
    expect(read.reason).toBe('browser-no-list');
  });

  it('passes a 412 script challenge, then fetches the host plainly with its cookie until it stops working', async () => {
    const browser = lane();
    const deps = readDeps(browser);
    seen.length = 0;
    const first = await readSection({ url: `${site.url}/tzgg/`, hints: {} }, deps);
    expect(first.via).toBe('browser');
    expect(first.extraction?.newest).toBe(NEWEST);
    expect(seen.filter((s) => s.path === '/tzgg/').length).toBeGreaterThanOrEqual(3); // fetch, 412 in browser, reload

    seen.length = 0;
    const other = await readSection({ url: `${site.url}/gzdt/`, hints: {} }, deps);
    expect(other.via).toBe('page');
    expect(other.extraction?.newest).toBe(NEWEST);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.cookie).toMatch(/lw_clearance=/);
    expect(browser.stats().pages).toBe(1);

    challenge.rotate();
    const again = await readSection({ url: `${site.url}/gzdt/`, hints: {} }, deps, 'page');
    expect(again.via).toBe('browser');
    expect(again.extraction?.newest).toBe(NEWEST);
    expect(browser.stats().pages).toBe(2);
    expect(deps.cookies.header(new URL(site.url).host)).toMatch(/lw_clearance=/);
  });

  it('serves page after page from one tab, each seeing only the cookies the host jar hands it', async () => {
    const browser = lane({ tabs: 1 });
    const listed = (html: string) => html.includes(ITEMS[0]?.title ?? '');
    const url = `${site.url}/tzgg/`;
    seen.length = 0;
    const first = await browser.render({ url, isListRead: listed });
    expect(first).toMatchObject({ kind: 'rendered', ended: 'listed' });
    const clearance = first.kind === 'rendered' ? first.cookies.find((c) => c.name === 'lw_clearance') : undefined;
    expect(clearance).toBeDefined();
    // The jar gave the clearance up: the next page starts without it and passes the challenge again.
    seen.length = 0;
    const second = await browser.render({ url, isListRead: listed });
    expect(second).toMatchObject({ kind: 'rendered', ended: 'listed', status: 200 });
    expect(seen[0]).toMatchObject({ path: '/tzgg/', cookie: undefined });
    // Handed the clearance, the page is served at once.
    seen.length = 0;
    await browser.render({ url, isListRead: listed, cookies: clearance ? [clearance] : [] });
    expect(seen[0]?.cookie).toMatch(/lw_clearance=/);
    expect(seen.filter((s) => s.path === '/tzgg/')).toHaveLength(1);
    expect(browser.stats()).toMatchObject({ launches: 1, pages: 3 });
  });

  it('lets a process that closed it end by itself (its thread idle, nothing else running)', async () => {
    // As `landwatch check` ends: nothing keeps the event loop alive but the close itself.
    const root = process.cwd();
    const script = `import { createBrowserLane } from '${root}/src/crawl/browser/lane.ts';
import { browserSettingsSchema } from '${root}/src/config/browser-settings.ts';
const lane = createBrowserLane({ settings: browserSettingsSchema.parse({}), userAgent: 'landwatch-test', queue: { run: (_h, task) => task() } });
const page = await lane.render({ url: ${JSON.stringify(`${site.url}/xxgk/tzgg/`)}, isListRead: (html) => html.includes('<li') });
await lane.close();
console.log('closed', page.kind);`;
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'landwatch-lane-exit-')), 'check.mts');
    await writeFile(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file], { timeout: 60_000 });
    // execFile rejects unless the process exits with 0 (an await left unsettled exits with 13).
    expect(stdout.trim()).toBe('closed rendered');
  });

  it('says what a column behind a passed challenge is: its own server error, or a list no script writes', async () => {
    const failing = await readSection({ url: `${site.url}/zdgg/`, hints: {} }, readDeps(lane()));
    expect(failing.fetched).toMatchObject({ kind: 'failed', status: 500 });
    const scripted = await readSection({ url: `${site.url}/bszn/`, hints: {} }, readDeps(lane()));
    expect(scripted.extraction).toMatchObject({ status: 'unparsed', challenge: false });
    expect(scripted.reason).toBe('browser-no-list');
  });

  it("loads nothing from another site unless told to (a list that needs a CDN's script)", async () => {
    const cdnSeen: string[] = [];
    const cdn = await startSiteServer({
      '/list.js': (req, res) => {
        cdnSeen.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'application/javascript' });
        res.end(
          `document.getElementById('list').innerHTML = ${JSON.stringify(ITEMS.map((i) => `<li><a href="${i.url}">${i.title}</a><span>${i.date}</span></li>`).join(''))};`,
        );
      },
    });
    // localhost is another site than 127.0.0.1, though both are this machine's loopback.
    const page = await startSiteServer({
      '/xxgk/cdn/': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<html><body><ul id="list"></ul><script src="${cdn.url.replace('127.0.0.1', 'localhost')}/list.js"></script><script>$.ajax({});</script></body></html>`,
        );
      },
    });
    try {
      const url = `${page.url}/xxgk/cdn/`;
      const blocked = await readSection({ url, hints: {} }, readDeps(lane()));
      expect(blocked.extraction?.status).toBe('unparsed');
      expect(cdnSeen).toEqual([]);
      const allowed = await readSection({ url, hints: {} }, readDeps(lane({ otherSites: true })));
      expect(allowed.extraction?.newest).toBe(NEWEST);
      expect(cdnSeen).toEqual(['/list.js']);
    } finally {
      await Promise.all([cdn.close(), page.close()]);
    }
  });

  it('starts a fresh browser after restartAfterPages pages', async () => {
    const browser = lane({ restartAfterPages: 2 });
    for (let i = 0; i < 5; i++) {
      const page = await browser.render({ url: `${site.url}/xxgk/never/`, isListRead: (html) => html.includes('<ul') });
      expect(page.kind === 'rendered' && page.ended === 'listed').toBe(true);
    }
    expect(browser.stats()).toMatchObject({ launches: 3, pages: 5 });
    expect(browser.stats().peakRssBytes).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('gives up on a page at its deadline and says so', async () => {
    const browser = lane({ pageDeadlineMs: 1500 });
    const started = performance.now();
    const read = await readSection({ url: `${site.url}/xxgk/never/`, hints: {} }, readDeps(browser));
    const took = performance.now() - started;
    expect(read.extraction?.status).toBe('unparsed');
    expect(read.reason).toBe('browser-deadline');
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(6000);
  });

  it('keeps to its tabs, and loads every page through the host queue', async () => {
    let running = 0;
    let most = 0;
    const hosts: string[] = [];
    const queue = testQueue();
    const counted = {
      run: <T>(host: string, task: () => Promise<T>) => {
        hosts.push(host);
        return queue.run(`${host}#${hosts.length}`, async () => {
          most = Math.max(most, ++running);
          try {
            return await task();
          } finally {
            running--;
          }
        });
      },
    };
    const browser = lane({ tabs: 2 }, counted);
    const reads = await Promise.all(
      Array.from({ length: 5 }, () =>
        browser.render({ url: `${site.url}/xxgk/tzgg/`, isListRead: (html) => html.includes(ITEMS[0]?.title ?? '') }),
      ),
    );
    expect(reads.every((r) => r.kind === 'rendered' && r.ended === 'listed')).toBe(true);
    expect(most).toBe(2);
    expect(hosts).toEqual(Array(5).fill(new URL(site.url).host));
  });

  it('starts a fresh browser when its processes pass the RSS cap', async () => {
    const browser = lane({ rssCapMb: 64 });
    for (let i = 0; i < 2; i++) await browser.render({ url: `${site.url}/xxgk/never/`, isListRead: () => true });
    expect(browser.stats()).toMatchObject({ launches: 2, pages: 2 });
    expect(browser.stats().peakRssBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it('costs a page one retry when the browser dies under it, never the caller', async () => {
    const others = new Set(laneBrowserPids());
    const browser = lane();
    // Launch, so there is a browser to kill while the next page waits for its JSON (300 ms).
    await browser.render({ url: `${site.url}/xxgk/never/`, isListRead: () => true });
    // Debian's /usr/bin/chromium-headless-shell is a shell wrapper: both it and the browser carry the marker.
    const mine = laneBrowserPids().filter((pid) => !others.has(pid));
    expect(mine.length).toBeGreaterThan(0);
    const pending = readSection({ url: `${site.url}/xxgk/tzgg/`, hints: {} }, readDeps(browser), 'browser');
    await new Promise((r) => setTimeout(r, 150));
    for (const pid of mine) process.kill(pid, 'SIGKILL');
    const read = await pending;
    expect(read.via).toBe('browser');
    expect(read.extraction?.newest).toBe(NEWEST);
    expect(browser.stats().launches).toBe(2);
  });
});
