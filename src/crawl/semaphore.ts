/** Gives back the place an admission took. Calling it twice gives back one place, once. */
export type Admission = () => void;

/** Asks for a place; among those waiting, the highest `priority` goes first, equals in arrival order. */
export type Admit = (priority?: number) => Promise<Admission>;

interface Waiter {
  priority: number;
  admit: () => void;
}

/** At most `places` holders at once; the rest wait by priority, then in arrival order. */
export function semaphore(places: number): Admit {
  let free = places;
  // Highest priority last, so the next to go is popped; among equals the earliest arrival is last.
  const waiting: Waiter[] = [];
  const admission = (): Admission => {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = waiting.pop();
      if (next) next.admit();
      else free++;
    };
  };
  return (priority = 0) => {
    if (free > 0) {
      free--;
      return Promise.resolve(admission());
    }
    return new Promise((resolve) => {
      // The first place whose waiter goes before this one: higher priority, or equal and there earlier.
      let lo = 0;
      let hi = waiting.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((waiting[mid] as Waiter).priority >= priority) hi = mid;
        else lo = mid + 1;
      }
      waiting.splice(lo, 0, { priority, admit: () => resolve(admission()) });
    });
  };
}
