import type { Browser, BrowserContext } from 'playwright-core';
import { sameSite } from './same-site.js';

/** What a host's cookie jar and the browser exchange: Playwright's own cookie shape, trimmed. */
export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
}

export interface RenderRequest {
  url: string;
  /** Cookies already held for the host, so a challenge passed before need not be passed again. */
  cookies?: BrowserCookie[] | undefined;
  insecureTls?: boolean | undefined;
  /**
   * The page stands for its whole host (a challenge refused the plain fetch): its pass lets every section of
   * the host be read, so it goes ahead of pages that only stand for themselves.
   */
  unblocksHost?: boolean | undefined;
  /** Let the page load from other sites (CDNs, analytics, 党政机关标识) too; by default only from its own. */
  otherSites?: boolean | undefined;
  /**
   * True once the rendered HTML holds the section's list: that, not a vanished challenge, ends the wait.
   * Asked when the DOM has changed, and once more before the wait ends without a list (a list that has
   * stayed empty may count by then).
   */
  isListRead: (html: string) => boolean | Promise<boolean>;
}

/** What ended the wait for a page: its list, nothing left for it to do, or the deadline. */
export type WaitEnd = 'listed' | 'settled' | 'deadline';

export interface RenderedPage {
  html: string;
  /** The main document's last HTTP status (a challenge's 412, then the reload's 200). */
  status: number | null;
  finalUrl: string;
  ended: WaitEnd;
  cookies: BrowserCookie[];
}

/** Resources the DOM's text never needs; not asking for them spares the bureau's server. */
const SKIPPED = new Set(['image', 'media', 'font', 'stylesheet']);
/** How often the DOM is read while waiting for the list: soon at first (most lists come with the first XHR), then less. */
const POLL_MS = [25, 25, 50, 50, 100, 100, 200];
/**
 * A page with nothing in flight and a DOM that has not changed for this long will not grow a list: the
 * wait ends there rather than at the deadline. A challenge's reload or a late XHR counts as activity.
 */
const SETTLED_MS = 2000;
/** The same, sooner, for a page that has no short timer pending either: nothing is left to run. */
const QUIET_MS = 300;
/**
 * Sooner still once the document has loaded: its scripts have all run, so only a load handler's request,
 * a frame callback or an event could still add a list, and each of those shows within a few frames.
 */
const LOADED_QUIET_MS = 100;
/**
 * One-shot timers up to this long count as work still to come (加速乐 reloads after 1.5 s); longer ones,
 * and intervals, are a page's routine (carousels, clocks) and only the SETTLED_MS wait covers them.
 */
const SHORT_TIMER_MS = 3000;
/**
 * Installed before the page's own scripts: how long until the last short timer the page has set and not
 * cleared is due. A timer counts a little past its due time, as a busy page may run it late.
 */
const TIMER_WATCH = `(() => {
  const due = new Map();
  const set = window.setTimeout, clear = window.clearTimeout;
  window.setTimeout = function (handler, ms, ...args) {
    const id = set.call(window, handler, ms, ...args);
    const delay = Number(ms) || 0;
    if (delay <= ${SHORT_TIMER_MS}) due.set(id, performance.now() + delay + 50);
    return id;
  };
  window.clearTimeout = function (id) { due.delete(id); return clear.call(window, id); };
  Object.defineProperty(window, '__landwatchTimersDueIn', { value: () => {
    const now = performance.now();
    let last = 0;
    for (const [id, at] of due) if (at <= now) due.delete(id); else last = Math.max(last, at - now);
    return last;
  } });
})();`;
/** A browser call that hangs past the deadline is cut off by closing its context this much later. */
const HANG_GRACE_MS = 2000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readCookies(context: BrowserContext, url: string): Promise<BrowserCookie[]> {
  const all = await context.cookies(url);
  return all.map(({ name, value, domain, path, expires }) => ({ name, value, domain, path, expires }));
}

/**
 * What one poll learns in the page, cheaply: a sketch of its DOM (element count and text length, which a
 * list appearing changes), how long until its last short timer is due, and whether it has loaded. The
 * DOM itself is serialised only when the sketch changed: that costs ~20 ms of a 30 KB page each time.
 */
const PROBE = `(() => {
  const root = document.documentElement;
  const sketch = root ? root.getElementsByTagName('*').length + ':' + root.textContent.length : '';
  return [sketch, window.__landwatchTimersDueIn?.() ?? 0, document.readyState];
})()`;
type Probe = [sketch: string, dueIn: number, readyState: string];
/** A page between documents (a reload under way) cannot answer: it counts as changing and not quiet. */
const BETWEEN_DOCUMENTS: Probe = ['', 1, 'loading'];

