import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Bureau, Category } from '../domain/types.js';
import type { WorkingCalendar } from '../domain/working-days.js';
import { parseBureaus } from './bureaus.js';
import { loadCalendar } from './holidays.js';
import { parseIndicators } from './indicators.js';
import { defaultSettings, parseSettings, type Settings } from './settings.js';

export interface Config {
  categories: Category[];
  bureaus: Bureau[];
  settings: Settings;
  /** Holidays and make-up days for working-day rules (chinese-days + holidays.yaml). */
  calendar: WorkingCalendar;
}

export interface ConfigPaths {
  /** Folder holding indicators.yaml, bureaus.yaml, settings.yaml and (optionally) holidays.yaml. */
  dir: string;
  /** A bureaus file to use instead of `<dir>/bureaus.yaml`. */
  bureausFile?: string | undefined;
}

/** The folder holding package.json: the same from src/ (tsx) and from the compiled dist/src/. */
function packageRoot(from: string): string {
  const up = path.dirname(from);
  return existsSync(path.join(from, 'package.json')) || up === from ? from : packageRoot(up);
}

export const DEFAULT_CONFIG_DIR = path.join(packageRoot(import.meta.dirname), 'config');

export function loadConfig(paths: ConfigPaths): Config {
  const categories = parseIndicators(path.join(paths.dir, 'indicators.yaml'));
  const bureaus = parseBureaus(paths.bureausFile ?? path.join(paths.dir, 'bureaus.yaml'), categories);
  const settingsFile = path.join(paths.dir, 'settings.yaml');
  const settings = existsSync(settingsFile) ? parseSettings(settingsFile) : defaultSettings();
  return { categories, bureaus, settings, calendar: loadCalendar(path.join(paths.dir, 'holidays.yaml')) };
}
