import {
  categoryByWords,
  composedOf,
  covered,
  GAPPED_SCORE,
  holdsTitleWithGap,
  reordered,
  WORD_SCORE,
} from './title-words.js';
import type { Category } from './types.js';

/**
 * Which link of a bureau's site is which category's column: pure scoring of link texts against the
 * category's Chinese name and synonyms (the column titles real sites use). Confirmation by reading the
 * candidate page happens in crawl/discover.ts.
 */

export interface Candidate {
  category: string;
  url: string;
  text: string;
  /** 0–1: how well the link text names the category. */
  score: number;
}

/** A title cut short on screen ("征地补偿…"): what is left is the start of the real one. */
const CUT_SHORT = /(…|\.{3}|\.\.)$/;

function normalize(s: string): string {
  return s
    .replace(CUT_SHORT, '')
    .replace(/[\s·•|>»\-—_（）()【】[\]]/g, '')
    .replace(/^(本局|我局|市局|县局|省厅)/, '');
}

/** A lesser title (indicators.yaml `lesserTitles`) exact, or held in a longer one. */
const LESSER = { exact: 0.7, held: 0.6 };

/**
 * How well a link text names a category: exact title 1, containing, contained or reordered 0.8 to 0.85 (by how
 * much of the one the other is), made of its item words 0.8, a lesser title 0.7 or held 0.6, otherwise 0. A title
 * cut short by "…" matches the names it starts (a truncated title never matches exactly).
 */
export function nameScore(text: string, category: Category): number {
  const t = normalize(text);
  const parts = t.split(CONJUNCTION);
  if (parts.length === 1) return titleScore(text, category);
  // Two columns' titles joined (公示与公告, 政策法规及解读): named by the joined words or by either title.
  const scores = [parts.join(''), ...parts.filter((p) => p.length >= 3)].map((p) => titleScore(p, category));
  return Math.min(JOINED_SCORE, Math.max(...scores));
}

/** 与 / 和 / 及 between two titles of one column, not at either end. */
const CONJUNCTION = /(?<=..)[与和及](?=..)/;
/** A joined title is never a category's exact title. */
const JOINED_SCORE = 0.8;

/**
 * A title that is part of a listed one names it (征地补偿 of 征地补偿安置方案), unless it is a portal's (政务公开
 * is no part of 政务公开年报: the part it leaves out is what the column is).
 */
const held = (t: string) => t.length >= 3 && !isPortalLink(t);

/**
 * A title holding a listed one, or held by one, or one reordered, scores 0.8, and more the more of the one
 * the other is: 不动产登记公告信息发布 (holding 不动产登记公告) names the category more closely than
 * 不动产登记收费标准 (holding 不动产登记); 公告通知 (通知公告 reordered) scores as a whole title held.
 */
const HOLDS = 0.8;
const HOLDS_SHARE = 0.05;

/** How much of one the other is, when a title holds a listed one, is held by it, or is it reordered. */
function heldShare(t: string, n: string, cut: boolean): number | null {
  if (cut) return n.startsWith(t) && t.length >= 3 ? 0 : null;
  if (t.includes(n)) return n.length / t.length;
  if (n.includes(t) && held(t)) return t.length / n.length;
  return reordered(t, n) ? 1 : null;
}

/** A column title (normalized) is a few characters, never a sentence. */
function isTitleLength(t: string): boolean {
  return t.length >= 2 && t.length <= 20;
}

function titleScore(text: string, category: Category): number {
  const cut = CUT_SHORT.test(text.trim());
  const t = normalize(text);
  if (!isTitleLength(t)) return 0;
  let best = 0;
  for (const name of [category.name, ...category.synonyms]) {
    const n = normalize(name);
    if (n.length < 2) continue;
    if (t === n && !cut) return 1;
    const share = heldShare(t, n, cut);
    if (share !== null) best = Math.max(best, HOLDS + HOLDS_SHARE * share);
  }
  // A title holding a lesser title is that neighbour column's, whatever words it shares with the main ones
  // (基层动态 ends in 动态 as 工作动态 does).
  const lesser = lesserTitleOf(t, cut, category);
  if (lesser) return lesser === 'exact' ? LESSER.exact : LESSER.held;
  return !cut && composedOf(t, category.itemWords) ? Math.max(best, 0.8) : best;
}

