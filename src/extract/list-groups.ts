import type { AnyNode, Element } from 'domhandler';
import type { Day } from '../domain/types.js';
import { datesFromDateColumn } from './date-column.js';
import type { DateHit } from './dates.js';
import { textOf } from './dom-text.js';
import type { Contender } from './list-choice.js';
import { isColumnHref } from './page-signals.js';

/**
 * Which groups of same-tag siblings may be a list, and their base score: the number of dated members,
 * or (undated) a fraction below any dated list. Page regions side by side, breadcrumbs, footers and
 * column trees are not lists, whatever they are called.
 */

export interface DateFind {
  hit: DateHit;
  node: AnyNode;
}

export type Holds = 0 | 1 | 2;

export interface Summary {
  anchor: Element | null;
  anchorTextLength: number;
  /** Links in the subtree: an item has a few, a whole page region has many. */
  anchors: number;
  date: DateFind | null;
  /** The subtree is page chrome (header, nav, footer): never an item of a list outside it. */
  chrome?: boolean;
  /** The subtree's words make it a footer (版权所有, ICP备): never an item, and its siblings are furniture. */
  footer?: boolean;
  /** The subtree's words make it a pager (共3页, 下一页) or a breadcrumb (当前位置): never an item. */
  furniture?: boolean;
  /**
   * The subtree holds a list: 2 when surely (two dated members, or three), 1 when maybe (two links, as the
   * title and source links of one search result). It is that list's region, not an item of a list around it.
   */
  holds?: Holds;
}

export interface Candidate extends Contender {
  members: Element[];
  summaries: Summary[];
  dates: (DateFind | null)[];
}

export interface Flags {
  chrome: boolean;
  hidden: boolean;
  unwrapped: boolean;
  /** Inside records unwrapped from the page's own data island (a Hanweb `<datastore>`): the column's data. */
  records: boolean;
}

/** More links than this and a subtree is a region of the page, not one item. */
const MAX_ITEM_LINKS = 6;
const MIN_CHROME_LIST = 3;
/** A single undated link is a banner or a stray line, unless tied to the column (its pager, its path). */
const MIN_UNDATED_LIST = 2;
/** Generic blocks form a list only when they look alike (mostly one class), unlike a page's regions. */
const GENERIC_BLOCKS = new Set(['div', 'p', 'span', 'section', 'article', 'table', 'font']);
const MIN_ALIKE = 2 / 3;
const MIN_HELD_LIST = 3;

export interface GroupSink {
  today: Day;
  candidates: Candidate[];
}

/** Most members share their first class: list items do, a page's regions (location, content, side) do not. */
function lookAlike(members: Element[]): boolean {
  const counts = new Map<string, number>();
  let top = 0;
  for (const m of members) {
    const cls = m.attribs.class?.trim().split(/\s+/)[0] ?? '';
    const n = (counts.get(cls) ?? 0) + 1;
    counts.set(cls, n);
    if (n > top) top = n;
  }
  return top >= members.length * MIN_ALIKE;
}

/** Adds the candidate lists among `children` to the sink; says whether one of them is (maybe, surely) a list. */
export function considerGroups(
  container: Element,
  children: Element[],
  summaries: Summary[],
  flags: Flags,
  order: number,
  st: GroupSink,
): Holds {
  const byTag = new Map<string, number[]>();
  let holds: Holds = 0;
  // A block beside a footer's words is the footer (or the page around it): its lists are furniture.
  const chrome = flags.chrome || summaries.some((s) => s.footer);
  for (let i = 0; i < children.length; i++) {
    const s = summaries[i];
    const tag = children[i]?.name ?? '';
    if (!s?.anchor || s.anchors > MAX_ITEM_LINKS || tag === 'body' || s.footer || s.furniture || s.holds === 2)
      continue;
    if (s.chrome && !flags.chrome) continue;
    const list = byTag.get(tag);
    if (list) list.push(i);
    else byTag.set(tag, [i]);
  }
  for (const [tag, indexes] of byTag) {
    // One or two linked lines in a header or footer (备案号, 更新时间) are page furniture, not a list.
    if (chrome && indexes.length < MIN_CHROME_LIST) continue;
    const members = indexes.map((i) => children[i] as Element);
    // One block around a list is that list again, seen from outside.
    if (members.length === 1 && (summaries[indexes[0] as number]?.holds ?? 0) > 0) continue;
    if (GENERIC_BLOCKS.has(tag) && members.length > 1 && !lookAlike(members)) continue;
    const memberSummaries = indexes.map((i) => summaries[i] as Summary);
    const columnDates =
      tag === 'tr' ? datesFromDateColumn(children, members, st.today, (el) => textOf(el, new WeakSet())) : null;
    const dates = memberSummaries.map((s, k) => columnDates?.[k] ?? s.date);
    const dated = dates.filter((d) => d !== null).length;
    // Links to columns (directories, index pages) are navigation: a column tree, or a header's line
    // beside today's date (今天是2026年11月27日 English). A column lists documents.
    const toColumns = memberSummaries.filter((s) => isColumnHref(s.anchor?.attribs.href)).length;
    const navigation = toColumns * 2 >= members.length;
    if (navigation && members.length < MIN_CHROME_LIST) continue;
    let score: number;
    let weak = false;
    if (dated > 0) {
      score = dated;
    } else {
      // A list of document titles without dates still counts, below any dated list of the content.
      const avgTitle = memberSummaries.reduce((n, s) => n + s.anchorTextLength, 0) / members.length;
      // Document titles run long; navigation labels are two to six characters. Undated link lists in page
      // chrome are navigation, never a column.
      if (avgTitle < 8 || chrome) continue;
      if (navigation) continue;
      score = Math.min(members.length, 9) / 10;
      weak = members.length < MIN_UNDATED_LIST;
    }
    if (chrome) score *= 0.1;
    if (flags.hidden) score *= 0.3;
    if (flags.unwrapped) score *= 0.5;
    const hrefs = memberSummaries.map((s) => s.anchor?.attribs.href);
    st.candidates.push({
      container,
      members,
      summaries: memberSummaries,
      dates,
      hrefs,
      score,
      weak,
      records: flags.records,
      order,
    });
    // A title and a source link of one search result are not a list; two dated rows or three links are.
    // One dated row is a list of one (a column's single notice): the blocks around it are that list again.
    if (dated > 1 || members.length >= MIN_HELD_LIST) holds = 2;
    else if ((members.length > 1 || dated === 1) && holds === 0) holds = 1;
  }
  return holds;
}
