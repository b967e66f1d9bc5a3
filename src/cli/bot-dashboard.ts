import type { Logger } from 'pino';
import type { App } from '../app/app.js';
import { sectionsWaitingForBrowser } from '../app/browser-wait.js';
import { startDashboard } from '../dashboard/server.js';

/** The read-only dashboard beside the bot, when settings.yaml asks for it (dashboard.enabled). */
export async function dashboardBesideBot(
  app: App,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<{ url: string; close(): Promise<void> } | null> {
  const settings = app.parts.config.settings.dashboard;
  if (!settings.enabled) return null;
  const running = await startDashboard(
    { inspection: app.services.inspection, history: app.services.history, trendPng: app.services.digestChart },
    { port: settings.port, host: settings.host, token: env.DASHBOARD_TOKEN },
  );
  logger.info({ url: running.url }, 'dashboard serving');
  return running;
}

/** Said once at start-up: which sections last waited for a browser, and why. */
export function logBrowserWait(app: App, logger: Logger): void {
  const waiting = sectionsWaitingForBrowser(app.catalog(), app.parts.store);
  if (waiting.length === 0) return;
  logger.warn(
    { sections: waiting.length, first: waiting.slice(0, 10).map((w) => w.key), why: waiting[0]?.note },
    'sections wait for a browser to be read',
  );
}
