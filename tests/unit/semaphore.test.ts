import { describe, expect, it } from 'vitest';
import { semaphore } from '../../src/crawl/semaphore.js';

describe('semaphore', () => {
  it('admits at most its places at once, the rest in arrival order, each release giving one place once', async () => {
    const admit = semaphore(2);
    const order: string[] = [];
    const a = await admit();
    const b = await admit();
    const waiting = ['c', 'd'].map(async (name) => {
      const release = await admit();
      order.push(name);
      return release;
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    a();
    a(); // a second call gives nothing back
    const c = await waiting[0];
    expect(order).toEqual(['c']);
    b();
    await waiting[1];
    expect(order).toEqual(['c', 'd']);
    c?.();
    // c's place is free again, so one more is admitted at once.
    let admitted = false;
    void admit().then(() => {
      admitted = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(admitted).toBe(true);
  });

  it('lets the highest priority waiting in first, equals in arrival order', async () => {
    const admit = semaphore(1);
    const held = await admit();
    const order: string[] = [];
    const wait = (name: string, priority?: number) =>
      admit(priority).then((release) => {
        order.push(name);
        release();
      });
    const all = [wait('low-1'), wait('high-1', 5), wait('mid', 2), wait('high-2', 5), wait('low-2')];
    held();
    await Promise.all(all);
    expect(order).toEqual(['high-1', 'high-2', 'mid', 'low-1', 'low-2']);
  });
});
