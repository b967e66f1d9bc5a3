import type { ReadPath } from '../domain/observation.js';
import { needsBrowserNote } from '../domain/read-reasons.js';
import type { Day, SectionHints } from '../domain/types.js';
import { decodeBody } from '../extract/charset.js';
import type { DataEndpoint } from '../extract/data-endpoint.js';
import { type ExtractInput, type Extraction, extractSection } from '../extract/extract.js';

export type { DataEndpoint };

import type { BrowserLane } from './browser/lane.js';
import type { Fetcher, FetchResult } from './fetcher.js';
import type { HostCookies } from './host-cookies.js';
import { hostOf } from './host-of.js';
import type { HostQueue } from './host-queue.js';
import type { HostTurns } from './host-turns.js';

export type { ReadPath };

/** What readSection needs of a section: a domain `Section` fits, plus what the store and config add. */
export interface SectionToRead {
  url: string;
  hints: SectionHints;
  /** `render: browser` in bureaus.yaml: the list only ever appears in a browser. */
  render?: 'browser' | undefined;
  /** The browser could not read it lately: not worth a tab again yet (see `BROWSER_RESTED`). */
  browserRest?: boolean | undefined;
  /** The page's validators from the last check, for a conditional GET. */
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
}

/** The text of a refusal page (403, 412), when the fetcher kept its start. */
export function refusalText(body: Uint8Array | undefined): string | null {
  if (!body) return null;
  const decoded = decodeBody(body, null);
  return decoded.ok ? decoded.text : null;
}

/** The reason a read gives when it left out the browser for a section resting from it. */
export const BROWSER_RESTED = 'browser-rested';

export interface ReadDeps {
  fetcher: Fetcher;
  queue: Pick<HostQueue, 'run'>;
  /** Reads fetched bytes into a list, possibly on a worker thread. */
  extract: (input: ExtractInput) => Promise<Extraction>;
  /** Room among the pages fetched and not yet read (the parser threads'), released once read. */
  admit?: (() => Promise<() => void>) | undefined;
  findEndpoint: (html: string, pageUrl: string) => DataEndpoint | null;
  /** null when the bot runs without one; sections that need it then say so. */
  browser: BrowserLane | null;
  cookies: HostCookies;
  /** Browser reads of a host one after another, so those behind the first can use the cookies it left. */
  browserTurns?: HostTurns | undefined;
  /** Endpoints that read a section, by page URL, so the next read can go straight to them. */
  endpoints: Map<string, DataEndpoint>;
  today: Day;
  /** Milliseconds on a monotonic clock: how long a rendered list must stay blank to count as blank. */
  clock?: () => number;
}

export interface SectionRead {
  /** The read that counts: the page, the endpoint's reply, or the rendered DOM as a UTF-8 body. */
  fetched: FetchResult;
  /** null when nothing was read (a failed fetch or a 304). */
  extraction: Extraction | null;
  via: ReadPath;
  /** Why the read stopped short of a list: e.g. the browser it needs is missing. */
  reason: string | null;
}

/** A list was read (or read as empty): nothing further to try. */
export function isRead(read: SectionRead): boolean {
  const x = read.extraction;
  return read.fetched.kind === 'not-modified' || (x !== null && !x.challenge && x.status !== 'unparsed');
}

function viaOf(x: Extraction): ReadPath {
  return x.via;
}

/**
 * One request through the host's queue and the read of its body. The body then waits for room among the
 * pages not yet read, the most urgent first, and gives it back once read. It waits outside the host's
 * slot: the host's politeness wait runs meanwhile, and the global slots stay for fetching. Each section
 * has at most one body waiting, so the sections in progress bound the bodies held.
 */
async function fetchAndRead(
  host: string,
  fetch: () => Promise<FetchResult>,
  input: (body: Extract<FetchResult, { kind: 'body' }>) => ExtractInput,
  deps: ReadDeps,
): Promise<{ fetched: FetchResult; extraction: Extraction | null }> {
  const fetched = await deps.queue.run(host, fetch);
  if (fetched.kind !== 'body') return { fetched, extraction: null };
  const release = await deps.admit?.();
  try {
    return { fetched, extraction: await deps.extract(input(fetched)) };
  } finally {
    release?.();
  }
}

/** The page itself, with the host's challenge cookies when held; a host that challenges again loses them. */
export async function readPage(section: SectionToRead, deps: ReadDeps): Promise<SectionRead & { html: string | null }> {
  const host = hostOf(section.url);
  const cookies = deps.cookies.header(host);
  const { fetched, extraction } = await fetchAndRead(
    host,
    () =>
      deps.fetcher({
        url: section.url,
        etag: section.etag,
        lastModified: section.lastModified,
        insecureTls: section.hints.insecureTls,
        cookies,
      }),
    (body) => ({
      bytes: body.bytes,
      contentType: body.contentType,
      url: body.finalUrl,
      hints: section.hints,
      today: deps.today,
    }),
    deps,
  );
  if (fetched.kind !== 'body' || !extraction) {
    if (cookies && fetched.kind === 'failed' && fetched.status === 412) deps.cookies.drop(host);
    return { fetched, extraction: null, via: 'page', reason: null, html: null };
  }
  if (cookies && extraction.challenge) deps.cookies.drop(host);
  const decoded =
    extraction.status === 'unparsed' ? decodeBody(fetched.bytes, fetched.contentType, section.hints.charset) : null;
  const html = decoded?.ok ? decoded.text : null;
  return { fetched, extraction, via: viaOf(extraction), reason: null, html };
}

