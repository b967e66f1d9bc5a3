import { z } from 'zod';
import { type Bureau, type Category, LEVELS } from '../domain/types.js';
import { closest, didYouMean } from './closest.js';
import { ConfigError } from './config-error.js';
import { duplicates } from './duplicates.js';
import { loadYaml } from './yaml.js';

const sectionValueSchema = z.union([
  z.url({ protocol: /^https?$/ }),
  z.strictObject({
    url: z.url({ protocol: /^https?$/ }),
    list: z.string().min(1).optional(),
    date: z.string().min(1).optional(),
    charset: z.string().min(1).optional(),
    insecureTls: z.boolean().optional(),
    render: z.literal('browser').optional(),
  }),
]);

const bureauSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lowercase slug'),
  name: z.string().min(1),
  level: z.enum(LEVELS),
  province: z.string().min(1),
  parent: z.string().optional(),
  homepage: z.url({ protocol: /^https?$/ }),
  // A bureau without sections has nothing to check, yet would be ranked as covering nothing.
  sections: z
    .record(z.string(), sectionValueSchema)
    .default({})
    .refine((s) => Object.keys(s).length > 0, 'a bureau needs at least one section (category: url) to watch'),
});

const bureausSchema = z.strictObject({ bureaus: z.array(bureauSchema) });

export function parseBureaus(file: string, categories: Category[], text?: string): Bureau[] {
  const yaml = loadYaml(file, bureausSchema, text);
  const { value: parsed, problem } = yaml;
  const known = categories.map((c) => c.key);
  const ids = duplicates(
    yaml,
    'bureaus',
    'id',
    parsed.bureaus.map((b) => b.id),
    'bureau id',
  );
  const problems = ids.problems;
  const bureaus = parsed.bureaus.map((b, i): Bureau => {
    const sections = Object.entries(b.sections).map(([category, value]) => {
      if (!known.includes(category)) {
        problems.push(
          problem(
            ['bureaus', i, 'sections', category],
            `unknown category (value: "${category}"; see indicators.yaml)${suggest(category, known)}`,
          ),
        );
      }
      const v = typeof value === 'string' ? { url: value } : value;
      return {
        bureauId: b.id,
        category,
        url: v.url,
        hints: { list: v.list, date: v.date, charset: v.charset, insecureTls: v.insecureTls, render: v.render },
      };
    });
    return { ...b, sections };
  });
  for (const [i, b] of parsed.bureaus.entries()) {
    if (b.parent !== undefined && !ids.seen.has(b.parent)) {
      problems.push(
        problem(['bureaus', i, 'parent'], `no bureau has this id (value: "${b.parent}")${suggest(b.parent, ids.seen)}`),
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return bureaus;
}

function suggest(name: string, known: Iterable<string>): string {
  const hint = didYouMean(closest(name, known));
  return hint && `; ${hint}`;
}
