import type { AnyNode, Element, Text } from 'domhandler';
import { isDocument, isTag, isText } from 'domhandler';
import type { Day } from '../domain/types.js';
import { datesFromDateColumn } from './date-column.js';
import { betterDate, collapseSpace, type DateHit, readDate } from './dates.js';
import { fitListYears } from './list-years.js';
import { SCRIPT_ANCHOR_ATTR } from './script-lists.js';
import { EMPTY_RECORDS_ATTR, UNWRAPPED_COMMENT } from './unwrap.js';

/**
 * Finds a section's own item list in a parsed page without per-site selectors.
 *
 * One post-order walk summarises every subtree (its best link, its best date). A list is a group of
 * same-tag siblings; it scores by how many of its members carry both a link and a date, discounted
 * when it sits in page chrome (nav, footer, "you may like" boxes), in a hidden tab, or was recovered
 * from a comment. The best-scoring group is the section's list; its dates give `newest`.
 */

export interface FoundItem {
  title: string;
  href: string | null;
  date: DateHit | null;
  /** The element holding the date, for provenance. */
  dateNode: AnyNode | null;
  /** The item's link was recovered from inline script text (script-lists.ts). */
  fromScript: boolean;
}

export interface FoundList {
  container: Element;
  items: FoundItem[];
  dated: boolean;
}

interface DateFind {
  hit: DateHit;
  node: AnyNode;
}

interface Summary {
  anchor: Element | null;
  anchorTextLength: number;
  /** Links in the subtree: an item has a few, a whole page region has many. */
  anchors: number;
  date: DateFind | null;
  /** The subtree is page chrome (header, nav, footer): never an item of a list outside it. */
  chrome?: boolean;
}

interface Candidate {
  container: Element;
  members: Element[];
  summaries: Summary[];
  dates: (DateFind | null)[];
  score: number;
  order: number;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'head', 'svg', 'iframe']);
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_NAMES =
  /(^|[\s_-])(nav|menu|header|footer|foot|sidebar|banner|hot|rank|interest(ed)?|relate[ds]?|recommend|tuijian|xgxx|xgwz|friendlink|yqlj|links?|breadcrumbs?|crumbs?|copyright|dh|daohang)([\s_-]|$)|^(top|head|bottom)$/i;
const MORE_LINK = /^(更多|more|详细|详情|>>|»|查看更多)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const BLANK_MARKERS =
  /暂无(信息|数据|内容|记录|相关|文章)|没有(相关)?(信息|数据|记录|内容)|无相关(信息|内容|记录)|本栏目(暂)?无|信息正在更新中|栏目建设中/;

function textOf(node: AnyNode, skipDates: WeakSet<AnyNode>): string {
  if (isText(node)) return skipDates.has(node) ? '' : node.data;
  if (!isTag(node) || SKIP.has(node.name)) return '';
  let s = '';
  for (const c of node.children) s += textOf(c, skipDates);
  return s;
}

