import { describe, expect, it } from 'vitest';
import { hostLanes } from '../../src/app/check-pipeline.js';
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

describe('holding a host and moving a task between hosts', () => {
  it('holds the whole host, not one request: nothing starts on it until the hold ends, other hosts go on', async () => {
    const q = new HostQueue({ concurrency: 10, perHost: 3, spacingMs: 0 });
    const t0 = performance.now();
    const starts: { a: number[]; b: number[] } = { a: [], b: [] };
    const task = (host: 'a' | 'b') => async () => {
      starts[host].push(performance.now() - t0);
    };
    q.hold('a', 150);
    await Promise.all([q.run('a', task('a')), q.run('a', task('a')), q.run('a', task('a')), q.run('b', task('b'))]);
    expect(starts.a).toHaveLength(3);
    for (const s of starts.a) expect(s).toBeGreaterThanOrEqual(148);
    expect(starts.b[0]).toBeLessThan(50);
  });

  it('counts a host’s held time, sharing overlapping holds, until the queue goes idle', async () => {
    const q = new HostQueue({ concurrency: 2, perHost: 1, spacingMs: 0 });
    const done = q.run('a', async () => {
      q.hold('a', 100);
      q.hold('a', 60);
      expect(q.held('a').totalMs).toBeCloseTo(100, -1);
      expect(q.held('a').leftMs).toBeGreaterThan(0);
    });
    const after = q.run('a', async () => performance.now());
    const t0 = performance.now();
    await done;
    expect((await after) - t0).toBeGreaterThanOrEqual(95);
    await q.onIdle();
    expect(q.held('a')).toEqual({ totalMs: 0, leftMs: 0 });
  });

  it('lets a task move to another host, giving up its slots while it waits there', async () => {
    const q = new HostQueue({ concurrency: 1, perHost: 1, spacingMs: 0 });
    const log: string[] = [];
    q.hold('b', 100);
    const mover = q.run('a', () => {
      const lease = q.takeStartingLease();
      return (async () => {
        log.push(`start on ${lease?.host}`);
        await lease?.moveTo('b');
        log.push(`continue on ${lease?.host}`);
      })();
    });
    // The only global slot was given up by the mover, so this one runs while the mover waits for b.
    const other = q.run('a', async () => {
      log.push('other on a');
    });
    await Promise.all([mover, other]);
    expect(log).toEqual(['start on a', 'other on a', 'continue on b']);
    expect(q.takeStartingLease()).toBeNull();
  });

  it('puts a task that retries ahead of the host’s waiting ones', async () => {
    const q = new HostQueue({ concurrency: 5, perHost: 1, spacingMs: 0 });
    const log: string[] = [];
    const retrying = q.run('a', () => {
      const lease = q.takeStartingLease();
      return (async () => {
        q.hold('a', 30);
        await lease?.moveTo('a', true);
        log.push('retry');
      })();
    });
    const later = q.run('a', async () => {
      log.push('later');
    });
    await Promise.all([retrying, later]);
    expect(log).toEqual(['retry', 'later']);
  });
});

describe('the lanes a cycle takes sections in', () => {
  const section = (host: string, category: string) => ({
    bureauId: host,
    category,
    url: `http://${host}.example.gov.cn/${category}/`,
    hints: {},
  });
  const sections = [
    section('a', '1'),
    section('b', '1'),
    section('a', '2'),
    section('c', '1'),
    section('a', '3'),
    section('c', '2'),
  ];
  const named = (lanes: { bureauId: string; category: string }[][]) =>
    lanes.map((lane) => lane.map((s) => `${s.bureauId}${s.category}`));

  it('gives each host one lane of its sections in their order, the busiest host first', () => {
    expect(named(hostLanes(sections, 1))).toEqual([['a1', 'a2', 'a3'], ['c1', 'c2'], ['b1']]);
  });

  it('deals a host that takes two requests at once into two lanes', () => {
    expect(named(hostLanes(sections, 2))).toEqual([['a1', 'a3'], ['a2'], ['b1'], ['c1'], ['c2']]);
  });
});
