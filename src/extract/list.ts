import type { AnyNode, Element, Text } from 'domhandler';
import { isDocument, isTag, isText } from 'domhandler';
import type { Day } from '../domain/types.js';
import { betterDate, collapseSpace, type DateHit, readDate } from './dates.js';
import { SKIP, textOf } from './dom-text.js';
import { chooseList, type Pager } from './list-choice.js';
import { type Candidate, considerGroups, type Flags, type Summary } from './list-groups.js';
import { columnName, headingFit } from './list-headings.js';
import { fitListYears } from './list-years.js';
import { BLANK_WORDS, BREADCRUMB_WORDS, FOOTER_WORDS, LIST_LOADER, PAGER_SCRIPT, PAGER_WORDS } from './page-signals.js';
import { SCRIPT_ANCHOR_ATTR } from './script-lists.js';
import { splitDate } from './split-dates.js';
import { EMPTY_RECORDS_ATTR, UNWRAPPED_COMMENT, UNWRAPPED_RECORDS } from './unwrap.js';

/**
 * Finds a section's own item list in a parsed page without per-site selectors.
 *
 * One post-order walk summarises every subtree (its best link, its best date). A list is a group of
 * same-tag siblings; it scores by how many of its members carry both a link and a date, discounted
 * when it sits in page chrome (nav, footer, "you may like" boxes, named so or worded so: 版权所有,
 * 当前位置), in a hidden tab, or was recovered from a comment. list-choice.ts then favours the list tied
 * to the column (its pager, links under its path); its dates give `newest`.
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

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_NAMES =
  /(^|[\s_-])(nav|menu|header|footer|foot|sidebar|banner|hot|rank|interest(ed)?|relate[ds]?|recommend|tuijian|xgxx|xgwz|friendlink|yqlj|links?|breadcrumbs?|crumbs?|copyright|dh|daohang)([\s_-]|$)|^(top|head|bottom)$/i;
const MORE_LINK = /^(更多|more|详细|详情|>>|»|查看更多)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.name ?? ''}`.trim();
}

interface WalkState {
  today: Day;
  candidates: Candidate[];
  order: number;
  dateTexts: WeakSet<AnyNode>;
  bodyText: string[];
  /** Pager text nodes and pager scripts: each pages the list just before it. */
  pagers: Pager[];
  /** Breadcrumbs (当前位置：…): their last step names the column. */
  crumbs: Element[];
  /** A data source reported zero records. */
  emptyRecords?: boolean;
  /** The page ships a client template or loader for its list (Handlebars, v-for, jpage): its slot is empty here. */
  templateSlot?: boolean;
}

const NO_SUMMARY: Summary = { anchor: null, anchorTextLength: 0, anchors: 0, date: null };
const TEMPLATE_TYPES = /text\/(x-handlebars-template|template|x-template|html)/i;

function walk(node: AnyNode, flags: Flags, st: WalkState): Summary {
  if (isText(node)) return summariseText(node, st);
  if (!isTag(node)) return NO_SUMMARY;
  if (SKIP.has(node.name)) {
    if (node.name === 'script') noteScript(node, st);
    return NO_SUMMARY;
  }
  if ('v-for' in node.attribs || 'ng-repeat' in node.attribs) st.templateSlot = true;
  const order = st.order++;
  if (EMPTY_RECORDS_ATTR in node.attribs) st.emptyRecords = true;
  const names = classAndId(node);
  const here: Flags = {
    chrome: flags.chrome || CHROME_TAGS.has(node.name) || (names !== '' && CHROME_NAMES.test(names)),
    hidden: flags.hidden || HIDDEN_STYLE.test(node.attribs.style ?? '') || 'hidden' in node.attribs,
    unwrapped: flags.unwrapped || node.name === UNWRAPPED_COMMENT,
    records: flags.records || node.attribs.class === UNWRAPPED_RECORDS,
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
    if (s.footer) best.footer = true;
    if (s.furniture) best.furniture = true;
    if ((s.holds ?? 0) > (best.holds ?? 0)) best.holds = s.holds;
  }
  if (node.name === 'a' && node.attribs.href !== undefined) {
    const text = collapseSpace(node.attribs.title || textOf(node, st.dateTexts));
    if (text.length > 0 && !MORE_LINK.test(text)) {
      best.anchor = node;
      best.anchorTextLength = text.length;
    }
    best.anchors++;
  }
  // A block holding a list of its own is that list's region, not one item of a list around it.
  if (childElements.length > 0) {
    const holds = considerGroups(node, childElements, childSummaries, here, order, st);
    if (holds > (best.holds ?? 0)) best.holds = holds;
  }
  // Dates in page chrome (footer "更新时间", nav) must not become the date of an enclosing region.
  if (here.chrome && !flags.chrome) {
    best.date = null;
    best.chrome = true;
  }
  return best;
}

