import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import type { Io } from '../../src/cli/common.js';
import { runCli } from '../../src/cli/index.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { createFetcher, type Fetcher } from '../../src/crawl/fetcher.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import { messageOf } from '../../src/domain/outbox.js';
import { consoleText } from '../../src/render/group-bot-messages.js';
import { openStore } from '../../src/store/store.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

const NOW = '2026-11-27T02:00:00Z';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetchSettings = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000, extractionThreads: 0 };

const auctionList = (dates: string[]) =>
  `<html><head><meta charset="utf-8"><title>土地招拍挂</title></head><body><ul class="list">${dates
    .map(
      (d, i) =>
        `<li><a href="/tdcr/${i}.html">某地块国有建设用地使用权挂牌出让公告（第${i + 1}号）</a><span>${d}</span></li>`,
    )
    .join('')}</ul></body></html>`;

let site: SiteServer;
beforeAll(async () => {
  site = await startSiteServer({
    '/': html(
      '<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/tdcr/">土地出让公告</a><a href="/xw/">新闻中心</a></div></body></html>',
    ),
    '/tdcr/': html(auctionList(['2026-11-20', '2026-10-02', '2026-09-15', '2026-08-01'])),
    // Stale: the newest auction notice is a year and a half old.
    '/old-stale/': html(auctionList(['2025-05-20', '2025-04-02', '2025-03-15'])),
  });
});
afterAll(() => site.close());

function bureau(sections: Record<string, string>) {
  return {
    id: 'x1',
    name: '测试县自然资源局',
    level: 'county' as const,
    province: '测试省',
    homepage: `${site.url}/`,
    sections: Object.entries(sections).map(([category, url]) => ({ bureauId: 'x1', category, url, hints: {} })),
  };
}

function io(lines: string[]): Io {
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), isTty: false, env: {} };
}

