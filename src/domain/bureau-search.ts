/** Finds bureaus by id or Chinese name: exact matches first, then prefixes, then substrings. Pure. */
export interface Named {
  id: string;
  name: string;
}

export function searchBureaus<T extends Named>(query: string, bureaus: T[], limit = 25): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return bureaus.slice(0, limit);
  const rank = (b: T): number => {
    const id = b.id.toLowerCase();
    const name = b.name.toLowerCase();
    if (id === q || name === q) return 0;
    if (name.startsWith(q) || id.startsWith(q)) return 1;
    if (name.includes(q) || id.includes(q)) return 2;
    return 3;
  };
  return bureaus
    .map((b) => ({ b, r: rank(b) }))
    .filter((x) => x.r < 3)
    .sort((x, y) => x.r - y.r || x.b.name.length - y.b.name.length)
    .slice(0, limit)
    .map((x) => x.b);
}
