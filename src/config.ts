import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { type Bureau, type Category, type FreshnessRule, GROUPS, LEVELS, type Level } from './domain/types.js';

/** A config problem, located: file, line, the path inside the document and the offending value. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ruleSchema = z.union([
  z.literal('presence').transform((): FreshnessRule => ({ kind: 'presence' })),
  z
    .strictObject({ maxAge: z.number().int().positive(), dueAt: z.number().int().nonnegative() })
    .refine((r) => r.dueAt <= r.maxAge, { message: 'dueAt must not exceed maxAge' })
    .transform((r): FreshnessRule => ({ kind: 'maxAge', ...r })),
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
  itemWords: z.array(z.string().min(1)).default([]),
  rule: ruleSchema,
  levels: z.partialRecord(z.enum(LEVELS), ruleSchema).default({}),
});

const indicatorsSchema = z.strictObject({ categories: z.array(categorySchema).min(1) });

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

const settingsSchema = z.strictObject({
  timezone: z.string().default('Asia/Shanghai'),
  fetch: z
    .strictObject({
      userAgent: z.string().min(1).default('landwatch/0.1 (gov-site disclosure inspection bot)'),
      timeoutMs: z.number().int().positive().default(15_000),
      maxBytes: z.number().int().positive().default(5_000_000),
      retries: z.number().int().min(0).max(5).default(2),
      perHostConcurrency: z.number().int().positive().default(1),
      perHostSpacingMs: z.number().int().nonnegative().default(1000),
      concurrency: z.number().int().positive().default(64),
      detailFetches: z.number().int().min(0).max(10).default(3),
      /** Threads that parse pages beside the one that fetches them; 0 parses on the main thread. */
      extractionThreads: z
        .number()
        .int()
        .min(0)
        .max(16)
        .default(() => Math.min(4, Math.max(1, availableParallelism() - 1))),
    })
    // An absent block is parsed as {}, so the field defaults above are the only ones.
    .prefault({}),
  store: z
    .strictObject({
      recentChecks: z.number().int().min(1).max(100).default(10),
      changes: z.number().int().min(1).max(500).default(30),
    })
    .prefault({}),
  alerts: z
    .strictObject({
      reminderDays: z.number().positive().default(7),
      maxReminders: z.number().int().min(0).default(4),
      dueWarnings: z.boolean().default(true),
      // China time; null sends at any hour.
      quietHours: z
        .strictObject({ start: z.number().int().min(0).max(23), end: z.number().int().min(0).max(23) })
        .nullable()
        .default({ start: 22, end: 8 }),
    })
    .prefault({}),
  schedule: z
    .strictObject({
      checkCron: z.string().default('*/10 * * * *'),
      digestCron: z.string().default('0 9 * * 1'),
      drainCron: z.string().default('* * * * *'),
    })
    .prefault({}),
  webhooks: z
    .array(
      z.strictObject({
        kind: z.enum(['discord', 'wecom', 'dingtalk', 'feishu']),
        url: z.url({ protocol: /^https?$/ }),
        secret: z.string().min(1).optional(),
        channels: z.array(z.enum(['alerts', 'ops', 'digest'])).default(['alerts', 'digest']),
      }),
    )
    .default([]),
});

export type Settings = z.output<typeof settingsSchema>;
export type FetchSettings = Settings['fetch'];

export interface Config {
  categories: Category[];
  bureaus: Bureau[];
  settings: Settings;
}

function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? 'nothing' : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Parses a YAML file and validates it, reporting every problem with its line and value. */
function loadYaml<S extends z.ZodType>(file: string, schema: S, text?: string): z.output<S> {
  let source: string;
  try {
    source = text ?? readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`cannot read file: ${(e as Error).message}`]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return `line ${pos.line}:${pos.col}: YAML syntax: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  const data = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ConfigError(
    file,
    result.error.issues.map((issue) => {
      const keyPath = issue.path.map(String);
      let node: unknown = doc.getIn(keyPath, true);
      // A missing key has no node: point at its parent instead.
      for (let n = keyPath.length - 1; !isNode(node) && n >= 0; n--) node = doc.getIn(keyPath.slice(0, n), true);
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      const where = `line ${lines.linePos(offset).line}`;
      const field = keyPath.length > 0 ? keyPath.join('.') : '(top level)';
      let value: unknown = data;
      for (const k of keyPath) value = (value as Record<string, unknown> | undefined)?.[k];
      return `${where}: ${field}: ${issue.message} (value: ${show(value)})`;
    }),
  );
}

export function parseIndicators(file: string, text?: string): Category[] {
  const parsed = loadYaml(file, indicatorsSchema, text);
  const seen = new Set<string>();
  const problems: string[] = [];
  const categories = parsed.categories.map((c): Category => {
    if (seen.has(c.key)) problems.push(`categories: duplicate key "${c.key}"`);
    seen.add(c.key);
    return {
      key: c.key,
      name: c.name,
      group: c.group,
      weight: c.weight,
      synonyms: c.synonyms,
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

export function parseSettings(file: string, text?: string): Settings {
  return loadYaml(file, settingsSchema, text);
}

export interface ConfigPaths {
  /** Folder holding indicators.yaml, bureaus.yaml and settings.yaml. */
  dir: string;
  /** A bureaus file to use instead of `<dir>/bureaus.yaml`. */
  bureausFile?: string | undefined;
}

export const DEFAULT_CONFIG_DIR = path.resolve(import.meta.dirname, '..', 'config');

export function loadConfig(paths: ConfigPaths): Config {
  const categories = parseIndicators(path.join(paths.dir, 'indicators.yaml'));
  const bureaus = parseBureaus(paths.bureausFile ?? path.join(paths.dir, 'bureaus.yaml'), categories);
  const settingsFile = path.join(paths.dir, 'settings.yaml');
  const settings = existsSync(settingsFile) ? parseSettings(settingsFile) : defaultSettings();
  return { categories, bureaus, settings };
}

/** Default settings, for tools that run without a config folder. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

const discordEnvSchema = z.object({
  DISCORD_TOKEN: z.string().min(1),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API: z.url({ protocol: /^https?$/ }).optional(),
  ALERT_CHANNEL_ID: snowflake.optional(),
  DIGEST_CHANNEL_ID: snowflake.optional(),
  OPS_CHANNEL_ID: snowflake.optional(),
});

export type DiscordEnv = z.output<typeof discordEnvSchema>;

/** Discord settings from the environment; an error names the variable and, except for the token, its value. */
export function parseDiscordEnv(env: NodeJS.ProcessEnv): DiscordEnv {
  const picked = Object.fromEntries(Object.keys(discordEnvSchema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])));
  const result = discordEnvSchema.safeParse(picked);
  if (result.success) return result.data;
  throw new ConfigError(
    'environment',
    result.error.issues.map((i) => {
      const name = String(i.path[0]);
      const value = name === 'DISCORD_TOKEN' ? '(hidden)' : show(picked[name]);
      return `${name}: ${i.message} (value: ${value})`;
    }),
  );
}