describe('the one check pipeline', () => {
  it('`landwatch check` follows an address accepted in chat, and keeps the section history', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-relocated-'));
    const bureausFile = path.join(dir, 'bureaus.yaml');
    await writeFile(
      bureausFile,
      `bureaus:\n  - id: x1\n    name: 测试县自然资源局\n    level: county\n    province: 测试省\n    homepage: ${site.url}/\n    sections:\n      land_auction: ${site.url}/gone/\n`,
    );
    const data = path.join(dir, 'data');
    // A manager accepted the column's new address in chat (/discover → accept): the store holds it.
    const store = await openStore(data);
    store.relocate('x1/land_auction', { url: `${site.url}/tdcr/`, by: 'tester', at: NOW });
    await store.flush();

    for (const now of [NOW, '2026-11-28T02:00:00Z']) {
      const out: string[] = [];
      expect(await runCli(['check', '--bureaus', bureausFile, '--data', data, '--now', now, '--json'], io(out))).toBe(
        0,
      );
      expect(out.map((l) => JSON.parse(l))).toEqual([
        expect.objectContaining({ bureau: 'x1', category: 'land_auction', url: `${site.url}/tdcr/`, state: 'fresh' }),
      ]);
    }
    expect(site.requests.some((r) => r.path === '/gone/')).toBe(false);
    const stored = JSON.parse(await readFile(path.join(data, 'landwatch.json'), 'utf8'));
    const reopened = await openStore(data);
    expect(stored.schema).toBe('landwatch-store');
    // Two checks at the accepted address, one history: nothing was reset by switching addresses.
    expect(reopened.section('x1/land_auction')?.history).toHaveLength(2);
  });

  it('`landwatch check --bureau` with an id no bureau has is an error that suggests the near ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-nope-'));
    const bureausFile = path.join(dir, 'bureaus.yaml');
    await writeFile(
      bureausFile,
      `bureaus:\n  - id: x1\n    name: 测试县自然资源局\n    level: county\n    province: 测试省\n    homepage: ${site.url}/\n    sections:\n      land_auction: ${site.url}/tdcr/\n`,
    );
    const out: string[] = [];
    const code = await runCli(['check', '--bureaus', bureausFile, '--data', dir, '--bureau', 'x2'], io(out));
    expect(code).toBe(2);
    expect(out.join('\n')).toContain('unknown bureau id "x2": did you mean "x1"?');
  });

  it("a manager's /check proposes the new address of a section that went missing", async () => {
    const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-check-moved-')));
    const app = createApp({
      config: { ...config, bureaus: [bureau({ land_auction: `${site.url}/gone/` })] },
      store,
      fetcher: createFetcher(fetchSettings),
      queue: new HostQueue({ concurrency: 8, perHost: 1, spacingMs: 0 }),
      now: () => new Date(NOW),
    });
    const results = await app.services.context('zh-CN').checkBureau('x1', () => {});
    expect(results.map((r) => r.state)).toEqual(['missing']);
    const ops = store
      .outbox()
      .filter((e) => e.channel === 'ops')
      .map((e) => consoleText(messageOf(e)))
      .join('\n');
    expect(ops).toContain(`${site.url}/tdcr/`);
    expect(ops).toContain('栏目疑似迁移');
  });

  it('returns its states before the search for a moved column ends, and writes the proposal once it does', async () => {
    const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-check-later-')));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const plain = createFetcher(fetchSettings);
    // The search starts from the homepage; the site answers it only once the run has returned.
    const fetcher: Fetcher = async (req) => {
      if (new URL(req.url).pathname === '/') await held;
      return plain(req);
    };
    const app = createApp({
      config: { ...config, bureaus: [bureau({ land_auction: `${site.url}/gone/` })] },
      store,
      fetcher,
      queue: new HostQueue({ concurrency: 8, perHost: 1, spacingMs: 0 }),
      now: () => new Date(NOW),
    });
    const run = await app.check({ sections: app.catalog().sections });
    const proposals = () =>
      store
        .outbox()
        .map((e) => consoleText(messageOf(e)))
        .filter((text) => text.includes('栏目疑似迁移'));
    expect(run.results.map((r) => r.state)).toEqual(['missing']);
    // The missing section's own notice is written with its state; the proposal is not there yet.
    expect(run.queued.length).toBeGreaterThan(0);
    expect(proposals()).toEqual([]);
    release();
    const relocated = await run.relocated;
    expect(relocated.error).toBeNull();
    expect(relocated.queued).toHaveLength(1);
    expect(proposals()).toHaveLength(1);
    expect(proposals()[0]).toContain(`${site.url}/tdcr/`);
  });

  it('writes the notices of every stored section with it, before the run ends', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-crash-'));
    const store = await openStore(dir);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const plain = createFetcher(fetchSettings);
    // The second section's site hangs: a crash now must not lose the first section's alert.
    const fetcher: Fetcher = async (req) => {
      if (req.url.includes('/hangs/')) await held;
      return plain(req);
    };
    const app = createApp({
      config: {
        ...config,
        // Write after every section, so the test sees what a crash at that moment would leave.
        settings: { ...config.settings, store: { ...config.settings.store, flushEveryMs: 0 } },
        bureaus: [bureau({ land_auction: `${site.url}/old-stale/`, land_transfer_result: `${site.url}/hangs/` })],
      },
      store,
      fetcher,
      queue: new HostQueue({ concurrency: 8, perHost: 2, spacingMs: 0 }),
      now: () => new Date(NOW),
      policy: { ...config.settings.alerts, quietHours: null },
    });
    const run = app.check({ sections: app.catalog().sections });
    const onDisk = async () => (await openStore(dir)).outbox();
    const deadline = Date.now() + 10_000;
    while ((await onDisk()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const alerts = await onDisk();
    expect(alerts.map((e) => e.channel)).toEqual(['alerts']);
    expect(consoleText(messageOf(alerts[0]!))).toContain('土地招拍挂公告');
    release();
    const done = await run;
    expect(done.results).toHaveLength(2);
  });
});
