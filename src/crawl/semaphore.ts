/** Gives back the place an admission took. Calling it twice gives back one place, once. */
export type Admission = () => void;

/** At most `places` holders at once; the rest wait in arrival order. */
export function semaphore(places: number): () => Promise<Admission> {
  let free = places;
  const waiting: (() => void)[] = [];
  const admission = (): Admission => {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = waiting.shift();
      if (next) next();
      else free++;
    };
  };
  return () => {
    if (free > 0) {
      free--;
      return Promise.resolve(admission());
    }
    return new Promise((resolve) => waiting.push(() => resolve(admission())));
  };
}
