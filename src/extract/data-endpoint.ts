/**
 * The data source behind a Hanweb 大汉 list that the page fills in the browser: the `jpage` plugin (JCMS:
 * `dataproxy.jsp` links and `ajaxParam`-style objects) and the JPaaS `loadPageData(params, unitid)` loader.
 * Both page through the same `dataproxy.jsp` reply, a `<datastore>` of CDATA records that `extractSection`
 * reads like any page. Pure: finds the ids in the page text, never calls anything.
 */

export interface DataEndpoint {
  kind: 'hanweb-jpage';
  /** Absolute URL incl. query: /module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=N&perpage=M (older sites /module/jpage/dataproxy.jsp, as the page says) */
  url: string;
  method: 'POST';
  /** application/x-www-form-urlencoded body: col=1&appid=1&webid=…&path=/&columnid=…&sourceContentType=1&unitid=…&webname=…&permissiontype=0 */
  body: string;
  contentType: 'application/x-www-form-urlencoded';
}

const DEFAULT_PROXY = '/module/web/jpage/dataproxy.jsp';
/** Hanweb's own default: one request fetches three pages of records. */
const PAGES_PER_REQUEST = 3;
const DEFAULT_PER_PAGE = 15;
const MAX_PER_PAGE = 200;
/** How far around a unit's id its sibling settings (perPage, proxyUrl) are looked for. */
const WINDOW = 1500;

