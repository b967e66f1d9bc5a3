import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { needsBrowserNote } from '../../domain/read-reasons.js';

/** Binaries Debian's packages install, in the order they are worth trying (the shell is lighter). */
const NAMES = ['chromium-headless-shell', 'chromium'];
/** Debian's wrappers in /usr/bin exec these; looked in even when PATH is bare (cron, systemd). */
const EXTRA_DIRS = ['/usr/bin', '/usr/lib/chromium'];

export const CHROMIUM_MISSING = needsBrowserNote('未找到 Chromium（apt-get install chromium-headless-shell）');

export interface ExecutableSources {
  /** `settings.browser.executable` */
  configured?: string | undefined;
  env: NodeJS.ProcessEnv;
  isExecutable?: (file: string) => boolean;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: the configured path, else `LANDWATCH_CHROMIUM`, else the first Debian binary on the
 * PATH or in its usual directories. Nothing is ever downloaded. A configured path that is not there is an
 * error the operator should see, not a reason to quietly use another browser.
 */
export function findChromium(sources: ExecutableSources): { path: string } | { missing: string } {
  const ok = sources.isExecutable ?? executable;
  const named = sources.configured ?? sources.env.LANDWATCH_CHROMIUM;
  if (named) {
    const origin = sources.configured ? 'settings.browser.executable' : 'LANDWATCH_CHROMIUM';
    return ok(named) ? { path: named } : { missing: `${CHROMIUM_MISSING}：${origin} = ${named} 不可执行` };
  }
  const dirs = [...(sources.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const name of NAMES)
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (ok(file)) return { path: file };
    }
  return { missing: CHROMIUM_MISSING };
}
