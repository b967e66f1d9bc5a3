/** At most `size` holders at once; the others wait in arrival order, those asking `first` ahead of the rest. */
export class Slots {
  private used = 0;
  private readonly waiting: (() => void)[] = [];
  /** How many of `waiting`, from its head, asked to go first. */
  private firsts = 0;

  constructor(private readonly size: number) {}

  async hold<T>(task: () => Promise<T>, first = false): Promise<T> {
    if (this.used >= this.size)
      await new Promise<void>((resolve) => {
        if (first) this.waiting.splice(this.firsts++, 0, resolve);
        else this.waiting.push(resolve);
      });
    else this.used++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `used` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next && this.firsts > 0) this.firsts--;
      if (next) next();
      else this.used--;
    }
  }
}
