import { describe, expect, it } from 'vitest';
import { Slots } from '../../src/crawl/browser/slots.js';

describe('browser tabs (Slots)', () => {
  it('lets waiters that ask to go first ahead of the others, each kind in arrival order', async () => {
    const slots = new Slots(1);
    const order: string[] = [];
    let open!: () => void;
    const blocker = slots.hold(() => new Promise<void>((r) => (open = r)));
    const waits = [
      slots.hold(async () => order.push('page 1')),
      slots.hold(async () => order.push('pass 1'), true),
      slots.hold(async () => order.push('page 2')),
      slots.hold(async () => order.push('pass 2'), true),
    ];
    open();
    await Promise.all([blocker, ...waits]);
    expect(order).toEqual(['pass 1', 'pass 2', 'page 1', 'page 2']);
  });

  it('never holds more than its size at once', async () => {
    const slots = new Slots(2);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        slots.hold(
          async () => {
            most = Math.max(most, ++running);
            await new Promise((r) => setTimeout(r, 5));
            running--;
          },
          i % 2 === 0,
        ),
      ),
    );
    expect(most).toBe(2);
  });
});
