/** At most `size` holders at once; the others wait in arrival order. */
export class Slots {
  private used = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async hold<T>(task: () => Promise<T>): Promise<T> {
    if (this.used >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.used++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `used` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) next();
      else this.used--;
    }
  }
}
