import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/common.js';
import { runCli } from '../../src/cli/index.js';
import { openStore } from '../../src/store/store.js';
import * as pages from '../fixtures/pages.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

const NOW = '2026-11-27T02:00:00Z';
const HUGE_BYTES = 50 * 1024 * 1024;
let hugeSent = 0;

const listOf = (dates: string[]) =>
  `<html><head><meta charset="utf-8"></head><body><ul class="list">${dates.map((d, i) => `<li><a href="/a/${i}.html">国有建设用地使用权出让公告第${i + 1}号</a><span>${d}</span></li>`).join('')}</ul></body></html>`;

const routes = {
  '/fresh/': html(listOf(['2026-11-20', '2026-11-02'])),
  '/gbk/': html(iconv.encode(pages.gbkSource, 'gbk'), { 'content-type': 'text/html' }),
  '/etag/': (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' });
    res.end(listOf(['2026-11-25']));
  },
  '/slow/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><ul>');
    const timer = setInterval(() => res.write('<li>.</li>'), 200);
    res.on('close', () => clearInterval(timer));
  },
  '/forbidden/': html('<html><body>请开启JavaScript</body></html>', {}, 412),
  '/challenge/': html(pages.challenge),
  '/error/': html('<html><body>Internal Server Error</body></html>', {}, 500),
  '/reset/': (req: import('node:http').IncomingMessage) => req.socket.destroy(),
  '/loop/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(302, { location: '/loop/' });
    res.end();
  },
  '/huge/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(listOf(['2026-11-26']).replace('</body></html>', ''));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (hugeSent < HUGE_BYTES) {
        hugeSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('</body></html>');
    };
    res.on('close', () => {
      hugeSent = Math.min(hugeSent, HUGE_BYTES);
    });
    pump();
  },
  '/blank/': html(pages.blankSection),
  '/js/': html(pages.scriptRendered),
  '/undated/': html(pages.undatedList),
  '/d/1.html': html(pages.detailPage('2026-11-21')),
  '/d/2.html': html(pages.detailPage('2025-11-21')),
  '/d/3.html': html(pages.detailPage('2024-11-21')),
};

const expected: Record<string, { category: string; state: string; newest?: string | null; reason?: string }> = {
  fresh: { category: 'work_news', state: 'fresh', newest: '2026-11-20' },
  gbk: { category: 'expro_notice', state: 'stale', newest: '2026-05-13' },
  etag: { category: 'notices', state: 'fresh', newest: '2026-11-25' },
  slow: { category: 'land_auction', state: 'unreachable', reason: 'timeout' },
  gone: { category: 'plans', state: 'missing', reason: 'http-404' },
  forbidden: { category: 'compensation_plan', state: 'blocked', reason: 'challenge' },
  challenge: { category: 'mining_rights', state: 'blocked', reason: 'challenge' },
  error: { category: 'land_transfer_result', state: 'unreachable', reason: 'http-500' },
  reset: { category: 'approval_results', state: 'unreachable', reason: 'reset' },
  loop: { category: 'real_estate_reg', state: 'unreachable', reason: 'redirect-loop' },
  huge: { category: 'expro_prenotice', state: 'fresh', newest: '2026-11-26', reason: 'truncated' },
  blank: { category: 'special_work', state: 'blank' },
  js: { category: 'laws_policies', state: 'unparsed', reason: 'script-list' },
  undated: { category: 'land_change_survey', state: 'fresh', newest: '2026-11-21' },
};

let server: SiteServer;
let dir: string;

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), isTty: false, env: {} };
}

beforeAll(async () => {
  server = await startSiteServer(routes);
  dir = await mkdtemp(path.join(tmpdir(), 'landwatch-check-'));
  const sections = Object.entries(expected)
    .map(([route, e]) => `      ${e.category}: ${server.url}/${route}/`)
    .join('\n');
  await writeFile(
    path.join(dir, 'bureaus.yaml'),
    `bureaus:\n  - id: test-city\n    name: 测试市自然资源和规划局\n    level: city\n    province: 测试省\n    homepage: ${server.url}/\n    sections:\n${sections}\n`,
  );
  await writeFile(
    path.join(dir, 'indicators.yaml'),
    await readFile(path.resolve(import.meta.dirname, '../../config/indicators.yaml')),
  );
  await writeFile(
    path.join(dir, 'settings.yaml'),
    // Without the browser lane: what a machine without Chromium sees (the lane has tests of its own).
    'fetch:\n  timeoutMs: 1500\n  maxBytes: 1000000\n  retries: 2\n  perHostConcurrency: 4\n  perHostSpacingMs: 0\n  concurrency: 16\n  detailFetches: 3\nbrowser:\n  enabled: false\n',
  );
});

