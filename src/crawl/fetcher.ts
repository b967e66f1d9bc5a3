import { Agent, request } from 'undici';
import type { FetchSettings } from '../config/settings.js';
import type { Access } from '../domain/observation.js';
import { Deadline, FetchPacing } from './fetch-pacing.js';
import { ADDRESS_NOT_ALLOWED, FetchPolicy } from './fetch-policy.js';
import { HostAsks, isThrottled } from './fetch-throttle.js';
import type { HostQueue } from './host-queue.js';
import { discard, readCapped } from './read-body.js';

export interface FetchRequest {
  url: string;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  /** Some bureau sites run expired or self-signed certificates; inspectors still read them. */
  insecureTls?: boolean | undefined;
  /** GET unless a data endpoint (e.g. Hanweb's dataproxy.jsp) wants its form POSTed. */
  method?: 'GET' | 'POST' | undefined;
  body?: string | undefined;
  contentType?: string | undefined;
  /** A `cookie` header for the host, e.g. what a passed script challenge left in the browser. */
  cookies?: string | null | undefined;
  /** A link found on a page (a detail page, say): held to the fetch policy like a redirect target. */
  foundOnPage?: boolean | undefined;
}

export type FetchResult =
  | {
      kind: 'body';
      status: number;
      bytes: Uint8Array;
      /** The body was cut at the byte cap; the list is at the top, so it is still read. */
      truncated: boolean;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      ms: number;
    }
  | { kind: 'not-modified'; status: 304; ms: number }
  | {
      kind: 'failed';
      access: Exclude<Access, 'ok'>;
      status: number | null;
      reason: string;
      ms: number;
      /** The start of a refusal's page (403, 412), to tell a script challenge from a plain refusal. */
      body?: Uint8Array | undefined;
    };

export type Fetcher = (req: FetchRequest) => Promise<FetchResult>;

/** A site root: where redesigned sites send links to columns that no longer exist. */
/** How much of a refusal's page is kept: challenge pages are a few kilobytes of script. */
const REFUSAL_BYTES = 64 * 1024;

function isHomepage(url: string): boolean {
  try {
    return /^\/(index\.[a-z]+)?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A column URL that lands on the homepage after redirects is a moved column, not a list to read. */
export function redirectedToHomepage(requested: string, final: string): boolean {
  return final !== requested && isHomepage(final) && !isHomepage(requested);
}

/** HTTP status → what it tells an inspector. */
export function accessForStatus(status: number): Exclude<Access, 'ok'> {
  if (status === 404 || status === 410) return 'missing';
  // 429 is a request to slow down: an unknown state, never a sign that the site is down.
  if (status === 401 || status === 403 || status === 412 || status === 429 || status === 451) return 'blocked';
  return 'unreachable';
}

function causeCode(e: unknown): string {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    const c = cur as { code?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && c.code !== 'ABORT_ERR' && c.code !== 'UND_ERR_ABORTED') return c.code;
    cur = c.cause;
  }
  return 'network-error';
}

function reasonForError(e: unknown): string {
  const code = causeCode(e);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'reset';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === ADDRESS_NOT_ALLOWED) return 'address-not-allowed';
  if (/CERT|SSL|TLS/i.test(code)) return `tls:${code}`;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT')
    return 'timeout';
  return code;
}

const RETRY_STATUSES = new Set([500, 502, 503, 504]);
const MAX_REDIRECTS = 5;

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FetcherOptions {
  /** Where fetches may go; by default http(s) to public addresses and to hosts callers ask for directly. */
  policy?: FetchPolicy | undefined;
  /** The queue callers run the fetcher in: redirects to another host and throttle waits take turns there. */
  queue?: HostQueue | undefined;
}

/**
 * Page fetches use undici's `request` on a keep-alive Agent rather than `fetch` (or ky over it): at
 * 48,000 pages a cycle the WHATWG Request/Response/stream machinery cost about 0.6 ms of CPU per page,
 * the largest share of a cycle (bench/README.md). Redirects, retries and the deadline are ours.
 */
