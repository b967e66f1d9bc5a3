/** Finds bureaus by id or Chinese name: exact matches first, then prefixes, then substrings. Pure. */
export interface Named {
  id: string;
  name: string;
}

/**
 * Lower-cased ids and names per bureau list, made once: autocomplete runs on every keystroke against
 * 3,200 bureaus and must answer within milliseconds. Keyed by the list itself, so a new config gets its own.
 */
const folded = new WeakMap<readonly Named[], { id: string; name: string }[]>();

function foldedOf(bureaus: readonly Named[]): { id: string; name: string }[] {
  let f = folded.get(bureaus);
  if (!f) {
    f = bureaus.map((b) => ({ id: b.id.toLowerCase(), name: b.name.toLowerCase() }));
    folded.set(bureaus, f);
  }
  return f;
}

export function searchBureaus<T extends Named>(query: string, bureaus: T[], limit = 25): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return bureaus.slice(0, limit);
  const names = foldedOf(bureaus);
  const exact: T[] = [];
  const prefix: T[] = [];
  const inside: T[] = [];
  names.forEach(({ id, name }, i) => {
    const b = bureaus[i] as T;
    if (id === q || name === q) exact.push(b);
    else if (name.startsWith(q) || id.startsWith(q)) prefix.push(b);
    else if (name.includes(q) || id.includes(q)) inside.push(b);
  });
  const shorterFirst = (x: T, y: T) => x.name.length - y.name.length;
  const out = [...exact.sort(shorterFirst), ...prefix.sort(shorterFirst)];
  // Substring matches are only ranked when the better ones leave room.
  if (out.length < limit) out.push(...inside.sort(shorterFirst));
  return out.slice(0, limit);
}
