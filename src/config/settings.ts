import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { loadYaml } from './yaml.js';

export const settingsSchema = z.strictObject({
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
  return loadYaml(file, settingsSchema, text);
}

/** Default settings, for tools that run without a config folder. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
