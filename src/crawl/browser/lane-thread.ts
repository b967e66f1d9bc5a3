import { parentPort, workerData } from 'node:worker_threads';
import type { BrowserSettings } from '../../config/browser-settings.js';
import { createBrowserRunner, type LaneStats, type RenderOutcome } from './browser-runner.js';
import type { RenderRequest } from './render-page.js';

/**
 * The browser lane's thread: Playwright and its Chromium, driven from an event loop of their own. On the
 * bot's main thread every round trip to the browser (a dozen per page) queued behind the parsing and
 * storing of a national cycle's pages; here only the browser's own pace counts. Whether a page shows its
 * list is still asked of the caller, which knows the section.
 */

export interface LaneThreadData {
  settings: BrowserSettings;
  userAgent: string;
  executablePath: string;
}

/** What the lane asks of its thread. */
export type ToLaneThread =
  | { type: 'render'; id: number; req: Omit<RenderRequest, 'isListRead'> }
  | { type: 'listed'; check: number; listed: boolean }
  | { type: 'close' };

/** What the thread answers. */
export type FromLaneThread =
  | { type: 'check'; id: number; check: number; html: string }
  | { type: 'done'; id: number; result: RenderOutcome; stats: LaneStats }
  | { type: 'closed' };

const port = parentPort;
if (port) {
  const runner = createBrowserRunner(workerData as LaneThreadData);
  const post = (m: FromLaneThread) =>
    // The rendered page's bytes move to the lane rather than being copied.
    port.postMessage(
      m,
      m.type === 'done' && m.result.kind === 'rendered' ? [m.result.bytes.buffer as ArrayBuffer] : [],
    );
  const checks = new Map<number, (listed: boolean) => void>();
  let nextCheck = 0;
  port.on('message', (m: ToLaneThread) => {
    if (m.type === 'listed') {
      checks.get(m.check)?.(m.listed);
      checks.delete(m.check);
    } else if (m.type === 'render') {
      const isListRead = (html: string) =>
        new Promise<boolean>((resolve) => {
          const check = nextCheck++;
          checks.set(check, resolve);
          post({ type: 'check', id: m.id, check, html });
        });
      // The runner fails a page rather than throw; should it ever throw, the page still gets its answer.
      void runner
        .render({ ...m.req, isListRead })
        .catch((e: unknown) => ({ kind: 'failed' as const, reason: `browser-error: ${String(e)}`, ms: 0 }))
        .then((result) => post({ type: 'done', id: m.id, result, stats: runner.stats() }));
    } else void runner.close().then(() => post({ type: 'closed' }));
  });
}