/**
 * A page quiet for `quietMs` (nothing in flight) has settled: with no short timer left, at LOADED_QUIET_MS
 * once loaded and QUIET_MS before; else at SETTLED_MS.
 */
function settledAfter(quietMs: number, [, dueIn, readyState]: Probe): boolean {
  if (quietMs >= SETTLED_MS) return true;
  if (quietMs < LOADED_QUIET_MS || dueIn !== 0) return false;
  return readyState === 'complete' || quietMs >= QUIET_MS;
}

/**
 * Loads one page in a fresh context and reads its DOM until the list appears or `deadlineAt` passes.
 * Challenge scripts that set a cookie and reload are simply waited through. Throws when the browser
 * goes away or the navigation itself fails; the lane decides what that costs.
 */
export async function renderPage(
  browser: Browser,
  req: RenderRequest,
  userAgent: string,
  deadlineAt: number,
  now: () => number,
): Promise<RenderedPage> {
  const context = await browser.newContext({
    userAgent,
    ignoreHTTPSErrors: req.insecureTls ?? false,
    serviceWorkers: 'block',
    locale: 'zh-CN',
  });
  const left = () => Math.max(0, deadlineAt - now());
  const guard = setTimeout(() => void context.close().catch(() => {}), left() + HANG_GRACE_MS);
  try {
    if (req.cookies?.length) await context.addCookies(req.cookies);
    await context.addInitScript(TIMER_WATCH);
    const site = new URL(req.url).hostname;
    await context.route('**/*', (route) => {
      const request = route.request();
      const { protocol, hostname } = new URL(request.url());
      const offSite = !req.otherSites && /^(https?|wss?):$/.test(protocol) && !sameSite(hostname, site);
      return offSite || SKIPPED.has(request.resourceType()) ? route.abort() : route.continue();
    });
    const page = await context.newPage();
    let status: number | null = null;
    page.on('response', (res) => {
      if (res.request().isNavigationRequest() && res.frame() === page.mainFrame()) status = res.status();
    });
    let inFlight = 0;
    let lastActivity = now();
    const settle = () => {
      inFlight = Math.max(0, inFlight - 1);
      lastActivity = now();
    };
    page.on('request', () => {
      inFlight++;
      lastActivity = now();
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    await page.goto(req.url, { waitUntil: 'commit', timeout: Math.max(1, left()) });
    let html = '';
    let sketch: string | null = null;
    let listed = false;
    for (let poll = 0; ; poll++) {
      let asked = false;
      // A page whose browser died is gone for good: that ends the wait at once.
      const probe = (await page.evaluate(PROBE).catch((e: unknown) => {
        if (page.isClosed() || !browser.isConnected()) throw e;
        return BETWEEN_DOCUMENTS;
      })) as Probe;
      if (probe === BETWEEN_DOCUMENTS || probe[0] !== sketch) {
        lastActivity = now();
        // While a challenge reloads the page its DOM is briefly gone; the last one read stands in.
        const read = await page.content().catch((e: unknown) => {
          if (page.isClosed() || !browser.isConnected()) throw e;
          return null;
        });
        if (read !== null) {
          html = read;
          sketch = probe === BETWEEN_DOCUMENTS ? null : probe[0];
          listed = await req.isListRead(html);
          asked = true;
        }
      }
      const settled = inFlight === 0 && settledAfter(now() - lastActivity, probe);
      if (!listed && !asked && (settled || left() === 0)) listed = await req.isListRead(html);
      if (listed || settled || left() === 0) {
        const ended: WaitEnd = listed ? 'listed' : settled ? 'settled' : 'deadline';
        return { html, status, finalUrl: page.url(), ended, cookies: await readCookies(context, page.url()) };
      }
      // A page with nothing in flight is looked at again no later than when it would count as settled:
      // waiting for the next poll instead cost a page up to 200 ms.
      const quietFor = now() - lastActivity;
      const settlesIn =
        inFlight > 0
          ? Number.POSITIVE_INFINITY
          : (quietFor < LOADED_QUIET_MS ? LOADED_QUIET_MS : quietFor < QUIET_MS ? QUIET_MS : SETTLED_MS) - quietFor;
      await sleep(Math.min(POLL_MS[Math.min(poll, POLL_MS.length - 1)] as number, Math.max(1, settlesIn), left()));
    }
  } finally {
    clearTimeout(guard);
    await context.close().catch(() => {});
  }
}
