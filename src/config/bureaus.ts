import { z } from 'zod';
import { type Bureau, type Category, LEVELS } from '../domain/types.js';
import { ConfigError } from './config-error.js';
import { loadYaml } from './yaml.js';

const sectionValueSchema = z.union([
  z.url({ protocol: /^https?$/ }),
  z.strictObject({
    url: z.url({ protocol: /^https?$/ }),
    list: z.string().min(1).optional(),
    date: z.string().min(1).optional(),
    charset: z.string().min(1).optional(),
    insecureTls: z.boolean().optional(),
  }),
]);

const bureauSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lowercase slug'),
  name: z.string().min(1),
  level: z.enum(LEVELS),
  province: z.string().min(1),
  parent: z.string().optional(),
  homepage: z.url({ protocol: /^https?$/ }),
  sections: z.record(z.string(), sectionValueSchema).default({}),
});

const bureausSchema = z.strictObject({ bureaus: z.array(bureauSchema) });

export function parseBureaus(file: string, categories: Category[], text?: string): Bureau[] {
  const parsed = loadYaml(file, bureausSchema, text);
  const known = new Set(categories.map((c) => c.key));
  const ids = new Set<string>();
  const problems: string[] = [];
  const bureaus = parsed.bureaus.map((b, i): Bureau => {
    if (ids.has(b.id)) problems.push(`bureaus.${i}.id: duplicate bureau id (value: "${b.id}")`);
    ids.add(b.id);
    const sections = Object.entries(b.sections).map(([category, value]) => {
      if (!known.has(category)) {
        problems.push(
          `bureaus.${i}.sections.${category}: unknown category (value: "${category}"; see indicators.yaml)`,
        );
      }
      const v = typeof value === 'string' ? { url: value } : value;
      return {
        bureauId: b.id,
        category,
        url: v.url,
        hints: { list: v.list, date: v.date, charset: v.charset, insecureTls: v.insecureTls },
      };
    });
    return { ...b, sections };
  });
  for (const [i, b] of parsed.bureaus.entries()) {
    if (b.parent && !ids.has(b.parent))
      problems.push(`bureaus.${i}.parent: no bureau has this id (value: "${b.parent}")`);
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return bureaus;
}
