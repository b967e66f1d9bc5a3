/**
 * The known names closest to a mistyped one, nearest first: those a few edits away (a third of its
 * length at most) or containing it, else those it contains.
 */
export function closest(name: string, known: Iterable<string>, limit = 3): string[] {
  const wanted = name.toLowerCase();
  const within = Math.max(1, Math.floor(wanted.length / 3));
  const near: { name: string; distance: number }[] = [];
  const inside: { name: string; distance: number }[] = [];
  for (const k of new Set(known)) {
    const candidate = k.toLowerCase();
    const distance = editDistance(wanted, candidate);
    if (distance <= within || (wanted.length >= 2 && candidate.includes(wanted))) near.push({ name: k, distance });
    else if (candidate.length >= 2 && wanted.includes(candidate)) inside.push({ name: k, distance });
  }
  if (near.length === 0) near.push(...inside);
  near.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return near.slice(0, limit).map((n) => n.name);
}

/** `did you mean "a" or "b"?` for the names `closest` found; empty for none. */
export function didYouMean(near: readonly string[]): string {
  return near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit (the commonest typo). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}
