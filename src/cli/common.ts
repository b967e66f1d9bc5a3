import path from 'node:path';
import { catalogSource } from '../app/catalog.js';
import { inspect } from '../app/inspection.js';
import { type Config, DEFAULT_CONFIG_DIR, loadConfig } from '../config/config.js';
import { type Crawler, crawlerFor } from '../crawl/crawler.js';
import { configuredUrls, hostTrustFor } from '../crawl/fetch-policy.js';
import type { Inspection } from '../domain/inspection.js';
import { LEVELS, type Level } from '../domain/types.js';
import { openStore } from '../store/store.js';
import { configForData } from './data-catalog.js';

/** A usage mistake: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}

/** Where output goes; tests pass their own to read what a command printed. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
};

export const commonOptions = {
  config: { type: 'string' },
  bureaus: { type: 'string' },
  data: { type: 'string' },
  now: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseNow(value: string | undefined): () => Date {
  if (value === undefined) return () => new Date();
  const fixed = new Date(value);
  if (Number.isNaN(fixed.getTime())) throw new UsageError(`--now: not an ISO date or instant (value: "${value}")`);
  return () => fixed;
}

export function dataDir(value: string | undefined, io: Io): string {
  return path.resolve(value ?? io.env.LANDWATCH_DATA ?? 'data');
}

export function configFrom(values: { config?: string | undefined; bureaus?: string | undefined }): Config {
  return loadConfig({
    dir: path.resolve(values.config ?? DEFAULT_CONFIG_DIR),
    bureausFile: values.bureaus && path.resolve(values.bureaus),
  });
}

/** Config, store and the derived inspection, for the read-side commands. */
export async function loadInspection(
  values: {
    config?: string | undefined;
    bureaus?: string | undefined;
    data?: string | undefined;
    now?: string | undefined;
  },
  io: Io,
): Promise<{ config: Config; inspection: Inspection }> {
  const dir = dataDir(values.data, io);
  const config = configForData(dir, values);
  const store = await openStore(dir);
  return {
    config,
    inspection: inspect(catalogSource(config, store)(), store, parseNow(values.now)(), config.calendar),
  };
}

export function levelOption(value: string | undefined, required: boolean): Level | undefined {
  if (value === undefined) {
    if (required) throw new UsageError('--level is required: province, city or county');
    return undefined;
  }
  if (!(LEVELS as readonly string[]).includes(value)) {
    throw new UsageError(`--level: expected province, city or county (value: "${value}")`);
  }
  return value as Level;
}

/**
 * The crawler a configuration asks for: its fetch settings, its browser lane, and the fetch policy's trust
 * in the configured bureau hosts (a loopback or private address is reached only where the config names it).
 */
export async function crawlerForConfig(config: Config, fetch = config.settings.fetch): Promise<Crawler> {
  const trust = await hostTrustFor(configuredUrls(config.bureaus));
  return crawlerFor(fetch, { trust, browser: config.settings.browser });
}
