import { type Bureau, type Category, type Section, sectionKey } from './types.js';

/**
 * What is watched, looked up by id: the configured bureaus with the section addresses people accepted
 * after a site moved them, and the categories. Built once per change of either; every reader asks it,
 * so no caller rebuilds these maps or applies the accepted addresses on its own.
 */
export interface Catalog {
  readonly categories: readonly Category[];
  readonly bureaus: readonly Bureau[];
  /** Every watched section, at its current address. */
  readonly sections: readonly Section[];
  category(key: string): Category | undefined;
  bureau(id: string): Bureau | undefined;
  section(key: string): Section | undefined;
  /** Display names, falling back to the id for anything no longer configured. */
  categoryName(key: string): string;
  bureauName(id: string): string;
}

export function buildCatalog(
  categories: readonly Category[],
  configured: readonly Bureau[],
  accepted: Readonly<Record<string, { url: string }>>,
): Catalog {
  const bureaus = configured.map((b) => ({
    ...b,
    sections: b.sections.map((s) => {
      const moved = accepted[sectionKey(b.id, s.category)];
      return moved ? { ...s, url: moved.url } : s;
    }),
  }));
  const sections = bureaus.flatMap((b) => b.sections);
  const byCategory = new Map(categories.map((c) => [c.key, c]));
  const byBureau = new Map(bureaus.map((b) => [b.id, b]));
  const bySection = new Map(sections.map((s) => [sectionKey(s.bureauId, s.category), s]));
  return {
    categories,
    bureaus,
    sections,
    category: (key) => byCategory.get(key),
    bureau: (id) => byBureau.get(id),
    section: (key) => bySection.get(key),
    categoryName: (key) => byCategory.get(key)?.name ?? key,
    bureauName: (id) => byBureau.get(id)?.name ?? id,
  };
}