afterAll(async () => {
  await server.close();
});

async function check(): Promise<Map<string, Record<string, unknown>>> {
  const io = capture();
  const code = await runCli(['check', '--config', dir, '--data', path.join(dir, 'data'), '--now', NOW, '--json'], io);
  expect(io.stderr).toEqual([]);
  expect(code).toBe(0);
  const rows = io.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
  return new Map(rows.map((r) => [String(r.url).replace(`${server.url}/`, '').replace(/\/$/, ''), r]));
}

describe('landwatch check against real loopback servers', () => {
  it('ends every section in its matching state and completes the cycle', async () => {
    const rows = await check();
    expect(rows.size).toBe(Object.keys(expected).length);
    for (const [route, want] of Object.entries(expected)) {
      const row = rows.get(route);
      expect(row, route).toMatchObject({ bureau: 'test-city', category: want.category, state: want.state });
      if (want.newest !== undefined) expect(row?.newest, route).toBe(want.newest);
    }
    expect(rows.get('fresh')).toEqual({
      bureau: 'test-city',
      category: 'work_news',
      url: `${server.url}/fresh/`,
      state: 'fresh',
      newest: '2026-11-20',
      ageDays: 7,
    });
    // The 50 MB body was cut at the cap: the server never got to send it all.
    expect(hugeSent).toBeLessThan(HUGE_BYTES);
  });

  it('records reasons, bounded history and validators in a store that reloads', async () => {
    const store = await openStore(path.join(dir, 'data'));
    for (const [route, want] of Object.entries(expected)) {
      const record = store.section(`test-city/${want.category}`);
      expect(record?.state, route).toBe(want.state);
      if (want.reason) expect(record?.last.reason, route).toBe(want.reason);
    }
    expect(store.section('test-city/notices')?.cache?.etag).toBe('"v1"');
    expect(store.section('test-city/land_change_survey')?.last.reading?.newest?.provenance.path).toContain(
      '/d/1.html meta[name=PubDate]',
    );
  });

  it('sends validators on the next cycle and reuses the last reading on 304', async () => {
    const before = server.requests.filter((r) => r.path === '/etag/').length;
    const rows = await check();
    const etagRequests = server.requests.filter((r) => r.path === '/etag/').slice(before);
    expect(etagRequests).toEqual([{ path: '/etag/', ifNoneMatch: '"v1"' }]);
    expect(rows.get('etag')).toMatchObject({ state: 'fresh', newest: '2026-11-25' });
    const store = await openStore(path.join(dir, 'data'));
    const record = store.section('test-city/notices');
    expect(record?.last.notModified).toBe(true);
    expect(record?.history.map((h) => h.changed)).toEqual([true, false]);
    // Detail pages are read once per process run at most; the second cycle read them again from a new process-level cache.
    expect(server.requests.filter((r) => r.path === '/d/1.html').length).toBeLessThanOrEqual(2);
  });

  it('refuses a damaged store without touching it', async () => {
    const damaged = path.join(dir, 'damaged');
    await import('node:fs/promises').then((fs) => fs.mkdir(damaged, { recursive: true }));
    const file = path.join(damaged, 'landwatch.json');
    await writeFile(file, '{"schema":"landwatch-store","version":1,"sections":{');
    const io = capture();
    const code = await runCli(['check', '--config', dir, '--data', damaged, '--now', NOW], io);
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/landwatch\.json: store is damaged \(not valid JSON/);
    expect(await readFile(file, 'utf8')).toBe('{"schema":"landwatch-store","version":1,"sections":{');
    await writeFile(file, JSON.stringify({ schema: 'landwatch-store', version: 9, sections: {} }));
    const io2 = capture();
    expect(await runCli(['check', '--config', dir, '--data', damaged], io2)).toBe(1);
    expect(io2.stderr.join('\n')).toMatch(/format version 9; this landwatch reads versions 1, 2 and 3/);
  });

  it('exits non-zero on a config error and names the problem', async () => {
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(
      bad,
      'bureaus:\n  - id: X\n    name: 甲\n    level: city\n    province: 乙\n    homepage: http://a.example/\n',
    );
    const io = capture();
    expect(await runCli(['check', '--config', dir, '--bureaus', bad, '--data', path.join(dir, 'data2')], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(
      /bad\.yaml: invalid configuration\n {2}- line 2: bureaus\.0\.id: id must be a lowercase slug \(value: "X"\)/,
    );
  });
});