/** Whether a title is one of the category's lesser titles, or holds one: a neighbour column's. */
export function lesserTitleIn(text: string, category: Category): 'exact' | 'held' | null {
  return lesserTitleOf(normalize(text), CUT_SHORT.test(text.trim()), category);
}

/** The same for a title normalized already (`cut`: shown cut short). */
function lesserTitleOf(t: string, cut: boolean, category: Category): 'exact' | 'held' | null {
  for (const name of category.lesserTitles) {
    const n = normalize(name);
    if (t === n && !cut) return 'exact';
    if (cut ? n.startsWith(t) && t.length >= 3 : t.includes(n)) return 'held';
  }
  return null;
}

/**
 * The best few candidates per category, strongest first, each URL once per category. Which category an
 * address finally belongs to is decided after the pages are read (`bestProposals` in crawl/discover.ts).
 */
export function rankCandidates(
  links: { text: string; url: string; role?: 'nav' | 'more' | 'item' | 'document' }[],
  categories: readonly Category[],
  perCategory = 3,
): Map<string, Candidate[]> {
  const all: Candidate[] = [];
  for (const link of links) {
    if (link.role === 'document' || isArchiveTitle(link.text)) continue;
    // A link in a list (a news story, a download) that mentions a category is weaker than navigation.
    const weight = link.role === 'item' ? ITEM_LINK_WEIGHT : 1;
    const named = new Set<string>();
    for (const c of categories) {
      const title = nameScore(link.text, c) || (holdsTitleWithGap(link.text, c, categories) ? GAPPED_SCORE : 0);
      const score = title * weight;
      if (score === 0) continue;
      all.push({ category: c.key, url: link.url, text: link.text, score });
      named.add(c.key);
    }
    // A menu entry no listed title names may still say by its words which column it is (矿权交易信息),
    // also when a category's title names its kind only (土地征收公告公示 holds 公告公示); a story in a
    // list mentions any category's words.
    const byWords =
      link.role === 'item' || !isTitleLength(normalize(link.text)) ? null : categoryByWords(link.text, categories);
    if (byWords && !named.has(byWords))
      all.push({ category: byWords, url: link.url, text: link.text, score: WORD_SCORE });
  }
  all.sort((a, b) => b.score - a.score || a.text.length - b.text.length);
  const out = new Map<string, Candidate[]>();
  for (const c of all) {
    const list = out.get(c.category) ?? [];
    if (list.length >= perCategory || list.some((x) => sameColumn(x.url) === sameColumn(c.url))) continue;
    list.push(c);
    out.set(c.category, list);
  }
  return out;
}

/**
 * An archive of a column (征地批复公告（2020年以前）, 通知公告（历史）, 旧版网站信息): kept online, no longer
 * published to, so never the column to watch whatever its name says.
 */
export function isArchiveTitle(text: string): boolean {
  return ARCHIVE.test(text.replace(/\s/g, ''));
}

const ARCHIVE =
  /[（(](\d{4}年?(以前|之前|前)|(\d{4}年?)?(历史|归档|存档|旧版|旧站)[^)）]*)[)）]$|^(历史|归档|存档|旧版|旧站)(信息|数据|栏目|网站|资料)/;

/**
 * A text that holds a category's whole title and more (不动产登记信息公开, 征地信息公开): that column's
 * own name, however much it sounds like a portal.
 */
export function holdsColumnTitle(text: string, categories: readonly Category[]): boolean {
  const t = normalize(text);
  return categories.some((c) =>
    [c.name, ...c.synonyms, ...c.lesserTitles].some((name) => {
      const n = normalize(name);
      return n.length >= 2 && t.includes(n);
    }),
  );
}

/**
 * Pages worth following from a homepage to find more columns (政务公开 / 信息公开目录 portals); a page of
 * the 公开 family that is one document or column of its own (信息公开指南, 信息公开制度, 信息公开年报) is none.
 */
