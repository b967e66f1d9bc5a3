import { z } from 'zod';
import { type Category, type FreshnessRule, GROUPS, LEVELS, type Level } from '../domain/types.js';
import { ConfigError } from './config-error.js';
import { duplicates } from './duplicates.js';
import { loadYaml } from './yaml.js';

const ruleSchema = z.union([
  z.literal('presence').transform((): FreshnessRule => ({ kind: 'presence' })),
  z
    .strictObject({ maxAge: z.number().int().positive(), dueAt: z.number().int().nonnegative() })
    .refine((r) => r.dueAt <= r.maxAge, { message: 'dueAt must not exceed maxAge' })
    .transform((r): FreshnessRule => ({ kind: 'maxAge', ...r })),
  // Chinese working days: statutory holidays off, 调休 make-up days on (config/holidays.yaml, chinese-days).
  z
    .strictObject({
      maxWorkingDays: z.number().int().positive(),
      dueAtWorkingDays: z.number().int().nonnegative(),
    })
    .refine((r) => r.dueAtWorkingDays <= r.maxWorkingDays, {
      message: 'dueAtWorkingDays must not exceed maxWorkingDays',
    })
    .transform(
      (r): FreshnessRule => ({
        kind: 'maxAge',
        maxAge: r.maxWorkingDays,
        dueAt: r.dueAtWorkingDays,
        workingDays: true,
      }),
    ),
  z
    .strictObject({
      annual: z.strictObject({
        due: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'due must be MM-DD'),
        yearOffset: z.number().int().min(-1).max(0).default(0),
        warnDays: z.number().int().nonnegative().default(30),
      }),
    })
    .transform((r): FreshnessRule => ({ kind: 'annual', ...r.annual })),
]);

const categorySchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'key must be snake_case'),
  name: z.string().min(1),
  group: z.enum(GROUPS),
  weight: z.number().nonnegative(),
  veto: z.enum(['news', 'notice']).optional(),
  checkEveryHours: z.number().positive().default(24),
  synonyms: z.array(z.string().min(1)).default([]),
  lesserTitles: z.array(z.string().min(1)).default([]),
  itemWords: z.array(z.string().min(1)).default([]),
  rule: ruleSchema,
  levels: z.partialRecord(z.enum(LEVELS), ruleSchema).default({}),
});

const indicatorsSchema = z.strictObject({ categories: z.array(categorySchema).min(1) });

export function parseIndicators(file: string, text?: string): Category[] {
  const yaml = loadYaml(file, indicatorsSchema, text);
  const parsed = yaml.value;
  const { problems } = duplicates(
    yaml,
    'categories',
    'key',
    parsed.categories.map((c) => c.key),
    'category key',
  );
  const categories = parsed.categories.map((c): Category => {
    return {
      key: c.key,
      name: c.name,
      group: c.group,
      weight: c.weight,
      synonyms: c.synonyms,
      lesserTitles: c.lesserTitles,
      itemWords: c.itemWords,
      rule: c.rule,
      levelRules: c.levels as Partial<Record<Level, FreshnessRule>>,
      vetoClass: c.veto,
      checkEveryHours: c.checkEveryHours,
    };
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return categories;
}
