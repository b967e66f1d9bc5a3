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

function settingsIn(text: string, only?: string): Settings {
  const found: Settings = new Map();
  for (const m of text.matchAll(only ? keyValue(only) : KEY_VALUE)) {
    const key = (m[1] as string).toLowerCase();
    if (found.has(key)) continue;
    const raw = m[3] ?? m[4] ?? '';
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Not percent-encoded after all: keep it as written.
    }
    found.set(key, value);
  }
  return found;
}

/** The `{…}` object literal or the `?a=b&…` query around `index`, so each unit keeps its own settings. */
function blockAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - WINDOW), index);
  const queryStart = before.search(/[?&][^\s"'?]*$/);
  if (queryStart >= 0) {
    const from = index - before.length + queryStart;
    const tail = text.slice(index).search(/[\s"'<>]/);
    return text.slice(from, tail < 0 ? text.length : index + tail);
  }
  let depth = 0;
  let open = -1;
  for (let i = index - 1; i >= Math.max(0, index - WINDOW); i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{' && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return text.slice(Math.max(0, index - 200), index + 200);
  const close = text.indexOf('}', index);
  return text.slice(open, close < 0 ? index + WINDOW : close + 1);
}

interface Unit {
  unitid: string;
  block: Settings;
  near: Settings;
}

function columnOf(s: string | undefined): string | null {
  if (!s) return null;
  return /^\d+$/.test(s) ? s : (s.match(/\bcol(\d+)\b/)?.[1] ?? null);
}

function formValue(v: string): string {
  return encodeURIComponent(v).replace(/%2F/gi, '/');
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
    const near = html.slice(Math.max(0, index - WINDOW), index + WINDOW);
    units.push({ unitid: m[1] as string, block: settingsIn(blockAround(html, index)), near: settingsIn(near) });
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
    for (const source of [u.block, u.near])
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
    perPage: Number(pick(u, 'perpage')) || DEFAULT_PER_PAGE,
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