export function createFetcher(settings: FetchSettings, options: FetcherOptions = {}): Fetcher {
  const policy = options.policy ?? new FetchPolicy({ allowPrivate: settings.allowPrivate, trust: 'requested' });
  const pacing = { policy, queue: options.queue, asks: new HostAsks(), limits: settings };
  const agentOptions = {
    keepAliveTimeout: 30_000,
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
    // Every name is resolved by the policy's lookup, and the socket connects to what it admitted.
    connect: { timeout: settings.timeoutMs, lookup: policy.lookup },
  };
  const agent = new Agent(agentOptions);
  let insecureAgent: Agent | null = null;
  const insecure = () => {
    insecureAgent ??= new Agent({ ...agentOptions, connect: { ...agentOptions.connect, rejectUnauthorized: false } });
    return insecureAgent;
  };
  const baseHeaders = {
    'user-agent': settings.userAgent,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'zh-CN,zh;q=0.9',
    'accept-encoding': 'gzip, deflate, br',
  };

  return async (req) => {
    // First, while the queue's lease of the task running this fetch can still be taken.
    const deadline = new Deadline(settings.timeoutMs);
    const paced = new FetchPacing(pacing, req.foundOnPage === true, deadline);
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    let headers: Record<string, string> = baseHeaders;
    if (req.etag || req.lastModified || req.cookies || req.contentType) {
      headers = { ...baseHeaders };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      if (req.cookies) headers.cookie = req.cookies;
      if (req.contentType) headers['content-type'] = req.contentType;
    }
    let method = req.method ?? 'GET';
    const dispatcher = req.insecureTls ? insecure() : agent;
    let url = req.url;
    let redirects = 0;
    let attempt = 0;
    try {
      for (;;) {
        const refused = await paced.before(url);
        if (refused) return { kind: 'failed', ...refused, ms: ms() };
        let res: Awaited<ReturnType<typeof request>>;
        try {
          // undici honours the signal while connecting, waiting for headers and reading the body.
          const body = method === 'POST' ? req.body : undefined;
          res = await request(url, { method, headers, body, dispatcher, signal: deadline.signal });
        } catch (e) {
          // A dropped or refused connection may be a restart; a bad certificate or name will not heal.
          const transient = ['reset', 'refused'].includes(reasonForError(e));
          if (deadline.signal.aborted || !transient || attempt >= settings.retries) throw e;
          await sleep(300 * 2 ** attempt++);
          continue;
        }
        const status = res.statusCode;
        const location = header(res.headers, 'location');
        if (status >= 300 && status < 400 && status !== 304 && location) {
          await res.body.dump();
          if (++redirects > MAX_REDIRECTS)
            return { kind: 'failed', access: 'unreachable', status, reason: 'redirect-loop', ms: ms() };
          url = new URL(location, url).href;
          // A POST redirected by 301/302/303 is followed with a GET, as browsers do; 307/308 keep it.
          if (status !== 307 && status !== 308) method = 'GET';
          // A host's cookies are for that host only.
          if (headers.cookie && new URL(url).host !== new URL(req.url).host) {
            const { cookie: _, ...others } = headers;
            headers = others;
          }
          continue;
        }
        if (status === 304) {
          await res.body.dump();
          return { kind: 'not-modified', status: 304, ms: ms() };
        }
        const retryAfter = header(res.headers, 'retry-after');
        if (isThrottled(status, retryAfter)) {
          await res.body.dump();
          paced.throttled(url, status, retryAfter);
          continue;
        }
        if (status >= 400) {
          const access = accessForStatus(status);
          if (access === 'blocked') {
            // A refusal's page is small and says whether a browser would pass it (a challenge's script).
            const encoding = (header(res.headers, 'content-encoding') ?? '').trim().toLowerCase();
            const { bytes } = await readCapped(res.body, encoding, REFUSAL_BYTES);
            return { kind: 'failed', access, status, reason: `http-${status}`, ms: ms(), body: bytes };
          }
          await res.body.dump();
          if (RETRY_STATUSES.has(status) && attempt < settings.retries && !deadline.signal.aborted) {
            await sleep(300 * 2 ** attempt++);
            continue;
          }
          return { kind: 'failed', access, status, reason: `http-${status}`, ms: ms() };
        }
        if (redirectedToHomepage(req.url, url)) {
          discard(res.body);
          return { kind: 'failed', access: 'missing', status, reason: 'redirected-to-homepage', ms: ms() };
        }
        const encoding = (header(res.headers, 'content-encoding') ?? '').trim().toLowerCase();
        const { bytes, truncated } = await readCapped(res.body, encoding, settings.maxBytes);
        return {
          kind: 'body',
          status,
          bytes,
          truncated,
          contentType: header(res.headers, 'content-type'),
          etag: header(res.headers, 'etag'),
          lastModified: header(res.headers, 'last-modified'),
          finalUrl: url,
          ms: ms(),
        };
      }
    } catch (e) {
      const reason = deadline.signal.aborted ? 'timeout' : reasonForError(e);
      return { kind: 'failed', access: 'unreachable', status: null, reason, ms: ms() };
    } finally {
      deadline.clear();
    }
  };
}