function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.name ?? ''}`.trim();
}

interface WalkState {
  today: Day;
  candidates: Candidate[];
  order: number;
  dateTexts: WeakSet<AnyNode>;
  bodyText: string[];
  /** A data source reported zero records. */
  emptyRecords?: boolean;
}

interface Flags {
  chrome: boolean;
  hidden: boolean;
  unwrapped: boolean;
}

const NO_SUMMARY: Summary = { anchor: null, anchorTextLength: 0, anchors: 0, date: null };
/** More links than this and a subtree is a region of the page, not one item. */
const MAX_ITEM_LINKS = 6;
const MIN_CHROME_LIST = 3;

function walk(node: AnyNode, flags: Flags, st: WalkState): Summary {
  if (isText(node)) return summariseText(node, st);
  if (!isTag(node)) return NO_SUMMARY;
  if (SKIP.has(node.name)) return NO_SUMMARY;
  const order = st.order++;
  if (EMPTY_RECORDS_ATTR in node.attribs) st.emptyRecords = true;
  const names = classAndId(node);
  const here: Flags = {
    chrome: flags.chrome || CHROME_TAGS.has(node.name) || (names !== '' && CHROME_NAMES.test(names)),
    hidden: flags.hidden || HIDDEN_STYLE.test(node.attribs.style ?? '') || 'hidden' in node.attribs,
    unwrapped: flags.unwrapped || node.name === UNWRAPPED_COMMENT,
  };
  const childSummaries: Summary[] = [];
  const childElements: Element[] = [];
  // A fresh object per element, filled in place: this walk visits every element of every page.
  const best: Summary = { anchor: null, anchorTextLength: 0, anchors: 0, date: null };
  for (const child of node.children) {
    const s = walk(child, here, st);
    if (isTag(child)) {
      childSummaries.push(s);
      childElements.push(child);
    }
    best.anchors += s.anchors;
    if (s.anchor && s.anchorTextLength > best.anchorTextLength) {
      best.anchor = s.anchor;
      best.anchorTextLength = s.anchorTextLength;
    }
    if (s.date && betterDate(s.date.hit, best.date?.hit ?? null)) best.date = s.date;
  }
  if (node.name === 'a' && node.attribs.href !== undefined) {
    const text = collapseSpace(node.attribs.title || textOf(node, st.dateTexts));
    if (text.length > 0 && !MORE_LINK.test(text)) {
      best.anchor = node;
      best.anchorTextLength = text.length;
    }
    best.anchors++;
  }
  if (childElements.length > 0) considerGroups(node, childElements, childSummaries, here, order, st);
  // Dates in page chrome (footer "更新时间", nav) must not become the date of an enclosing region.
  if (here.chrome && !flags.chrome) {
    best.date = null;
    best.chrome = true;
  }
  return best;
}

function summariseText(node: Text, st: WalkState): Summary {
  const raw = node.data;
  if (raw.trim().length === 0) return NO_SUMMARY;
  st.bodyText.push(raw);
  const hit = readDate(raw, st.today);
  if (!hit) return NO_SUMMARY;
  st.dateTexts.add(node);
  return { anchor: null, anchorTextLength: 0, anchors: 0, date: { hit, node } };
}

function considerGroups(
  container: Element,
  children: Element[],
  summaries: Summary[],
  flags: Flags,
  order: number,
  st: WalkState,
): void {
  const byTag = new Map<string, number[]>();
  for (let i = 0; i < children.length; i++) {
    const s = summaries[i];
    const tag = children[i]?.name ?? '';
    if (!s?.anchor || s.anchors > MAX_ITEM_LINKS || tag === 'body' || (s.chrome && !flags.chrome)) continue;
    const list = byTag.get(tag);
    if (list) list.push(i);
    else byTag.set(tag, [i]);
  }
  for (const [tag, indexes] of byTag) {
    // One or two linked lines in a header or footer (备案号, 更新时间) are page furniture, not a list.
    if (flags.chrome && indexes.length < MIN_CHROME_LIST) continue;
    const members = indexes.map((i) => children[i] as Element);
    const memberSummaries = indexes.map((i) => summaries[i] as Summary);
    const columnDates =
      tag === 'tr' ? datesFromDateColumn(children, members, st.today, (el) => textOf(el, new WeakSet())) : null;
    const dates = memberSummaries.map((s, k) => columnDates?.[k] ?? s.date);
    const dated = dates.filter((d) => d !== null).length;
    let score: number;
    if (dated > 0) {
      score = dated;
    } else {
      // A list of document titles without dates still counts, below any dated list of the content.
      const avgTitle = memberSummaries.reduce((n, s) => n + s.anchorTextLength, 0) / members.length;
      // Document titles run long; navigation labels are two to six characters. Undated link lists in page
      // chrome are navigation, never a column.
      if (avgTitle < 8 || flags.chrome) continue;
      score = Math.min(members.length, 9) / 10;
    }
    if (flags.chrome) score *= 0.1;
    if (flags.hidden) score *= 0.3;
    if (flags.unwrapped) score *= 0.5;
    st.candidates.push({ container, members, summaries: memberSummaries, dates, score, order });
  }
}

function itemsOf(c: Candidate, dateTexts: WeakSet<AnyNode>, onlyDated: boolean): FoundItem[] {
  const items: FoundItem[] = [];
  c.members.forEach((_m, k) => {
    const s = c.summaries[k] as Summary;
    const d = c.dates[k] ?? null;
    if (onlyDated && !d) return;
    const a = s.anchor as Element;
    const title = collapseSpace(a.attribs.title || textOf(a, dateTexts));
    items.push({
      title,
      href: a.attribs.href ?? null,
      date: d?.hit ?? null,
      dateNode: d?.node ?? null,
      fromScript: SCRIPT_ANCHOR_ATTR in a.attribs,
    });
  });
  return items;
}

export interface ListSearch {
  list: FoundList | null;
  /** The page says it has nothing to show ("暂无信息"). */
  saysEmpty: boolean;
}

export function findItemList(root: AnyNode, today: Day): ListSearch {
  const st: WalkState = { today, candidates: [], order: 0, dateTexts: new WeakSet(), bodyText: [] };
  const flags = { chrome: false, hidden: false, unwrapped: false };
  const top = isDocument(root) ? root.children : [root];
  for (const node of top) walk(node, flags, st);
  let best: Candidate | null = null;
  for (const c of st.candidates) {
    if (!best || c.score > best.score || (c.score === best.score && c.order < best.order)) best = c;
  }
  const saysEmpty = st.emptyRecords === true || BLANK_MARKERS.test(st.bodyText.join(' '));
  if (!best) return { list: null, saysEmpty };
  const fitted = { ...best, dates: fitListYears(best.dates, today) };
  const dated = fitted.dates.some((d) => d !== null);
  return { list: { container: best.container, items: itemsOf(fitted, st.dateTexts, dated), dated }, saysEmpty };
}

/** Items under a configured list selector; dates from the configured date selector or the item's own text. */
export function itemsFromElements(
  elements: Element[],
  dateElementOf: (item: Element) => Element | null,
  today: Day,
): FoundItem[] {
  const dateTexts = new WeakSet<AnyNode>();
  const read = elements.map((el) => {
    const st: WalkState = { today, candidates: [], order: 0, dateTexts, bodyText: [] };
    const summary = walk(el, { chrome: false, hidden: false, unwrapped: false }, st);
    const dateEl = dateElementOf(el);
    const configured = dateEl ? readDate(textOf(dateEl, new WeakSet()), today) : null;
    return { el, summary, date: configured ? { hit: configured, node: dateEl as AnyNode } : summary.date };
  });
  const dates = fitListYears(
    read.map((r) => r.date),
    today,
  );
  return read.map(({ el, summary }, k) => {
    const date = dates[k];
    const a = summary.anchor;
    const title = collapseSpace(a ? a.attribs.title || textOf(a, dateTexts) : textOf(el, dateTexts));
    return {
      title,
      href: a?.attribs.href ?? null,
      date: date?.hit ?? null,
      dateNode: date?.node ?? null,
      fromScript: a ? SCRIPT_ANCHOR_ATTR in a.attribs : false,
    };
  });
}