/** A data endpoint's reply, POSTed through the host's queue with the fetcher's deadline and byte cap. */
export async function readEndpoint(
  endpoint: DataEndpoint,
  section: SectionToRead,
  deps: ReadDeps,
): Promise<SectionRead> {
  const host = hostOf(endpoint.url);
  const { fetched, extraction } = await fetchAndRead(
    host,
    () =>
      deps.fetcher({
        url: endpoint.url,
        method: endpoint.method,
        body: endpoint.body,
        contentType: endpoint.contentType,
        insecureTls: section.hints.insecureTls,
        cookies: deps.cookies.header(host),
      }),
    (body) => ({
      bytes: body.bytes,
      contentType: body.contentType,
      url: body.finalUrl,
      // The section's list selector describes its page, not the endpoint's reply.
      hints: { charset: section.hints.charset },
      today: deps.today,
    }),
    deps,
  );
  return { fetched, extraction, via: 'endpoint', reason: null };
}

/** A rendered list that stays empty this long is read as empty (a 暂无信息 placeholder may precede the items). */
const BLANK_SETTLES_MS = 2000;

/** The browser's stop condition: a dated or undated list, or an empty one that stays empty. */
export function listAppeared(section: SectionToRead, today: Day, clock: () => number): (html: string) => boolean {
  let blankSince: number | null = null;
  const hints = { ...section.hints, charset: undefined };
  const encoder = new TextEncoder();
  // The wait reads the DOM every few dozen milliseconds, mostly unchanged: it is parsed only when it changed.
  let last: { html: string; status: Extraction['status'] } | null = null;
  return (html) => {
    // The page's address ties a list to its column (links under its path), as for any read page.
    const status =
      last?.html === html
        ? last.status
        : extractSection({
            bytes: encoder.encode(html),
            contentType: 'text/html; charset=utf-8',
            url: section.url,
            hints,
            today,
          }).status;
    last = { html, status };
    if (status === 'ok' || status === 'undated') return true;
    if (status !== 'blank') {
      blankSince = null;
      return false;
    }
    blankSince ??= clock();
    return clock() - blankSince >= BLANK_SETTLES_MS;
  };
}

/**
 * The page rendered by the browser lane, read like a fetched page. Cookies of a list that appeared are
 * kept for the host, so its next pages are fetched plainly. `absent`: there is no browser, and why.
 */
export async function readInBrowser(
  section: SectionToRead,
  deps: ReadDeps,
  /** The status the plain fetch was refused with (a challenge's 412), when it was. */
  refusedWith: number | null = null,
): Promise<SectionRead | { absent: string }> {
  if (!deps.browser) return { absent: needsBrowserNote('浏览器通道未启用') };
  const host = hostOf(section.url);
  const clock = deps.clock ?? (() => performance.now());
  const rendered = await deps.browser.render({
    url: section.url,
    cookies: deps.cookies.list(host),
    insecureTls: section.hints.insecureTls,
    unblocksHost: refusedWith !== null,
    isListRead: listAppeared(section, deps.today, clock),
  });
  if (rendered.kind === 'absent') return { absent: rendered.reason };
  if (rendered.kind === 'failed') {
    const fetched: FetchResult = {
      kind: 'failed',
      access: 'unreachable',
      status: null,
      reason: rendered.reason,
      ms: rendered.ms,
    };
    return { fetched, extraction: null, via: 'browser', reason: rendered.reason };
  }
  // A list appeared, or the page answered at last (a challenge passed): its cookies serve the plain fetcher.
  // Past a challenge the page may be an error of its own (a 500 behind the 412): the challenge is passed all the same.
  const passed =
    rendered.status !== null && (rendered.status < 400 || (refusedWith !== null && rendered.status !== refusedWith));
  if (rendered.ended === 'listed' || passed) deps.cookies.set(host, rendered.cookies);
  const fetched: FetchResult = {
    kind: 'body',
    status: rendered.status ?? 200,
    bytes: rendered.bytes,
    truncated: false,
    contentType: 'text/html; charset=utf-8',
    etag: null,
    lastModified: null,
    finalUrl: rendered.finalUrl,
    ms: rendered.ms,
  };
  const extraction = await deps.extract({
    bytes: rendered.bytes,
    contentType: fetched.contentType,
    url: rendered.finalUrl,
    // The DOM was serialised as UTF-8, whatever charset the page declared.
    hints: { ...section.hints, charset: undefined },
    today: deps.today,
  });
  const reason =
    rendered.ended === 'listed' ? null : rendered.ended === 'settled' ? 'browser-no-list' : 'browser-deadline';
  return { fetched, extraction, via: 'browser', reason };
}
