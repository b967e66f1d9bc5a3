import { describe, expect, it } from 'vitest';
import { interleaveByHost } from '../../src/app/check-pipeline.js';
import { HostQueue } from '../../src/crawl/host-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('HostQueue', () => {
  it('runs one request at a time per host, spaced, while other hosts proceed', async () => {
    const q = new HostQueue({ concurrency: 10, perHost: 1, spacingMs: 40 });
    const log: { host: string; start: number; end: number }[] = [];
    const t0 = performance.now();
    const task = (host: string) => async () => {
      const start = performance.now() - t0;
      await sleep(10);
      log.push({ host, start, end: performance.now() - t0 });
    };
    await Promise.all([
      q.run('a', task('a')),
      q.run('a', task('a')),
      q.run('a', task('a')),
      q.run('b', task('b')),
      q.run('c', task('c')),
    ]);
    const a = log.filter((l) => l.host === 'a').sort((x, y) => x.start - y.start);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start - a[i - 1]!.end).toBeGreaterThanOrEqual(38);
    // b and c did not wait behind a's spacing.
    for (const h of ['b', 'c']) expect(log.find((l) => l.host === h)!.start).toBeLessThan(30);
  });

  it('never exceeds the global cap', async () => {
    const q = new HostQueue({ concurrency: 3, perHost: 1, spacingMs: 0 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        q.run(`h${i}`, async () => {
          peak = Math.max(peak, ++running);
          await sleep(5);
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
    await q.onIdle();
  });

  it('passes results and errors through', async () => {
    const q = new HostQueue({ concurrency: 2, perHost: 1, spacingMs: 0 });
    await expect(q.run('x', async () => 42)).resolves.toBe(42);
    await expect(q.run('x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});

describe('the order a cycle takes sections in', () => {
  it('takes every host once before any host twice, keeping each host’s own order', () => {
    const section = (host: string, category: string) => ({
      bureauId: host,
      category,
      url: `http://${host}.example.gov.cn/${category}/`,
      hints: {},
    });
    const sections = [
      section('a', '1'),
      section('a', '2'),
      section('a', '3'),
      section('b', '1'),
      section('c', '1'),
      section('c', '2'),
    ];
    expect(interleaveByHost(sections).map((s) => `${s.bureauId}${s.category}`)).toEqual([
      'a1',
      'b1',
      'c1',
      'a2',
      'c2',
      'a3',
    ]);
  });
});
