import type { Extraction } from '../extract/extract.js';
import { hostOf } from './host-of.js';
import {
  BROWSER_RESTED,
  isRead,
  type ReadDeps,
  type ReadPath,
  readEndpoint,
  readInBrowser,
  readPage,
  refusalText,
  type SectionRead,
  type SectionToRead,
} from './read-paths.js';

export type { DataEndpoint, ReadDeps, ReadPath, SectionRead, SectionToRead } from './read-paths.js';

/** Inline code that loads data after the page arrives: a list missing from such a page is built by script. */
const LOADS_DATA = /XMLHttpRequest|\$\.(ajax|get|post|getJSON)\s*\(|\bfetch\s*\(|\baxios\b/;

/** The page's list is written by script: extract says so, or the page ships a template or a data loader. */
function builtByScript(x: Extraction, html: string | null): boolean {
  return x.reason === 'script-list' || (html !== null && LOADS_DATA.test(html));
}

/** Scripts that set a cookie or reload: a refusal a browser passes by running them, as a person's would. */
const PASSES_BY_SCRIPT = /document\.cookie|location\.(reload|replace|href)|window\.location|setTimeout\s*\(/;

/** A refusal page (403, 412) whose own script would let a browser through; a plain refusal would not. */
function isScriptChallenge(body: Uint8Array | undefined): boolean {
  const text = refusalText(body);
  return text !== null && /<script/i.test(text) && PASSES_BY_SCRIPT.test(text);
}

/** What only a browser can get past: a list built by script, or a script challenge (瑞数's 412, 加速乐's 200). */
function needsBrowser(section: SectionToRead, page: SectionRead & { html: string | null }): boolean {
  if (section.render === 'browser') return true;
  if (page.fetched.kind === 'failed') return isScriptChallenge(page.fetched.body);
  const x = page.extraction;
  return x !== null && (x.challenge || (x.status === 'unparsed' && builtByScript(x, page.html)));
}

/**
 * The browser goes first for sections marked `render: browser`, and for those it read last time unless
 * the host's cookies from that read can now carry a plain fetch.
 */
function browserFirst(section: SectionToRead, deps: ReadDeps, preferred: ReadPath | undefined): boolean {
  if (!deps.browser) return false;
  if (section.render === 'browser') return true;
  return preferred === 'browser' && deps.cookies.header(hostOf(section.url)) === null;
}

/**
 * The paths that need no browser: the page (with the host's cookies when held), then the data endpoint
 * its scripts would call. `read` is set when one of them read the list.
 */
async function plainPaths(
  section: SectionToRead,
  deps: ReadDeps,
): Promise<{ read: SectionRead | null; page: SectionRead & { html: string | null } }> {
  const page = await readPage(section, deps);
  const { html, ...pageRead } = page;
  if (isRead(pageRead)) return { read: pageRead, page };
  const endpoint =
    html !== null && page.fetched.kind === 'body' ? deps.findEndpoint(html, page.fetched.finalUrl) : null;
  if (endpoint) {
    const reply = await readEndpoint(endpoint, section, deps);
    if (isRead(reply)) {
      deps.endpoints.set(section.url, endpoint);
      return { read: reply, page };
    }
  }
  return { read: null, page };
}

/**
 * A browser read in the host's turn. Sections of a site behind a challenge all meet it at once; the first
 * passes it, and each one behind it tries the plain paths again with the cookies that left before it opens
 * a tab. A pass whose page still builds its list by script (a data endpoint behind the challenge) is
 * followed by the plain paths with the cookies the pass left.
 */
async function browserTurn(
  section: SectionToRead,
  deps: ReadDeps,
  cookiesTried: string | null,
  refusedWith: number | null = null,
): Promise<SectionRead | { absent: string }> {
  const host = hostOf(section.url);
  // With cookies a pass left, the plain paths answer for the section: its list, or what its page now is
  // (a server error behind the challenge is that error, not the challenge).
  const withNewCookies = async (): Promise<SectionRead | null> => {
    const held = deps.cookies.header(host);
    if (held === null || held === cookiesTried) return null;
    const { read, page } = await plainPaths(section, deps);
    if (read) return read;
    const { html: _, ...pageRead } = page;
    return needsBrowser(section, page) ? null : pageRead;
  };
  const turn = async () => {
    const before = await withNewCookies();
    if (before) return before;
    const rendered = await readInBrowser(section, deps, refusedWith);
    if ('absent' in rendered || isRead(rendered)) return rendered;
    return (await withNewCookies()) ?? rendered;
  };
  return deps.browserTurns ? deps.browserTurns.run(host, turn) : turn();
}

/** The plain read was refused (a challenge) and the browser was let through to a page of the site's own. */
function gotPast(plain: SectionRead, rendered: SectionRead): boolean {
  const refused = plain.fetched.kind === 'failed' || plain.extraction?.challenge === true;
  const r = rendered.fetched;
  return refused && r.kind === 'body' && r.status < 400 && rendered.extraction?.challenge !== true;
}

/**
 * One section's list by the cheapest path that reads it: the page (its HTML or a data island in a
 * script), the page's data endpoint, or the browser lane. `preferred`, the path that read it last
 * time, is tried first; when it stops working the others follow. Never throws for a site's behaviour.
 */
export async function readSection(section: SectionToRead, deps: ReadDeps, preferred?: ReadPath): Promise<SectionRead> {
  let browserTried = false;
  let browserNote: string | null = null;
  if (browserFirst(section, deps, preferred)) {
    browserTried = true;
    // In the host's turn like any browser read, so sections behind the first use the cookies it leaves.
    const rendered = await browserTurn(section, deps, deps.cookies.header(hostOf(section.url)));
    if ('absent' in rendered) browserNote = rendered.absent;
    else if (isRead(rendered)) return rendered;
    else browserNote = rendered.reason;
  }
  const known = preferred === 'endpoint' ? deps.endpoints.get(section.url) : undefined;
  if (known) {
    const reply = await readEndpoint(known, section, deps);
    if (isRead(reply)) return reply;
    deps.endpoints.delete(section.url);
  }

  const cookiesAtPage = deps.cookies.header(hostOf(section.url));
  const { read, page } = await plainPaths(section, deps);
  if (read) return read;
  const { html: _, ...pageRead } = page;
  if (!needsBrowser(section, page)) return pageRead;
  if (browserTried) return { ...pageRead, reason: browserNote };
  if (section.browserRest) return { ...pageRead, reason: BROWSER_RESTED };
  const refusedWith = page.fetched.kind === 'failed' ? page.fetched.status : null;
  const rendered = await browserTurn(section, deps, cookiesAtPage, refusedWith);
  if ('absent' in rendered) return { ...pageRead, reason: rendered.absent };
  // A plain read with a pass's cookies says what the page now is, and so does a rendered DOM that got past
  // the refusal; one that is still no list behind no refusal is reported as the page was, with what the
  // browser ran into.
  if (isRead(rendered) || rendered.via !== 'browser' || gotPast(pageRead, rendered)) return rendered;
  return { ...pageRead, reason: rendered.reason };
}
