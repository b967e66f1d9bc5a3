import ky, { HTTPError, type Options } from 'ky';
import { Agent } from 'undici';
import type { FetchSettings } from '../config.js';
import type { Access } from '../domain/observation.js';

export interface FetchRequest {
  url: string;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  /** Some bureau sites run expired or self-signed certificates; inspectors still read them. */
  insecureTls?: boolean | undefined;
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
  | { kind: 'failed'; access: Exclude<Access, 'ok'>; status: number | null; reason: string; ms: number };

export type Fetcher = (req: FetchRequest) => Promise<FetchResult>;

/** A site root: where redesigned sites send links to columns that no longer exist. */
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
  if (status === 401 || status === 403 || status === 412 || status === 451) return 'blocked';
  return 'unreachable';
}

function causeCode(e: unknown): string {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    const c = cur as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.message === 'string' && /redirect count exceeded/i.test(c.message)) return 'redirect-loop';
    if (typeof c.code === 'string' && c.code !== 'ABORT_ERR') return c.code;
    cur = c.cause;
  }
  return 'network-error';
}

function reasonForError(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  const code = causeCode(e);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'reset';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (/CERT|SSL|TLS/i.test(code)) return `tls:${code}`;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
  return code;
}

/** Rejects when the deadline passes, whatever the promise it races is waiting on. */
function raceDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(deadline.reason);
    if (deadline.aborted) return onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

/**
 * Reads at most `cap` bytes and cancels the rest, so a runaway body never fills memory. The deadline
 * cancels the read itself: Node 20's AbortSignal.any (inside ky) can lose its link to our signal.
 */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  cap: number,
  deadline: AbortSignal,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = body.getReader();
  const stop = () => void reader.cancel(deadline.reason).catch(() => {});
  deadline.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (deadline.aborted) throw deadline.reason;
      if (done) break;
      const room = cap - size;
      // A chunk that exactly fills the cap is kept; only bytes beyond it make the body truncated.
      if (value.byteLength <= room) {
        chunks.push(value);
        size += value.byteLength;
        continue;
      }
      chunks.push(value.subarray(0, room));
      size += room;
      truncated = true;
      await reader.cancel().catch(() => {});
      break;
    }
  } finally {
    deadline.removeEventListener('abort', stop);
  }
  return { bytes: Buffer.concat(chunks, size), truncated };
}

export function createFetcher(settings: FetchSettings): Fetcher {
  const client = ky.create({
    headers: {
      'user-agent': settings.userAgent,
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-language': 'zh-CN,zh;q=0.9',
    },
    // The overall deadline is the AbortSignal below; ky's own timeout would not cover the body.
    timeout: false,
    retry: {
      limit: settings.retries,
      methods: ['get'],
      statusCodes: [500, 502, 503, 504],
      afterStatusCodes: [],
      backoffLimit: 4000,
    },
    throwHttpErrors: (status: number) => status !== 304,
  });
  let insecureAgent: Agent | null = null;

  return async (req) => {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const headers: Record<string, string> = {};
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    // One deadline for headers, retries and body.
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new DOMException('deadline passed', 'TimeoutError')),
      settings.timeoutMs,
    );
    const options: Options = { headers, signal: deadline.signal };
    if (req.insecureTls) {
      insecureAgent ??= new Agent({ connect: { rejectUnauthorized: false } });
      // undici 7's Agent is what Node's fetch accepts, but its type differs from @types/node's bundled one.
      (options as Record<string, unknown>).dispatcher = insecureAgent;
    }
    try {
      const res = await raceDeadline(client.get(req.url, options), deadline.signal);
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { kind: 'not-modified', status: 304, ms: ms() };
      }
      if (redirectedToHomepage(req.url, res.url)) {
        await res.body?.cancel().catch(() => {});
        return { kind: 'failed', access: 'missing', status: res.status, reason: 'redirected-to-homepage', ms: ms() };
      }
      const { bytes, truncated } = await readCapped(res.body, settings.maxBytes, deadline.signal);
      return {
        kind: 'body',
        status: res.status,
        bytes,
        truncated,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        finalUrl: res.url || req.url,
        ms: ms(),
      };
    } catch (e) {
      if (e instanceof HTTPError) {
        await e.response.body?.cancel().catch(() => {});
        const status = e.response.status;
        return { kind: 'failed', access: accessForStatus(status), status, reason: `http-${status}`, ms: ms() };
      }
      return { kind: 'failed', access: 'unreachable', status: null, reason: reasonForError(e), ms: ms() };
    } finally {
      clearTimeout(timer);
    }
  };
}
