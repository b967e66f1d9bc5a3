import * as cheerio from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { fnv1a } from '../domain/hash.js';
import type { ExtractionStatus, Provenance, Reading, ReadPath } from '../domain/observation.js';
import type { Day, SectionHints } from '../domain/types.js';
import { decodeBody } from './charset.js';
import { type DataEndpoint, findDataEndpoint } from './data-endpoint.js';
import { titleYears } from './dates.js';
import { detectFamily, isChallengePage, isScriptRendered } from './family.js';
import { type FoundItem, findItemList, itemsFromElements } from './list.js';
import { inlineScriptOutput } from './script-lists.js';
import { unwrapHiddenLists } from './unwrap.js';

export interface ExtractedItem {
  title: string;
  url: string | null;
  date: Day | null;
  provenance: Provenance | null;
}

export interface Extraction {
  status: ExtractionStatus;
  family: string;
  charset: string | null;
  items: ExtractedItem[];
  newest: Day | null;
  /** Index into `items` of the newest item. */
  newestIndex: number | null;
  /** Set when the page is an anti-bot challenge rather than content. */
  challenge: boolean;
  /**
   * Where the items were read: the page's markup, or text of its inline scripts (`document.write`,
   * literal record arrays). The crawl side sets `endpoint` or `browser` when it read them elsewhere.
   */
  via: ReadPath;
  /** The data source a script-built list would load from, when the page names one and no list was read. */
  endpoint: DataEndpoint | null;
  /** For `unparsed`: the list is built in the browser (`script-list`), or no list is there at all (`no-list`). */
  reason?: UnparsedReason | undefined;
  note?: string | undefined;
}

export type UnparsedReason = 'script-list' | 'no-list';

/**
 * True when the extraction holds the section's list: items were read (`ok`, `undated`), or a list or data
 * source was found and says it is empty (`blank`: 暂无信息, `totalrecord 0`). The browser lane waits for
 * this; `unparsed` means keep waiting or give up, whatever its reason.
 */
export function isListRead(x: Pick<Extraction, 'status'>): boolean {
  return x.status === 'ok' || x.status === 'undated' || x.status === 'blank';
}

export interface ExtractInput {
  bytes: Uint8Array;
  contentType?: string | null | undefined;
  /** The page's own URL, to resolve item links. */
  url?: string | null | undefined;
  hints?: SectionHints | undefined;
  /** The check date: year-less dates and "not in the future" are judged against it. */
  today: Day;
}

function resolveUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href || /^(javascript|mailto|tel):/i.test(href.trim())) return null;
  try {
    return base ? new URL(href.trim(), base).href : href.trim();
  } catch {
    return href.trim();
  }
}

/** A CSS-like path from the document root, e.g. `body > div.main > ul.list > li:nth-child(3) > span`. */
export function elementPath(node: AnyNode, known = new Map<AnyNode, string>()): string {
  const el: AnyNode | null = isTag(node) ? node : node.parent;
  if (!el || !isTag(el)) return '';
  const cached = known.get(el);
  if (cached !== undefined) return cached;
  const parent: AnyNode | null = el.parent;
  const cls = el.attribs.class?.trim().split(/\s+/)[0];
  let part = cls ? `${el.name}.${cls}` : el.name;
  if (parent && 'children' in parent) {
    let same = 0;
    let index = 0;
    for (const c of parent.children) {
      if (!isTag(c) || c.name !== el.name) continue;
      same++;
      if (c === el) index = same;
    }
    if (same > 1) part += `:nth-of-type(${index})`;
  }
  const above = parent && isTag(parent) ? elementPath(parent, known) : '';
  const path = above ? `${above} > ${part}` : part;
  known.set(el, path);
  return path;
}

function toItems(found: FoundItem[], base: string | null | undefined): ExtractedItem[] {
  // Items of one list share their ancestors' paths.
  const known = new Map<AnyNode, string>();
  return found.map((f) => ({
    title: f.title,
    url: resolveUrl(f.href, base),
    date: f.date?.day ?? null,
    provenance: f.date && f.dateNode ? { path: elementPath(f.dateNode, known), raw: f.date.raw } : null,
  }));
}

/** Items came from script when most of their links were recovered from script text. */
function viaOf(found: FoundItem[]): ReadPath {
  const scripted = found.filter((f) => f.fromScript).length;
  return scripted * 2 > found.length ? 'script' : 'page';
}

/** The newest item of a list: its index and date, or nulls when no item is dated. */
function newestOf(items: ExtractedItem[]): { newestIndex: number | null; newest: Day | null } {
  let newestIndex: number | null = null;
  let newest: Day | null = null;
  items.forEach((item, i) => {
    if (item.date && (newest === null || item.date > newest)) {
      newestIndex = i;
      newest = item.date;
    }
  });
  return { newestIndex, newest };
}

