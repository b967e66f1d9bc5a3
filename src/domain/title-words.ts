import type { Category } from './types.js';

/**
 * A column title that is none of a category's listed titles can still be told by its words: 矿权交易信息
 * by 矿权, 不动产统一登记 by 不动产 and 登记, 土地使用权出让结果信息 by 出让结果. Titles vary without end
 * from site to site, so this reads them by the categories' own words (item words, names, listed titles):
 * the category whose words cover the most of the title, clearly more than any other's. Pure.
 */

/** What a title told only by its words scores: below any listed title (0.8 and up). */
export const WORD_SCORE = 0.5;
/** Characters the category's words must cover. */
const MIN_COVERED = 2;
/** How far the category must lead the next one. */
const LEAD = 1.5;

/**
 * What a title adds to its subject without saying which it is (矿业权审批出让信息公开, 规划编制信息,
 * 土地出让公告栏): left out, or 信息公开 would name the disclosure report's column.
 */
const FILLER = /(信息公开|信息|公开|发布|栏目|专栏|栏)+$/;
const GENRE = /(公示|公告|通知|通告)+$/;

/** Characters of `title` that occurrences of `words` cover. */
export function covered(title: string, words: readonly string[]): number {
  const hit = new Array<boolean>(title.length).fill(false);
  for (const w of words) {
    for (let i = title.indexOf(w); i >= 0; i = title.indexOf(w, i + 1)) hit.fill(true, i, i + w.length);
  }
  return hit.filter(Boolean).length;
}

/**
 * The fixed pages every 公开 section has (信息公开指南, 政府信息公开制度, 依申请公开, 公开目录): documents
 * about disclosure, no column of what is disclosed, whatever words they share with one.
 */
const DISCLOSURE_PAGE = /^(政府)?(信息|政务)公开(工作)?(指南|制度|规定|目录|平台)$|依申请公开/;

const hanOf = (text: string) => text.replace(/[^\p{Script=Han}\d]/gu, '');

/** A 公开 section's fixed page (信息公开指南, 依申请公开), by its title. */
export function isDisclosurePage(title: string): boolean {
  return DISCLOSURE_PAGE.test(hanOf(title));
}

/** A category's own words: its name, its titles, and its items' words. */
const wordsOf = (c: Category): string[] => [c.name, ...c.synonyms, ...c.lesserTitles, ...c.itemWords];

/** What a listed title with a word put in scores: below the title itself held whole (0.8). */
export const GAPPED_SCORE = 0.7;
/** Characters a word put into a title has: one is a prefix that makes another title (征收土地预公告). */
const GAP = { min: 2, max: 4 };

/**
 * A listed title with a qualifier of its own put in (征收土地〔批准〕公告, 征地批后〔实施〕公告, 信息公开年度
 * 〔工作〕报告): the same column, qualified, unless the word put in is another category's (土地出让〔结果〕
 * 公告 is the result's column). Pure.
 */
export function holdsTitleWithGap(text: string, category: Category, all: readonly Category[]): boolean {
  const t = hanOf(text);
  if (t.length > 20) return false;
  // Read only once a title's head is found: most links hold none.
  let others: string[] | null = null;
  // Another category's word, that none of this category's own words holds (矿业权〔挂牌〕出让 is mining's
  // as 采矿权挂牌出让公告 is).
  const foreign = (word: string) => {
    others ??= all.filter((c) => c.key !== category.key).flatMap(wordsOf);
    return covered(word, others) > 0 && !wordsOf(category).some((w) => w.includes(word));
  };
  for (const n of listedTitles(category)) {
    // Either way round: the title with a qualifier of its own, or the listed title's qualifier left out
    // (土地利用规划 for 土地利用〔总体〕规划).
    if (withGap(t, n, foreign) || (t.length >= 4 && n.length > t.length && withGap(n, t, foreign))) return true;
  }
  return false;
}

/** A category's name and synonyms in Han characters, once per category: every link of a page is held to them. */
const LISTED = new WeakMap<Category, string[]>();
function listedTitles(category: Category): string[] {
  let titles = LISTED.get(category);
  if (!titles) {
    titles = [category.name, ...category.synonyms].map(hanOf);
    LISTED.set(category, titles);
  }
  return titles;
}

/** `longer` is `shorter` with a word of GAP characters put in after its first two characters or more. */
function withGap(longer: string, shorter: string, foreign: (word: string) => boolean): boolean {
  for (let cut = 2; cut <= shorter.length - 2; cut++) {
    const [head, tail] = [shorter.slice(0, cut), shorter.slice(cut)];
    for (let i = longer.indexOf(head); i >= 0; i = longer.indexOf(head, i + 1)) {
      const from = i + head.length;
      for (let gap = GAP.min; gap <= GAP.max; gap++) {
        if (longer.startsWith(tail, from + gap) && !foreign(longer.slice(from, from + gap))) return true;
      }
    }
  }
  return false;
}

/** The category a title's words tell, clearly ahead of any other, or null. */
export function categoryByWords(text: string, categories: readonly Category[]): string | null {
  const whole = hanOf(text);
  if (DISCLOSURE_PAGE.test(whole)) return null;
  const subject = whole.replace(FILLER, '');
  // A notice's kind after the subject (规划管理公示, 土地出让公告) says how, not what: the subject tells,
  // unless nothing else is left (通知公告), or what is left says nothing (网上公示, 信息公告).
  const theme = subject.replace(GENRE, '');
  const readings = [theme, subject, whole].filter((t) => t.length >= 2);
  for (const t of readings) {
    const scored = categories
      .map((c) => ({ key: c.key, covered: covered(t, wordsOf(c)) }))
      .sort((a, b) => b.covered - a.covered);
    const [first, second] = scored;
    if (!first || first.covered < MIN_COVERED) continue;
    return !second || first.covered >= LEAD * second.covered ? first.key : null;
  }
  return null;
}

/**
 * The same title with its words in another order (公告通知, 土地征收公告). Four characters at least, so short
 * words stay apart; a character more or less is not the same title (征收土地预公告 is not 征收土地公告).
 */
export function reordered(t: string, n: string): boolean {
  return t.length >= 4 && t.length === n.length && [...t].sort().join('') === [...n].sort().join('');
}

/**
 * A title made of two or more of the category's item words and nothing else (通知公示, 公示通告): the
 * category's own words in an order its synonyms do not list.
 */
export function composedOf(t: string, words: readonly string[]): boolean {
  const parts = (rest: string): number =>
    rest === ''
      ? 0
      : Math.max(
          -1,
          ...words
            .filter((w) => rest.startsWith(w))
            .map((w) => {
              const n = parts(rest.slice(w.length));
              return n < 0 ? -1 : n + 1;
            }),
        );
  return parts(t) >= 2;
}