export function isPortalLink(text: string): boolean {
  return (
    /政务公开|信息公开|公开目录|主动公开|政府信息|新闻中心|互动交流|政务服务|办事服务|网站地图|站点地图|网站导航|^sitemap$/i.test(
      text,
    ) &&
    !PORTAL_LEAF.test(text) &&
    text.length <= 12
  );
}

/** What a 公开 page that is no portal ends in: a guide, the rules, a yearly report. */
const PORTAL_LEAF = /(指南|制度|规定|年报|报告)$/;

/** A portal's strength, lower first: a 公开目录 and a 网站地图 list a bureau's columns outright. */
export function portalRank(text: string): number {
  return /公开目录|网站地图|站点地图|网站导航|^sitemap$/i.test(text) ? 0 : 1;
}

/**
 * How well a list's item titles fit a category: the share of titles using one of its item words, or null
 * when the category has none (a 工作动态 list may hold anything). Pure.
 */
export function itemFit(titles: string[], category: Category): number | null {
  if (category.itemWords.length === 0 || titles.length === 0) return null;
  const fits = titles.filter((t) => category.itemWords.some((w) => t.includes(w))).length;
  return fits / titles.length;
}

/** How much a link among a list's items counts against one in navigation. */
export const ITEM_LINK_WEIGHT = 0.5;

/** The words an item title shows its category by: its item words and its longer column titles (出让结果公示). */
function telling(category: Category): string[] {
  return [...category.itemWords, ...[...category.synonyms, ...category.lesserTitles].filter((s) => s.length >= 4)];
}

/**
 * How much a list's items are this category's rather than a close one's (征收土地预公告 vs 征地公告, 出让公告
 * vs 出让结果): per title, the characters the category's item words cover over the most any category's
 * cover, averaged. Categories whose words overlap are told apart by the words only one of them has
 * (预公告, 结果), with nothing named pair by pair. null when the category has no item words. Pure.
 */
export function relativeFit(titles: string[], category: Category, all: readonly Category[]): number | null {
  if (category.itemWords.length === 0 || titles.length === 0) return null;
  let sum = 0;
  for (const t of titles) {
    const own = covered(t, telling(category));
    if (own === 0) continue;
    const most = Math.max(...all.filter((c) => c.itemWords.length > 0).map((c) => covered(t, telling(c))));
    sum += own / most;
  }
  return sum / titles.length;
}

/** A confirmed (category, address) pair and how strongly the column's title and items back it. */
export interface Claim {
  category: string;
  url: string;
  strength: number;
}

/**
 * One column per category and one category per column: the strongest claims first, each taking an
 * address and a category not taken yet, so a category that loses an address to a closer one keeps its
 * next-best. Pure.
 */
export function assignColumns<T extends Claim>(claims: readonly T[]): Map<string, T> {
  const byCategory = new Map<string, T>();
  const taken = new Set<string>();
  for (const c of [...claims].sort((a, b) => b.strength - a.strength)) {
    const column = sameColumn(c.url);
    if (byCategory.has(c.category) || taken.has(column)) continue;
    byCategory.set(c.category, c);
    taken.add(column);
  }
  return byCategory;
}

/** A column's address whichever way it is linked: `/tzgg/` and `/tzgg/index.html` are one column. */
export function sameColumn(url: string): string {
  return url.replace(/\/(index|default)\.(s?html?|jsp|aspx?|php)$/i, '/');
}

/** The category a title names outright (an exact title), if exactly one. */
export function namedCategory(title: string, categories: readonly Category[]): Category | null {
  const exact = categories.filter((c) => nameScore(title, c) === 1);
  return exact.length === 1 ? (exact[0] as Category) : null;
}

/** Below this share of fitting items a list is not the category's column. */
export const MIN_ITEM_FIT = 0.3;

/** Fewer items than this say too little about what a list holds. */
export const MIN_ITEMS_TO_FIT = 5;

/**
 * A list that held this category's items and now holds another's: the column's address was reused after
 * a redesign, or the site now shows a different column there. Pure.
 */
export function nowHoldsOtherItems(previousFit: number | null, fit: number | null): boolean {
  return previousFit !== null && previousFit >= 0.5 && fit !== null && fit < MIN_ITEM_FIT;
}
