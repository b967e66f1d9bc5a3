import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import type { BrowserSettings } from '../../config/browser-settings.js';
import { markedProcess, processTreeRss } from './process-rss.js';
import { type BrowserCookie, type RenderRequest, renderPage, type WaitEnd } from './render-page.js';

/** What the browser made of one page: its rendered DOM, or why it could not give one. */
export type RenderOutcome =
  | {
      kind: 'rendered';
      /** The rendered DOM, serialised; UTF-8 whatever the page declared. */
      bytes: Uint8Array;
      status: number | null;
      finalUrl: string;
      ended: WaitEnd;
      cookies: BrowserCookie[];
      ms: number;
    }
  | { kind: 'failed'; reason: string; ms: number };

export interface LaneStats {
  launches: number;
  pages: number;
  /** The largest resident size of a browser's process tree measured so far, in bytes. */
  peakRssBytes: number;
  /** Time pages were open, summed over tabs: over `tabs` × wall time, how busy the lane was. */
  busyMs: number;
}

export interface BrowserRunnerOptions {
  settings: BrowserSettings;
  /** The fetcher's honest User-Agent. */
  userAgent: string;
  executablePath: string;
}

export interface BrowserRunner {
  render(req: RenderRequest): Promise<RenderOutcome>;
  stats(): LaneStats;
  close(): Promise<void>;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const MB = 1024 * 1024;
/** How often the browser's memory is read after a page, at most: the cap acts on a reading this fresh. */
const RSS_EVERY_MS = 1000;

/** One launched browser: retired after enough pages or memory, closed once its open pages finish. */
interface Instance {
  browser: Browser;
  /** Its root process, found by the marker on its command line, for the RSS cap. */
  pid: string | null;
  pages: number;
  open: number;
  retired: boolean;
  /** When its process tree's memory was last read (for the RSS cap and the lane's peak). */
  rssReadAt: number;
}

/**
 * Chromium, launched on first use, bounded in time per page and memory, and replaced after
 * `restartAfterPages` pages. A browser that dies costs its pages one retry on a fresh browser; nothing it
 * does throws to the caller. How many pages are open at once is the caller's to bound.
 */
export function createBrowserRunner(options: BrowserRunnerOptions): BrowserRunner {
  const { settings, userAgent, executablePath } = options;
  const now = () => performance.now();
  const stats: LaneStats = { launches: 0, pages: 0, peakRssBytes: 0, busyMs: 0 };
  let current: Promise<Instance> | null = null;
  const live = new Set<Instance>();

  const launch = async (): Promise<Instance> => {
    const marker = `--landwatch-lane=${randomUUID()}`;
    // Loaded with the first launch: ~85 MiB resident that a bot whose sections all read plainly never needs.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      args: [...LAUNCH_ARGS, marker],
      headless: true,
      timeout: settings.pageDeadlineMs,
    });
    stats.launches++;
    const instance: Instance = {
      browser,
      pid: markedProcess(marker),
      pages: 0,
      open: 0,
      retired: false,
      rssReadAt: Number.NEGATIVE_INFINITY,
    };
    live.add(instance);
    browser.on('disconnected', () => {
      instance.retired = true;
      live.delete(instance);
    });
    return instance;
  };

  const acquire = async (): Promise<Instance> => {
    for (;;) {
      const pending = current;
      const instance = pending && (await pending.catch(() => null));
      if (instance && !instance.retired && instance.browser.isConnected()) return instance;
      // Only the first caller to find the browser gone launches the next one; the others wait for it.
      if (current === pending) {
        const launched = launch();
        current = launched;
        return launched;
      }
    }
  };

  /** After each page: a browser past its page count or memory cap is retired, and closed once idle. */
  const release = (instance: Instance) => {
    instance.open--;
    instance.pages++;
    stats.pages++;
    // Reading the process tree scans all of /proc on the event loop (~6 ms): at most once per RSS_EVERY_MS.
    let rss: number | null = null;
    if (instance.pid && now() - instance.rssReadAt >= RSS_EVERY_MS) {
      instance.rssReadAt = now();
      rss = processTreeRss(instance.pid);
    }
    if (rss !== null && rss > stats.peakRssBytes) stats.peakRssBytes = rss;
    if (instance.pages >= settings.restartAfterPages || (rss ?? 0) > settings.rssCapMb * MB) instance.retired = true;
    if (instance.retired && instance.open === 0) void instance.browser.close().catch(() => {});
  };

  const attempt = async (req: RenderRequest, deadlineAt: number) => {
    let instance: Instance;
    try {
      instance = await acquire();
    } catch (e) {
      return { error: new Error(`cannot launch ${executablePath}: ${(e as Error).message}`), crashed: false };
    }
    instance.open++;
    try {
      return { page: await renderPage(instance.browser, req, userAgent, deadlineAt, now), crashed: false };
    } catch (e) {
      return { error: e as Error, crashed: !instance.browser.isConnected() };
    } finally {
      release(instance);
    }
  };

  const render = async (req: RenderRequest): Promise<RenderOutcome> => {
    const started = now();
    const ms = () => Math.round(now() - started);
    const deadlineAt = started + settings.pageDeadlineMs;
    let outcome = await attempt(req, deadlineAt);
    // A crashed browser costs the page one more try on a fresh one, within the same deadline.
    if (outcome.crashed && now() < deadlineAt) outcome = await attempt(req, deadlineAt);
    stats.busyMs += now() - started;
    if ('page' in outcome && outcome.page) {
      const { html, ...page } = outcome.page;
      return { kind: 'rendered', bytes: new TextEncoder().encode(html), ...page, ms: ms() };
    }
    const reason = outcome.crashed
      ? 'browser-crashed'
      : now() >= deadlineAt
        ? 'browser-deadline'
        : `browser-error: ${outcome.error?.message.split('\n')[0] ?? 'unknown'}`;
    return { kind: 'failed', reason, ms: ms() };
  };

  return {
    render,
    stats: () => ({ ...stats }),
    close: async () => {
      current = null;
      await Promise.all([...live].map((instance) => instance.browser.close().catch(() => {})));
      live.clear();
    },
  };
}
