import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { browserSettingsSchema } from './browser-settings.js';
import { cronExpression, timeZoneName } from './clock-fields.js';
import { loadYaml } from './yaml.js';

/** An address block (`10.0.0.0/8`, `fd00::/8`), a bare address, or a hostname. */
function isAllowance(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  if (extra !== undefined) return false;
  if (prefix !== undefined)
    return isIP(address) !== 0 && /^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128);
  return isIP(address) !== 0 || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(address);
}

function allowanceError(issue: { input: unknown }): string {
  return `allowPrivate entries are address blocks (10.0.0.0/8) or hostnames (value: ${JSON.stringify(issue.input)})`;
}

export const settingsSchema = z.strictObject({
  timezone: timeZoneName.default('Asia/Shanghai'),
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
      /**
       * Non-public addresses (CIDR blocks or hostnames) fetches may reach besides the configured bureau hosts,
       * which may always reach what they resolved to when the config was read.
       */
      allowPrivate: z.array(z.string().refine(isAllowance, { error: allowanceError })).default([]),
      /** How long one host may be held for 429s and 503s with Retry-After in one cycle, in total. */
      maxRetryAfterMs: z.number().int().nonnegative().default(120_000),
      /** How long one request may wait for them; a longer ask leaves the section blocked (rate-limited). */
      maxRetryAfterPerRequestMs: z.number().int().nonnegative().default(30_000),
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
      /** How often a check run writes the store, with the notices of what it stored: the most a crash loses. */
      flushEveryMs: z.number().int().min(0).max(600_000).default(10_000),
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
      /** A Discord role whose members may acknowledge and snooze alerts, besides those with Manage Server. */
      role: z
        .string()
        .regex(/^\d{17,20}$/, 'must be a Discord role id (17–20 digits)')
        .optional(),
    })
    .prefault({}),
  schedule: z
    .strictObject({
      checkCron: cronExpression.default('*/10 * * * *'),
      digestCron: cronExpression.default('0 9 * * 1'),
      drainCron: cronExpression.default('* * * * *'),
    })
    .prefault({}),
  browser: browserSettingsSchema,
  bot: z
    .strictObject({
      /** On SIGTERM/SIGINT: how long the running step may take to finish before the bot flushes and exits. */
      stopGraceMs: z.number().int().min(0).max(300_000).default(10_000),
      /** `bot --once`: how long delivery is retried before it exits saying how many messages wait. */
      onceDeliveryMs: z.number().int().min(0).max(3_600_000).default(60_000),
    })
    .prefault({}),
  /** The read-only web dashboard (`landwatch serve`, or beside the bot when enabled). */
  dashboard: z
    .strictObject({
      enabled: z.boolean().default(false),
      port: z.number().int().min(0).max(65_535).default(8080),
      // Loopback by default; any other address needs DASHBOARD_TOKEN.
      host: z.string().min(1).default('127.0.0.1'),
      /** Where people reach the dashboard (behind a proxy), for links in chat messages. */
      publicUrl: z.url({ protocol: /^https?$/ }).optional(),
    })
    .prefault({}),
  digest: z
    .strictObject({
      /** Attach the inspection workbook (.xlsx) to the weekly digest. */
      attachWorkbook: z.boolean().default(false),
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

export function parseSettings(file: string, text?: string): Settings {
  return loadYaml(file, settingsSchema, text).value;
}

/** Default settings, for tools that run without a config folder. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
