import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type Config, type ConfigPaths, DEFAULT_CONFIG_DIR, loadConfig } from '../config/config.js';
import { ConfigError } from '../config/config-error.js';

/**
 * The data folder remembers the catalog it was checked against (`catalog.json` beside the store), so the
 * read commands rank what was checked rather than whatever `config/bureaus.yaml` says today; asked for a
 * catalog of other bureaus, they refuse instead of answering from the wrong one.
 */
const FILE = 'catalog.json';

const remembered = z.object({
  configDir: z.string(),
  bureausFile: z.string().nullable(),
  bureauIds: z.array(z.string()),
});
type Remembered = z.output<typeof remembered>;

export interface CatalogFlags {
  config?: string | undefined;
  bureaus?: string | undefined;
}

function pathsOf(flags: CatalogFlags): ConfigPaths {
  return {
    dir: path.resolve(flags.config ?? DEFAULT_CONFIG_DIR),
    bureausFile: flags.bureaus && path.resolve(flags.bureaus),
  };
}

function read(dataDir: string): Remembered | null {
  const file = path.join(dataDir, FILE);
  if (!existsSync(file)) return null;
  try {
    return remembered.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new ConfigError(file, [`not a catalog record landwatch wrote: ${(e as Error).message.split('\n')[0]}`]);
  }
}

/** Written by what checks into the folder (`check`, the bot). */
export function rememberCatalog(dataDir: string, flags: CatalogFlags, config: Config): void {
  const paths = pathsOf(flags);
  const record: Remembered = {
    configDir: paths.dir,
    bureausFile: paths.bureausFile ?? null,
    bureauIds: config.bureaus.map((b) => b.id).sort(),
  };
  writeFileSync(path.join(dataDir, FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The config a read command on `dataDir` should use: the folder's own unless flags name a matching one. */
export function configForData(dataDir: string, flags: CatalogFlags): Config {
  const known = read(dataDir);
  if (!known) return loadConfig(pathsOf(flags));
  const explicit = flags.config !== undefined || flags.bureaus !== undefined;
  if (!explicit) return loadConfig({ dir: known.configDir, bureausFile: known.bureausFile ?? undefined });
  const config = loadConfig(pathsOf(flags));
  const ids = config.bureaus.map((b) => b.id).sort();
  const same = ids.length === known.bureauIds.length && ids.every((id, i) => id === known.bureauIds[i]);
  if (!same) {
    const was = known.bureausFile ?? path.join(known.configDir, 'bureaus.yaml');
    throw new ConfigError(path.join(dataDir, FILE), [
      `this data folder was checked against ${was} (${known.bureauIds.length} bureaus), not the ${ids.length} bureaus asked for now; run the command without --config/--bureaus to use the folder's own, or use another --data`,
    ]);
  }
  return config;
}