const UNIT = /\bunitid["']?\s*[:=]\s*["']?(\d+)/gi;
const KEYS =
  'webid|columnid|unitid|appid|col|path|sourcecontenttype|webname|permissiontype|perpage|proxyurl|websiteid|channelcode|codename';
const keyValue = (keys: string) =>
  new RegExp(
    String.raw`\b(${keys})["']?\s*[:=]\s*(?:\[\s*)?(?:(["'])((?:(?!\2)[^\\\n]|\\.){0,200})\2|([^\s,&;}'"\]<>]+))`,
    'gi',
  );
const KEY_VALUE = keyValue(KEYS);
const PROXY_PATH = /((?:https?:\/\/[^\s"'<>]+)?\/[\w./-]*dataproxy\.jsp)$/i;

/** The first `…/dataproxy.jsp` path the page names (found by its name first: the path regex is slow). */
function proxyPathIn(html: string): string | undefined {
  const at = html.search(/dataproxy\.jsp/i);
  return at < 0 ? undefined : html.slice(Math.max(0, at - 200), at + 13).match(PROXY_PATH)?.[1];
}
const META = (name: string) => new RegExp(`<meta[^>]+name=["']${name}["'][^>]+content=["']([^"']*)["']`, 'i');

type Settings = Map<string, string>;
const SITE_KEYS = new Set(['webid', 'websiteid', 'webname', 'proxyurl', 'columnid', 'channelcode', 'codename']);

/** Each key's value in `text`: the first one, or the one nearest to `center` when given. */
function settingsIn(text: string, only?: string, center?: number): Settings {
  const found: Settings = new Map();
  const distance = new Map<string, number>();
  for (const m of text.matchAll(only ? keyValue(only) : KEY_VALUE)) {
    const key = (m[1] as string).toLowerCase();
    const d = center === undefined ? 0 : Math.abs((m.index ?? 0) - center);
    if (found.has(key) && d >= (distance.get(key) ?? 0)) continue;
    const raw = m[3] ?? m[4] ?? '';
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Percent-encoded in another charset (GBK): keep it as written.
    }
    found.set(key, value);
    distance.set(key, d);
  }
  return found;
}

/** The `{` that encloses `index`, or -1 (strings are not parsed: a brace inside one may mislead it). */
function openingBrace(text: string, index: number, limit: number): number {
  let depth = 0;
  for (let i = index - 1; i >= limit; i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{' && depth-- === 0) return i;
  }
  return -1;
}

function closingBrace(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return limit;
}

/**
 * The settings blocks a unit id sits in, innermost first: the `?a=b&…` query it is part of, or its object
 * literal (`ajaxParam: {…}`) and the one around that (`$('#id').jpage({ perPage, proxyUrl, ajaxParam })`).
 */
function blocksAround(text: string, index: number): string[] {
  const limit = Math.max(0, index - WINDOW);
  const before = text.slice(limit, index);
  const queryStart = before.search(/[?&][^\s"'?]*$/);
  if (queryStart >= 0) {
    const tail = text.slice(index).search(/[\s"'<>]/);
    return [text.slice(limit + queryStart, tail < 0 ? text.length : index + tail)];
  }
  const blocks: string[] = [];
  let at = index;
  for (let level = 0; level < 2; level++) {
    const open = openingBrace(text, at, limit);
    if (open < 0) break;
    blocks.push(text.slice(open, closingBrace(text, open, Math.min(text.length, index + WINDOW)) + 1));
    at = open;
  }
  return blocks;
}

interface Unit {
  unitid: string;
  /** Its own settings blocks, innermost first, then the settings nearest to it. */
  scopes: Settings[];
}

/** A unit's page size as configured, when it is one a list can have. */
function pageSize(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_PER_PAGE ? n : DEFAULT_PER_PAGE;
}

function columnOf(s: string | undefined): string | null {
  if (!s) return null;
  return /^\d+$/.test(s) ? s : (s.match(/\bcol(\d+)\b/)?.[1] ?? null);
}

/** A value the page already percent-encoded in its own charset (GBK `%C4%B3…`) is sent as it was written. */
const ENCODED = /^(?:[\w.~!*'()/-]|%[0-9A-Fa-f]{2})*%[0-9A-Fa-f]{2}(?:[\w.~!*'()/-]|%[0-9A-Fa-f]{2})*$/;

function formValue(v: string): string {
  return ENCODED.test(v) ? v : encodeURIComponent(v).replace(/%2F/gi, '/');
}

function absolute(path: string, pageUrl: string, html: string): string {
  const siteDomain = html.match(META('SiteDomain'))?.[1];
  for (const base of [pageUrl, siteDomain]) {
    if (!base) continue;
    try {
      return new URL(path, base).href;
    } catch {
      // Not a usable base: try the next one.
    }
  }
  return path;
}

/** The endpoint a Hanweb list page would call for its records, or null when the page configures none. */
export function findDataEndpoint(html: string, pageUrl: string): DataEndpoint | null {
  if (!/unitid/i.test(html)) return null;
  const units: Unit[] = [];
  for (const m of html.matchAll(UNIT)) {
    const index = m.index ?? 0;
    const from = Math.max(0, index - WINDOW);
    const near = settingsIn(html.slice(from, index + WINDOW), undefined, index - from);
    const scopes = [...blocksAround(html, index).map((b) => settingsIn(b)), near];
    units.push({ unitid: m[1] as string, scopes });
  }
  if (units.length === 0) return null;
  // Page-wide settings are looked up only when a unit lacks them: most pages need none.
  let pageWide: Settings | null = null;
  const fromPage = (key: string) => {
    pageWide ??= settingsIn(html, [...SITE_KEYS].join('|'));
    return pageWide.get(key);
  };
  const pageColumn = pageUrl.match(/\/col\/col(\d+)\b/)?.[1] ?? null;
  // Site-wide settings may come from anywhere in the page; a unit's own settings only from near it.
  const pick = (u: Unit, ...keys: string[]) => {
    const siteWide = keys.every((k) => SITE_KEYS.has(k));
    for (const source of u.scopes)
      for (const k of keys) {
        const v = source.get(k);
        if (v) return v;
      }
    if (siteWide)
      for (const k of keys) {
        const v = fromPage(k);
        if (v) return v;
      }
    return undefined;
  };
  const resolved = units.map((u) => ({
    u,
    column: columnOf(pick(u, 'columnid')) ?? columnOf(pick(u, 'channelcode', 'codename')) ?? pageColumn,
    perPage: pageSize(pick(u, 'perpage')),
  }));
  const usable = resolved.filter((r) => r.column !== null);
  // The column's own list: the unit of the page's column first, then the longest page (sidebars show few).
  usable.sort((a, b) => Number(b.column === pageColumn) - Number(a.column === pageColumn) || b.perPage - a.perPage);
  const chosen = usable[0];
  if (!chosen) return null;
  const { u, column, perPage } = chosen;
  const webid = pick(u, 'webid', 'websiteid');
  if (!webid) return null;
  const proxy = pick(u, 'proxyurl') ?? proxyPathIn(html) ?? DEFAULT_PROXY;
  const query = `startrecord=1&endrecord=${perPage * PAGES_PER_REQUEST}&perpage=${perPage}`;
  const form: [string, string][] = [
    ['col', pick(u, 'col') ?? '1'],
    ['appid', pick(u, 'appid') ?? '1'],
    ['webid', webid],
    ['path', pick(u, 'path') ?? '/'],
    ['columnid', column as string],
    ['sourceContentType', pick(u, 'sourcecontenttype') ?? '1'],
    ['unitid', u.unitid],
    ['webname', pick(u, 'webname') ?? html.match(META('SiteName'))?.[1] ?? ''],
    ['permissiontype', pick(u, 'permissiontype') ?? '0'],
  ];
  return {
    kind: 'hanweb-jpage',
    url: absolute(`${proxy.split('?')[0]}?${query}`, pageUrl, html),
    method: 'POST',
    body: form.map(([k, v]) => `${k}=${formValue(v)}`).join('&'),
    contentType: 'application/x-www-form-urlencoded',
  };
}
