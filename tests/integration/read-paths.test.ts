import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSettingsSchema } from '../../src/config/browser-settings.js';
import { CHROMIUM_MISSING, findChromium } from '../../src/crawl/browser/executable.js';
import { type BrowserLane, createBrowserLane } from '../../src/crawl/browser/lane.js';
import { createFetcher } from '../../src/crawl/fetcher.js';
import { HostCookies } from '../../src/crawl/host-cookies.js';
import { readSection } from '../../src/crawl/read-section.js';
import { fetchSettings, readDeps } from '../harness/read-deps.js';
import {
  challengeSite,
  ITEMS,
  jpageRoutes,
  NEWEST,
  recorded,
  type Seen,
  scriptListRoutes,
} from '../harness/script-sites.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

const seen: Seen[] = [];
let site: SiteServer;

/** A lane that only counts: these paths must never need a browser. */
function countingLane(): BrowserLane & { renders: number } {
  const lane = {
    renders: 0,
    render: async () => {
      lane.renders++;
      return { kind: 'absent' as const, reason: 'counting lane' };
    },
    stats: () => ({ launches: 0, pages: lane.renders, peakRssBytes: 0, busyMs: 0 }),
    close: async () => {},
  };
  return lane;
}

/** A real lane whose configured Chromium does not exist. */
const absentLane = () =>
  createBrowserLane({
    settings: browserSettingsSchema.parse({ executable: '/nonexistent/chromium' }),
    userAgent: fetchSettings.userAgent,
    queue: { run: (_host, task) => task() },
    env: {},
  });

beforeAll(async () => {
  site = await startSiteServer(recorded({ ...jpageRoutes, ...scriptListRoutes(0), ...challengeSite().routes }, seen));
});
afterAll(() => site.close());

describe('a Hanweb jpage column', () => {
  const section = () => ({ url: `${site.url}/col/col80179/index.html`, hints: {} });

  it('is read from its dataproxy.jsp endpoint by POST, without the browser', async () => {
    const lane = countingLane();
    const deps = readDeps(lane);
    seen.length = 0;
    const read = await readSection(section(), deps);
    expect(read.via).toBe('endpoint');
    expect(read.extraction?.status).toBe('ok');
    expect(read.extraction?.newest).toBe(NEWEST);
    expect(read.extraction?.items.map((i) => i.title)).toEqual(ITEMS.map((i) => i.title));
    expect(read.extraction?.items[0]?.url).toBe(`${site.url}/art/2026/11/20/art_1_1.html`);
    const post = seen.find((s) => s.path === '/module/web/jpage/dataproxy.jsp');
    expect(post?.method).toBe('POST');
    expect(new URLSearchParams(post?.body).get('columnid')).toBe('80179');
    expect(post?.userAgent).toBe(fetchSettings.userAgent);
    expect(lane.renders).toBe(0);
  });

  it('goes straight to the endpoint that read it last time', async () => {
    const deps = readDeps(countingLane());
    await readSection(section(), deps);
    seen.length = 0;
    const read = await readSection(section(), deps, 'endpoint');
    expect(read.via).toBe('endpoint');
    expect(read.extraction?.newest).toBe(NEWEST);
    expect(seen.map((s) => s.path)).toEqual(['/module/web/jpage/dataproxy.jsp']);
  });
});

describe('without a browser', () => {
  it('a script-built list stays unparsed and says which browser to install', async () => {
    const read = await readSection({ url: `${site.url}/xxgk/tzgg/`, hints: {} }, readDeps(absentLane()));
    expect(read.via).toBe('page');
    expect(read.extraction?.status).toBe('unparsed');
    expect(read.reason).toContain(CHROMIUM_MISSING);
    expect(read.reason).toContain('/nonexistent/chromium');
  });

  it('a 412 script challenge stays blocked, with the same reason', async () => {
    const read = await readSection({ url: `${site.url}/tzgg/`, hints: {} }, readDeps(absentLane()));
    expect(read.fetched.kind === 'failed' && read.fetched.access).toBe('blocked');
    expect(read.reason).toContain(CHROMIUM_MISSING);
  });

  it('a section marked render: browser still has its page read', async () => {
    const read = await readSection({ url: `${site.url}/tzgg/`, hints: {}, render: 'browser' }, readDeps(null));
    expect(read.fetched.kind === 'failed' && read.fetched.status).toBe(412);
    expect(read.reason).toMatch(/^需要浏览器/);
  });
});

describe('the fetcher and the host cookie jar', () => {
  it('sends a host its cookies and no other host, even across a redirect', async () => {
    const elsewhere: Seen[] = [];
    const other = await startSiteServer(recorded({ '/landing/': html('<html><body>ok</body></html>') }, elsewhere));
    const hop = await startSiteServer(
      recorded(
        {
          '/hop/': (_req, res) => {
            res.writeHead(302, { location: `${other.url}/landing/` });
            res.end();
          },
        },
        seen,
      ),
    );
    seen.length = 0;
    const result = await createFetcher(fetchSettings)({ url: `${hop.url}/hop/`, cookies: 'lw_clearance=abc' });
    expect(result.kind).toBe('body');
    expect(seen[0]?.cookie).toBe('lw_clearance=abc');
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]?.cookie).toBeUndefined();
    await Promise.all([hop.close(), other.close()]);
  });

  it('keeps session cookies, drops expired ones, and forgets a host on request', () => {
    const jar = new HostCookies(() => 1_000);
    const cookie = (name: string, expires: number) => ({ name, value: 'v', domain: '127.0.0.1', path: '/', expires });
    jar.set('a:1', [cookie('session', -1), cookie('later', 2_000), cookie('gone', 999)]);
    expect(jar.header('a:1')).toBe('session=v; later=v');
    expect(jar.header('b:1')).toBeNull();
    jar.drop('a:1');
    expect(jar.header('a:1')).toBeNull();
  });
});

describe('finding Chromium', () => {
  const only = (files: string[]) => (file: string) => files.includes(file);

  it('takes the configured path, then LANDWATCH_CHROMIUM, then the headless shell before full Chromium, PATH first', () => {
    const everything = only(['/opt/c', '/env/c', '/p/chromium', '/usr/lib/chromium/chromium-headless-shell']);
    expect(
      findChromium({ configured: '/opt/c', env: { LANDWATCH_CHROMIUM: '/env/c' }, isExecutable: everything }),
    ).toEqual({
      path: '/opt/c',
    });
    expect(findChromium({ env: { LANDWATCH_CHROMIUM: '/env/c', PATH: '/p' }, isExecutable: everything })).toEqual({
      path: '/env/c',
    });
    expect(findChromium({ env: { PATH: '/p' }, isExecutable: only(['/p/chromium']) })).toEqual({ path: '/p/chromium' });
    expect(
      findChromium({
        env: { PATH: '/p' },
        isExecutable: only(['/p/chromium', '/usr/lib/chromium/chromium-headless-shell']),
      }),
    ).toEqual({ path: '/usr/lib/chromium/chromium-headless-shell' });
  });

  it('reports a missing browser instead of picking another one', () => {
    expect(findChromium({ env: { PATH: '/p' }, isExecutable: () => false })).toEqual({ missing: CHROMIUM_MISSING });
    const named = findChromium({ env: { LANDWATCH_CHROMIUM: '/gone' }, isExecutable: only(['/usr/bin/chromium']) });
    expect('missing' in named && named.missing).toContain('LANDWATCH_CHROMIUM = /gone');
  });
});
