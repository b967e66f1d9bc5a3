import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings.js';
import { FetchPolicy, hostTrustFor, type Resolve } from '../../src/crawl/fetch-policy.js';
import { createFetcher, type FetchResult } from '../../src/crawl/fetcher.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

const settings = parseSettings('test-settings.yaml', 'fetch:\n  timeoutMs: 3000\n  retries: 2\n').fetch;

function body(r: FetchResult): Uint8Array {
  if (r.kind !== 'body') throw new Error(`expected a body, got ${JSON.stringify(r)}`);
  return r.bytes;
}

/** Requests one server saw, with the Host they named and when. */
const seen: { path: string; host: string; at: number }[] = [];
let namedPort = 0;
/** Names only this test resolves, each to a loopback address; which of them may be reached is the policy's call. */
const names: Record<string, string> = {
  'bureau.test': '127.0.0.1',
  'other.test': '127.0.0.1',
  'intranet.test': '127.0.0.1',
  'mapped.test': '::ffff:127.0.0.1',
};
const lookups: string[] = [];
const resolve: Resolve = async (hostname) => {
  lookups.push(hostname);
  const address = names[hostname];
  if (!address) throw Object.assign(new Error(`no such name ${hostname}`), { code: 'ENOTFOUND' });
  return [{ address, family: address.includes(':') ? 6 : 4 }];
};
const redirect = (to: () => string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(302, { location: to() });
  res.end();
};
let named: SiteServer;
const namedRoutes = {
  '/list/': html('<html><body><ul><li>通知公告</li></ul></body></html>'),
  '/to-intranet/': redirect(() => `http://intranet.test:${namedPort}/list/`),
  '/to-literal/': redirect(() => `http://127.0.0.1:${namedPort}/list/`),
  '/to-ftp/': redirect(() => 'ftp://bureau.test/list/'),
  '/to-other/': redirect(() => `http://other.test:${namedPort}/list/`),
};

beforeAll(async () => {
  const logged = Object.fromEntries(
    Object.entries(namedRoutes).map(([path, route]) => [
      path,
      (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
        seen.push({ path, host: String(req.headers.host), at: performance.now() });
        route(req, res);
      },
    ]),
  );
  named = await startSiteServer(logged);
  namedPort = Number(new URL(named.url).port);
});
afterAll(async () => {
  await named.close();
});

async function policyFor(configured: string[], allowPrivate: string[] = []): Promise<FetchPolicy> {
  const trust = await hostTrustFor(
    configured.map((h) => `http://${h}:${namedPort}/`),
    resolve,
  );
  return new FetchPolicy({ allowPrivate, trust }, resolve);
}

describe('the fetch policy, wired into real connections', () => {
  it('connects a configured name to the very address its one lookup admitted', async () => {
    const policy = await policyFor(['bureau.test']);
    lookups.length = 0;
    const res = await createFetcher(settings, { policy })({ url: `http://bureau.test:${namedPort}/list/` });
    // No real resolver knows bureau.test: a body means the socket went where the policy's answer said.
    expect(Buffer.from(body(res)).toString()).toContain('通知公告');
    expect(lookups).toEqual(['bureau.test']);
  });

  it('refuses a name resolving to a class its host was not configured with, before any request', async () => {
    const fetch = createFetcher(settings, { policy: await policyFor(['bureau.test']) });
    seen.length = 0;
    for (const host of ['intranet.test', 'mapped.test']) {
      expect(await fetch({ url: `http://${host}:${namedPort}/list/` }), host).toMatchObject({
        kind: 'failed',
        access: 'unreachable',
        reason: 'address-not-allowed',
      });
    }
    expect(await fetch({ url: `http://127.0.0.1:${namedPort}/list/` })).toMatchObject({
      reason: 'address-not-allowed',
    });
    expect(await fetch({ url: 'file:///etc/passwd' })).toMatchObject({ reason: 'scheme-not-allowed' });
    expect(seen).toEqual([]);
  });

  it('checks every redirect target again', async () => {
    const fetch = createFetcher(settings, { policy: await policyFor(['bureau.test']) });
    seen.length = 0;
    const from = (path: string) => fetch({ url: `http://bureau.test:${namedPort}${path}` });
    expect(await from('/to-intranet/')).toMatchObject({ kind: 'failed', reason: 'address-not-allowed' });
    expect(await from('/to-literal/')).toMatchObject({ kind: 'failed', reason: 'address-not-allowed' });
    expect(await from('/to-ftp/')).toMatchObject({
      kind: 'failed',
      access: 'unreachable',
      reason: 'scheme-not-allowed',
    });
    expect(seen.map((s) => s.path)).toEqual(['/to-intranet/', '/to-literal/', '/to-ftp/']);
  });

  it('reaches a private host that settings allow', async () => {
    const policy = await policyFor(['bureau.test'], ['intranet.test']);
    const res = await createFetcher(settings, { policy })({ url: `http://intranet.test:${namedPort}/list/` });
    expect(Buffer.from(body(res)).toString()).toContain('通知公告');
  });

  it('holds a found link to the policy when no config trust was given, and trusts what was asked for directly', async () => {
    const fetch = createFetcher(settings, { policy: new FetchPolicy({ allowPrivate: [], trust: 'requested' }) });
    const url = `${named.url}/list/`;
    expect(await fetch({ url, foundOnPage: true })).toMatchObject({ kind: 'failed', reason: 'address-not-allowed' });
    expect(body(await fetch({ url }))).toBeInstanceOf(Uint8Array);
    // Once asked for directly, the host is the caller's: its own links may follow.
    expect(body(await fetch({ url, foundOnPage: true }))).toBeInstanceOf(Uint8Array);
  });

  it('sends a redirect to another host through that host’s turn in the queue, freeing its own', async () => {
    const queue = new HostQueue({ concurrency: 4, perHost: 1, spacingMs: 0 });
    const fetch = createFetcher(settings, { policy: await policyFor(['bureau.test', 'other.test']), queue });
    const bureau = `bureau.test:${namedPort}`;
    seen.length = 0;
    queue.hold(`other.test:${namedPort}`, 400);
    const t0 = performance.now();
    const moved = queue.run(bureau, () => fetch({ url: `http://${bureau}/to-other/` }));
    const next = queue.run(bureau, () => fetch({ url: `http://${bureau}/list/` }));
    const [res] = await Promise.all([moved, next]);
    expect(res.kind === 'body' && res.finalUrl).toBe(`http://other.test:${namedPort}/list/`);
    expect(seen.map((s) => `${s.host}${s.path}`)).toEqual([
      `${bureau}/to-other/`,
      `${bureau}/list/`,
      `other.test:${namedPort}/list/`,
    ]);
    expect((seen[2]?.at ?? 0) - t0).toBeGreaterThanOrEqual(395);
  });
});
