import type { YamlFile } from './yaml.js';

/**
 * One problem per list item whose `field` repeats an earlier item's, located at the repeat and naming
 * the line of the first: e.g. `line 9: bureaus.1.id: duplicate bureau id (value: "sd"); the first is at line 2`.
 */
export function duplicates(
  file: Pick<YamlFile<unknown>, 'lineOf' | 'problem'>,
  list: string,
  field: string,
  values: readonly string[],
  what: string,
): { problems: string[]; seen: Set<string> } {
  const firstOf = new Map<string, number>();
  const problems: string[] = [];
  for (const [i, value] of values.entries()) {
    const first = firstOf.get(value);
    if (first === undefined) firstOf.set(value, i);
    else {
      const firstLine = file.lineOf([list, first, field]);
      problems.push(
        file.problem([list, i, field], `duplicate ${what} (value: "${value}"); the first is at line ${firstLine}`),
      );
    }
  }
  return { problems, seen: new Set(firstOf.keys()) };
}