function fromHints(html: string, hints: SectionHints, today: Day): FoundItem[] | null {
  if (!hints.list) return null;
  const $ = cheerio.load(html);
  const elements = $(hints.list).toArray().filter(isTag);
  const dateSelector = hints.date;
  return itemsFromElements(
    elements,
    (el) => (dateSelector ? ($(el).find(dateSelector).toArray().find(isTag) ?? null) : null),
    today,
  );
}

/** Bytes of a section page → its item list, newest date and status. Pure. */
export function extractSection(input: ExtractInput): Extraction {
  const decoded = decodeBody(input.bytes, input.contentType, input.hints?.charset);
  const empty = { items: [], newest: null, newestIndex: null, challenge: false, via: 'page' as const, endpoint: null };
  if (!decoded.ok)
    return {
      status: 'unparsed',
      family: 'unknown',
      charset: null,
      ...empty,
      reason: 'no-list',
      note: `undecodable: ${decoded.reason}`,
    };
  const family = detectFamily(decoded.text);
  // Inline record islands first (they win over any endpoint), then markup written by inline scripts.
  const html = inlineScriptOutput(unwrapHiddenLists(decoded.text));
  const base = { family, charset: decoded.charset };

  const configured = input.hints ? fromHints(html, input.hints, input.today) : null;
  let found: FoundItem[];
  let saysEmpty = false;
  if (configured) {
    found = configured;
  } else {
    const search = findItemList(parseDocument(html, { decodeEntities: true }), input.today, input.url);
    found = search.list?.items ?? [];
    saysEmpty = search.saysEmpty;
  }
  if (found.length === 0) {
    const challenge = isChallengePage(html, false);
    if (saysEmpty && !challenge) return { status: 'blank', ...base, ...empty };
    return { status: 'unparsed', ...base, ...empty, challenge, ...whyUnparsed(decoded.text, input, challenge) };
  }
  const items = toItems(found, input.url);
  const { newestIndex, newest } = newestOf(items);
  const status = newest ? 'ok' : 'undated';
  return { status, ...base, items, newest, newestIndex, challenge: false, via: viaOf(found), endpoint: null };
}

/** Why no list was read, and the endpoint that would give it when the page is a script-built Hanweb list. */
function whyUnparsed(
  html: string,
  input: ExtractInput,
  challenge: boolean,
): Pick<Extraction, 'reason' | 'note' | 'endpoint'> {
  if (challenge) return { reason: 'no-list', note: 'anti-bot challenge page', endpoint: null };
  const endpoint = findDataEndpoint(html, input.url ?? '');
  if (endpoint || isScriptRendered(html)) {
    const source = endpoint ? `; its records come from ${endpoint.url}` : '';
    return { reason: 'script-list', note: `list is rendered by JavaScript; no items in the HTML${source}`, endpoint };
  }
  const note = input.hints?.list
    ? `no element matches the configured list selector "${input.hints.list}"`
    : 'no item list found';
  return { reason: 'no-list', note, endpoint: null };
}

/** A hash of the item list: cheap, stable, good enough to notice that a list changed. */
function fingerprint(items: ExtractedItem[]): string {
  let h = fnv1a('');
  for (const item of items) h = fnv1a(`${item.title}\u0000${item.date ?? ''}\u0001`, h);
  return h.toString(16).padStart(8, '0');
}

/** The part of an extraction that is kept and judged. */
export function toReading(x: Extraction): Reading {
  const newestItem = x.newestIndex === null ? null : x.items[x.newestIndex];
  const years = new Set<number>();
  for (const item of x.items) for (const y of titleYears(item.title)) years.add(y);
  return {
    status: x.status,
    family: x.family,
    itemCount: x.items.length,
    newest:
      newestItem?.date && newestItem.provenance
        ? { title: newestItem.title, url: newestItem.url, date: newestItem.date, provenance: newestItem.provenance }
        : null,
    titleYears: [...years].sort((a, b) => a - b),
    fingerprint: fingerprint(x.items),
    note: x.note,
  };
}

/** Fills undated items with dates read from their detail pages and re-derives status and newest. */
export function withDetailDates(x: Extraction, dates: Map<number, { day: Day; provenance: Provenance }>): Extraction {
  if (dates.size === 0) return x;
  const items = x.items.map((item, i) => {
    const d = dates.get(i);
    return d && !item.date ? { ...item, date: d.day, provenance: d.provenance } : item;
  });
  const { newestIndex, newest } = newestOf(items);
  return { ...x, items, newest, newestIndex, status: newest ? 'ok' : x.status };
}