function noteScript(node: Element, st: WalkState): void {
  if (TEMPLATE_TYPES.test(node.attribs.type ?? '')) st.templateSlot = true;
  const first = node.children[0];
  if (!first || !isText(first)) return;
  if (PAGER_SCRIPT.test(first.data)) st.pagers.push({ node, at: st.order });
  if (LIST_LOADER.test(first.data)) st.templateSlot = true;
}

const FOOTER: Summary = { ...NO_SUMMARY, footer: true };
const FURNITURE: Summary = { ...NO_SUMMARY, furniture: true };

function summariseText(node: Text, st: WalkState): Summary {
  const raw = node.data;
  if (raw.trim().length === 0) return NO_SUMMARY;
  st.bodyText.push(raw);
  // Footer, pager and breadcrumb words mark their block; their dates (更新时间, 1/3 页) are nobody's.
  if (FOOTER_WORDS.test(raw)) return FOOTER;
  // Every pager word holds 页 or 条: the cheap test first, on every text node of every page.
  if ((raw.includes('页') || raw.includes('条')) && PAGER_WORDS.test(raw)) {
    st.pagers.push({ node, at: st.order });
    return FURNITURE;
  }
  if (BREADCRUMB_WORDS.test(raw)) {
    if (node.parent && isTag(node.parent)) st.crumbs.push(node.parent);
    return FURNITURE;
  }
  let hit = readDate(raw, st.today);
  if (!hit) {
    const split = splitDate(node, st.today);
    if (!split) return NO_SUMMARY;
    hit = split.hit;
    st.dateTexts.add(split.dayText);
  }
  st.dateTexts.add(node);
  return { anchor: null, anchorTextLength: 0, anchors: 0, date: { hit, node } };
}

function itemsOf(c: Candidate, dateTexts: WeakSet<AnyNode>, onlyDated: boolean): FoundItem[] {
  const items: FoundItem[] = [];
  c.members.forEach((_m, k) => {
    const s = c.summaries[k] as Summary;
    const d = c.dates[k] ?? null;
    if (onlyDated && !d) return;
    const a = s.anchor as Element;
    const title = collapseSpace(a.attribs.title || cardHeading(a, dateTexts) || textOf(a, dateTexts));
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

const HEADING = /^h[1-6]$/;

/** A card's heading inside its link (`<a><h3>标题</h3><p>摘要…</p></a>`): the title without the summary. */
function cardHeading(a: Element, dateTexts: WeakSet<AnyNode>): string {
  const heading = findHeading(a.children);
  return heading ? textOf(heading, dateTexts).trim() : '';
}

function findHeading(nodes: AnyNode[]): Element | null {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (HEADING.test(n.name)) return n;
    const inner = findHeading(n.children);
    if (inner) return inner;
  }
  return null;
}

export interface ListSearch {
  list: FoundList | null;
  /** The page says it has nothing to show ("暂无信息"). */
  saysEmpty: boolean;
}

/**
 * The section's list in a parsed page. `pageUrl` (the page's own address) lets links under the column's
 * path count for a list. A page whose column slot is empty (暂无信息, a client template) has no list unless
 * a list is tied to the column: a dated side box of another column is not the column's list.
 */
export function findItemList(root: AnyNode, today: Day, pageUrl?: string | null): ListSearch {
  const st: WalkState = {
    today,
    candidates: [],
    order: 0,
    dateTexts: new WeakSet(),
    bodyText: [],
    pagers: [],
    crumbs: [],
  };
  const flags = { chrome: false, hidden: false, unwrapped: false, records: false };
  const top = isDocument(root) ? root.children : [root];
  for (const node of top) walk(node, flags, st);
  const name = columnName(root, st.crumbs);
  const { best, owned, foreign } = chooseList(st.candidates, {
    pagers: st.pagers,
    pageUrl,
    heading: (c) => headingFit(c.container, name),
  });
  const saysEmpty = st.emptyRecords === true || BLANK_WORDS.test(st.bodyText.join(' '));
  if (!best || (!owned && (foreign || saysEmpty || st.templateSlot))) return { list: null, saysEmpty };
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
    const st: WalkState = { today, candidates: [], order: 0, dateTexts, bodyText: [], pagers: [], crumbs: [] };
    const summary = walk(el, { chrome: false, hidden: false, unwrapped: false, records: false }, st);
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
