import { Worker } from 'node:worker_threads';
import type { BrowserSettings } from '../../config/browser-settings.js';
import { hostOf } from '../host-of.js';
import type { HostQueue } from '../host-queue.js';
import { threadModule } from '../thread-module.js';
import type { LaneStats, RenderOutcome } from './browser-runner.js';
import { findChromium } from './executable.js';
import type { FromLaneThread, LaneThreadData, ToLaneThread } from './lane-thread.js';
import type { RenderRequest } from './render-page.js';
import { Slots } from './slots.js';

export type { LaneStats } from './browser-runner.js';
export type { BrowserCookie, RenderRequest } from './render-page.js';

/** The browser's outcome for a page, or no browser to use: the reason is for the people reading the section's state. */
export type RenderResult = RenderOutcome | { kind: 'absent'; reason: string };

export interface BrowserLane {
  render(req: RenderRequest): Promise<RenderResult>;
  stats(): LaneStats;
  close(): Promise<void>;
}

export interface BrowserLaneOptions {
  settings: BrowserSettings;
  /** The fetcher's honest User-Agent. */
  userAgent: string;
  /** The plain fetcher's queue: a browser page load is one request to its host like any other. */
  queue: Pick<HostQueue, 'run'>;
  env?: NodeJS.ProcessEnv | undefined;
}

interface Pending {
  req: RenderRequest;
  resolve: (result: RenderResult) => void;
}

interface LaneThread {
  worker: Worker;
  pending: Map<number, Pending>;
  closed: Promise<void>;
}

const LANE_THREAD = new URL('./lane-thread.js', import.meta.url);

/**
 * Chromium for pages a plain fetch cannot read, on a thread of its own (lane-thread.ts), started on first
 * use. Here the lane keeps to its tabs and to each host's turn in the plain fetcher's queue, and answers
 * the thread's question whether a page shows its section's list. A thread that dies fails only the pages
 * it held, with the reason; the next page starts a new one. Nothing it does throws to the caller.
 */
export function createBrowserLane(options: BrowserLaneOptions): BrowserLane {
  const { settings, userAgent, queue } = options;
  const tabs = new Slots(settings.tabs);
  let stats: LaneStats = { launches: 0, pages: 0, peakRssBytes: 0, busyMs: 0 };
  const found = settings.enabled
    ? findChromium({ configured: settings.executable, env: options.env ?? process.env })
    : { missing: '浏览器通道已关闭（settings.browser.enabled: false）' };
  let thread: LaneThread | null = null;
  let nextId = 0;

  const start = (executablePath: string): LaneThread => {
    const data: LaneThreadData = { settings, userAgent, executablePath };
    const { file, data: workerData } = threadModule(LANE_THREAD, { ...data });
    const worker = new Worker(file, { workerData });
    const pending = new Map<number, Pending>();
    let ended: () => void = () => {};
    const started: LaneThread = { worker, pending, closed: new Promise((resolve) => (ended = resolve)) };
    const send = (m: ToLaneThread) => worker.postMessage(m);
    worker.on('message', (m: FromLaneThread) => {
      if (m.type === 'check') {
        const req = pending.get(m.id)?.req;
        void Promise.resolve(req ? req.isListRead(m.html) : false).then(
          (listed) => send({ type: 'listed', check: m.check, listed }),
          () => send({ type: 'listed', check: m.check, listed: false }),
        );
      } else if (m.type === 'done') {
        stats = m.stats;
        pending.get(m.id)?.resolve(m.result);
        pending.delete(m.id);
        if (pending.size === 0) worker.unref();
      } else ended();
    });
    const fail = (why: string) => {
      if (thread === started) thread = null;
      for (const job of pending.values()) job.resolve({ kind: 'failed', reason: `browser-error: ${why}`, ms: 0 });
      pending.clear();
      ended();
    };
    worker.on('error', (e) => fail(`lane thread failed: ${e.message}`));
    worker.on('exit', (code) => fail(`lane thread exited with code ${code}`));
    return started;
  };

  const load = (executablePath: string, req: RenderRequest): Promise<RenderResult> => {
    thread ??= start(executablePath);
    const { worker, pending } = thread;
    const id = nextId++;
    const { isListRead: _, ...plain } = req;
    return new Promise((resolve) => {
      pending.set(id, { req, resolve });
      worker.ref();
      worker.postMessage({ type: 'render', id, req: plain } satisfies ToLaneThread);
    });
  };

  return {
    render: (req) => {
      if ('missing' in found) return Promise.resolve({ kind: 'absent', reason: found.missing });
      const executablePath = found.path;
      const request = { ...req, otherSites: req.otherSites ?? settings.otherSites };
      return tabs.hold(() => queue.run(hostOf(req.url), () => load(executablePath, request)), req.unblocksHost);
    },
    stats: () => ({ ...stats }),
    close: async () => {
      const closing = thread;
      thread = null;
      if (!closing) return;
      // An idle thread is unreferenced; the process must stay up until it has closed its browsers.
      closing.worker.ref();
      closing.worker.postMessage({ type: 'close' } satisfies ToLaneThread);
      await closing.closed;
      await closing.worker.terminate();
    },
  };
}
