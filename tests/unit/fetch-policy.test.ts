import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings.js';
import { configuredUrls, FetchPolicy, hostTrustFor, type Resolve } from '../../src/crawl/fetch-policy.js';
import { addressClass, parseCidr } from '../../src/crawl/ip-address.js';

/** Names this test resolves itself; nothing here asks a real resolver. */
const names: Record<string, string[]> = {
  'bureau.example': ['127.0.0.9'],
  'mixed.example': ['203.0.113.7', '10.1.2.3'],
  'public.example': ['203.0.113.8'],
};
const resolve: Resolve = async (hostname) => {
  const answers = names[hostname];
  if (!answers) throw Object.assign(new Error(`no such name ${hostname}`), { code: 'ENOTFOUND' });
  return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('the class of an address', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['203.0.113.7', 'public'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.45.3.9', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['100.128.0.1', 'public'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['2001:4860:4860::8888', 'public'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:8.8.8.8', 'public'],
    ['::127.0.0.1', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(addressClass(address)).toBe(kind);
  });

  it('is null for what is not an address', () => {
    expect(addressClass('bureau.example')).toBeNull();
    expect(addressClass('127.0.0.1.5')).toBeNull();
  });

  it('reads address blocks and refuses what is not one', () => {
    expect(parseCidr('10.0.0.0/8')).not.toBeNull();
    expect(parseCidr('fd00::/8')).not.toBeNull();
    expect(parseCidr('192.168.4.4')).not.toBeNull();
    for (const bad of ['10.0.0.0/', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', 'intranet/8', '10.0.0.0/x']) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
});

describe('what the fetch policy admits', () => {
  const strict = new FetchPolicy({ allowPrivate: [], trust: new Map() }, resolve);

  it('admits public addresses and refuses every non-public class without an allowance', () => {
    const table: [string, boolean][] = [
      ['203.0.113.7', true],
      ['2001:4860:4860::8888', true],
      ['127.0.0.1', false],
      ['10.0.0.1', false],
      ['169.254.169.254', false],
      ['100.64.0.1', false],
      ['0.0.0.0', false],
      ['::', false],
      ['::1', false],
      ['fe80::1', false],
      ['fd00::1', false],
      ['ff02::1', false],
      ['::ffff:127.0.0.1', false],
      ['::ffff:169.254.169.254', false],
    ];
    expect(table.map(([address]) => [address, strict.admits('any.example', address)])).toEqual(table);
  });

  it('lets a configured host reach only the classes it resolved to, and only that host', async () => {
    const trust = await hostTrustFor(
      ['http://bureau.example/tzgg/', 'http://127.0.0.5:8080/', 'http://public.example/'],
      resolve,
    );
    expect(trust).toEqual(
      new Map([
        ['bureau.example', new Set(['loopback'])],
        ['127.0.0.5', new Set(['loopback'])],
      ]),
    );
    const policy = new FetchPolicy({ allowPrivate: [], trust }, resolve);
    expect(policy.admits('bureau.example', '127.0.0.1')).toBe(true);
    expect(policy.admits('bureau.example', '10.0.0.1')).toBe(false);
    expect(policy.admits('bureau.example', '169.254.169.254')).toBe(false);
    expect(policy.admits('other.example', '127.0.0.1')).toBe(false);
    expect(policy.refusal('http://127.0.0.5:8080/xwdt/', false)).toBeNull();
    expect(policy.refusal('http://127.0.0.6:8080/xwdt/', false)).toBe('address-not-allowed');
  });

  it('lets settings name further blocks and hosts', () => {
    const policy = new FetchPolicy({ allowPrivate: ['10.0.0.0/8', 'fd00::/8', 'intranet.example'], trust: new Map() });
    expect(policy.admits('x.example', '10.200.0.1')).toBe(true);
    expect(policy.admits('x.example', '::ffff:10.200.0.1')).toBe(true);
    expect(policy.admits('x.example', 'fd00::5')).toBe(true);
    expect(policy.admits('x.example', '192.168.0.1')).toBe(false);
    expect(policy.admits('intranet.example', '192.168.0.1')).toBe(true);
    expect(() => new FetchPolicy({ allowPrivate: ['10.0.0.0/40'], trust: new Map() })).toThrow(/10\.0\.0\.0\/40/);
  });

  it('fetches http and https only, naming the reason', () => {
    for (const url of [
      'ftp://a.example/x',
      'file:///etc/passwd',
      'javascript:void(0)',
      'data:text/html,x',
      'gopher://a.example/',
    ]) {
      expect(strict.refusal(url, true), url).toBe('scheme-not-allowed');
    }
    expect(strict.refusal('not a url', true)).toBe('invalid-url');
    expect(strict.refusal('https://public.example/', true)).toBeNull();
    expect(strict.refusal('http://[::1]:8080/', true)).toBe('address-not-allowed');
    expect(strict.refusal('http://[::ffff:127.0.0.1]/', true)).toBe('address-not-allowed');
  });

  it('without the config’s trust, trusts what callers ask for directly but not where they are sent', () => {
    const learning = new FetchPolicy({ allowPrivate: [], trust: 'requested' });
    expect(learning.refusal('http://127.0.0.7:81/found/', false)).toBe('address-not-allowed');
    expect(learning.refusal('http://127.0.0.7:81/list/', true)).toBeNull();
    expect(learning.refusal('http://127.0.0.7:81/found/', false)).toBeNull();
    expect(learning.refusal('http://127.0.0.8:81/elsewhere/', false)).toBe('address-not-allowed');
  });

  it('hands a connection only the answers it admits, and refuses a name with none', async () => {
    const policy = new FetchPolicy({ allowPrivate: [], trust: new Map() }, resolve);
    const lookup = (hostname: string, all: boolean) =>
      new Promise<{ error: (Error & { code?: string }) | null; address: unknown }>((done) =>
        policy.lookup(hostname, { all }, (error: Error | null, address: unknown) => done({ error, address })),
      );
    expect(await lookup('mixed.example', true)).toEqual({
      error: null,
      address: [{ address: '203.0.113.7', family: 4 }],
    });
    expect(await lookup('mixed.example', false)).toEqual({ error: null, address: '203.0.113.7' });
    const refused = await lookup('bureau.example', true);
    expect(refused.error?.code).toBe('ERR_LANDWATCH_ADDRESS_NOT_ALLOWED');
    expect(refused.error?.message).toContain('127.0.0.9');
    expect((await lookup('nowhere.example', true)).error?.code).toBe('ENOTFOUND');
  });
});

describe('the configuration side of the policy', () => {
  it('names every homepage and section of a bureau list', () => {
    const bureau = {
      id: 'a',
      name: '甲',
      level: 'city' as const,
      province: '乙',
      homepage: 'http://a.example/',
      sections: [{ bureauId: 'a', category: 'notices', url: 'http://b.example/tzgg/', hints: {} }],
    };
    expect(configuredUrls([bureau])).toEqual(['http://a.example/', 'http://b.example/tzgg/']);
  });

  it('validates allowPrivate entries and names the bad one', () => {
    const ok = parseSettings(
      's.yaml',
      'fetch:\n  allowPrivate: [10.0.0.0/8, "fd00::/8", intranet.example, 192.168.1.5]\n',
    );
    expect(ok.fetch.allowPrivate).toHaveLength(4);
    expect(ok.fetch.maxRetryAfterMs).toBe(120_000);
    expect(() => parseSettings('s.yaml', 'fetch:\n  allowPrivate: [10.0.0.0/33]\n')).toThrow(
      /allowPrivate.*10\.0\.0\.0\/33/s,
    );
    expect(() => parseSettings('s.yaml', 'fetch:\n  allowPrivate: ["http://x/"]\n')).toThrow(/http:\/\/x\//);
  });
});
