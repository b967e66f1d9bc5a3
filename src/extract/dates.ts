import { addDays, makeDay } from '../domain/day.js';
import type { Day } from '../domain/types.js';

/** How a date was labelled on the page; decides which date of an item is its publication date. */
export type DateLabel = 'publish' | 'plain' | 'generated' | 'written';

export interface DateHit {
  day: Day;
  raw: string;
  label: DateLabel;
  /** The page showed no year (`12-30`): the year was inferred and a list may re-infer it (list-years.ts). */
  yearless?: true;
}

/** The earliest date we believe: no bureau site published before 1995. */
const EARLIEST: Day = '1995-01-01';

const LABEL_WORD = String.raw`(发布|公开|更新|信息|发文|成文|印发|生成|提供)?\s*(?:时间|日期)\s*`;
const LABEL = `(?:${LABEL_WORD}[:：]?)`;
const FULL = String.raw`(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?`;
const SHORT_YEAR = String.raw`(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})`;
const NO_YEAR = String.raw`(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?`;
const TIME = String.raw`(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
/** `星期四`, `周五`, `礼拜天`, after the date or its time (brackets are already spaces). */
const WEEKDAY = String.raw`(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?`;
const TAIL = `${WEEKDAY}${TIME}${WEEKDAY}`;
const BRACKETS = /[[\]【】()（）「」·•|]/g;

const WHOLE_FULL = new RegExp(`^${LABEL}?\\s*${FULL}${TAIL}$`);
const WHOLE_SHORT = new RegExp(`^${LABEL}?\\s*${SHORT_YEAR}${TAIL}$`);
const WHOLE_NO_YEAR = new RegExp(`^${LABEL}?\\s*${NO_YEAR}${TAIL}$`);
/** Inside longer text, only a date introduced by "…时间：" counts. */
const LABELLED_FULL = new RegExp(`${LABEL_WORD}[:：]\\s*${FULL}`);

function labelOf(word: string | undefined): DateLabel {
  if (!word) return 'plain';
  if (word === '成文' || word === '发文' || word === '印发') return 'written';
  if (word === '生成') return 'generated';
  return 'publish';
}

/** Whitespace folded, as shown to people: titles keep their own (full-width) punctuation. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Full-width digits and punctuation to ASCII; gov pages mix both. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The last day a page may carry (tomorrow, for servers ahead of China time), memoised per `today`. */
let latest = { today: '', day: '' };
export function latestPlausible(today: Day): Day {
  if (latest.today !== today) latest = { today, day: addDays(today, 1) };
  return latest.day;
}

const CHINESE_DIGIT = /[〇零○一二三四五六七八九十]/;
const DIGIT_OF: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_DATE =
  /([〇零○一二三四五六七八九]{2,4})\s*年\s*([〇零○一二三四五六七八九十]{1,3})\s*月\s*([〇零○一二三四五六七八九十]{1,4})\s*[日号]/g;

/** `二十三` → 23, `十一` → 11, `〇八` → 8: the numbers of a written-out date (no larger ones occur). */
function chineseNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return Number([...s].map((c) => DIGIT_OF[c] ?? 0).join(''));
  const tens = ten === 0 ? 1 : (DIGIT_OF[s[ten - 1] as string] ?? 0);
  return tens * 10 + (DIGIT_OF[s[ten + 1] ?? ''] ?? 0);
}

/** Dates written in Chinese numerals (`二〇二〇年八月二日`, common in 公文) as `2020年8月2日`. */
function chineseToArabic(text: string): string {
  return text.replace(CHINESE_DATE, (_m, y: string, mo: string, d: string) => {
    const year = [...y].map((c) => DIGIT_OF[c] ?? 0).join('');
    return `${year}年${chineseNumber(mo)}月${chineseNumber(d)}日`;
  });
}

/** Year-less dates belong to the latest year that does not put them in the future. */
function inferYear(month: number, date: number, today: Day): Day | null {
  const year = Number(today.slice(0, 4));
  const sameYear = makeDay(year, month, date);
  if (sameYear && sameYear <= latestPlausible(today)) return sameYear;
  return makeDay(year - 1, month, date);
}

function plausible(day: Day | null, today: Day): day is Day {
  return day !== null && day >= EARLIEST && day <= latestPlausible(today);
}

/**
 * Reads a date from the text of one element when that text *is* a date (optionally labelled, bracketed,
 * with a time), or when a date label introduces it. A date inside a sentence or a title is not a
 * publication date and is ignored.
 */
export function readDate(text: string, today: Day): DateHit | null {
  // Most text nodes are prose or titles: reject them before the costly normalisation.
  if (text.length > 120) return null;
  const written = text.includes('年') && CHINESE_DIGIT.test(text);
  if (!written && !/[0-9０-９]/.test(text)) return null;
  const t = normalizeText(text);
  if (t.length === 0 || t.length > 60) return null;
  const bare = (written ? chineseToArabic(t) : t).replace(BRACKETS, ' ').trim();
  if (!/\d/.test(bare)) return null;
  let m = bare.match(WHOLE_FULL);
  if (m) return hit(makeDay(Number(m[2]), Number(m[3]), Number(m[4])), t, m[1], today);
  m = bare.match(WHOLE_SHORT);
  if (m) {
    const yy = Number(m[2]);
    return hit(makeDay(yy >= 95 ? 1900 + yy : 2000 + yy, Number(m[3]), Number(m[4])), t, m[1], today);
  }
  m = bare.match(WHOLE_NO_YEAR);
  if (m) {
    const found = hit(inferYear(Number(m[2]), Number(m[3]), today), t, m[1], today);
    return found && { ...found, yearless: true };
  }
  m = bare.match(LABELLED_FULL);
  if (m) return hit(makeDay(Number(m[2]), Number(m[3]), Number(m[4])), t, m[1], today);
  return null;
}

/** A plain date of the given parts, when it is a real day a page may carry. */
export function plainDate(year: number, month: number, date: number, raw: string, today: Day): DateHit | null {
  return hit(makeDay(year, month, date), raw, undefined, today);
}

function hit(day: Day | null, raw: string, labelWord: string | undefined, today: Day): DateHit | null {
  return plausible(day, today) ? { day, raw, label: labelOf(labelWord) } : null;
}

/** `YYYY-MM-DD…` as found in `<meta name="PubDate">` and similar machine fields. */
export function readMachineDate(value: string, today: Day): Day | null {
  const m = normalizeText(value).match(new RegExp(`^${FULL}`));
  if (!m) return null;
  const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return plausible(day, today) ? day : null;
}

/** Years a title names as its subject ("2026年度国有建设用地供应计划"). */
export function titleYears(title: string): number[] {
  const years = new Set<number>();
  for (const m of normalizeText(title).matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)) years.add(Number(m[1]));
  return [...years];
}

const LABEL_RANK: Record<DateLabel, number> = { publish: 3, plain: 2, generated: 1, written: 0 };

/** True when `a` is the better publication date of one item: a better label first, then the later day. */
export function betterDate(a: DateHit, b: DateHit | null): boolean {
  if (!b) return true;
  const ra = LABEL_RANK[a.label];
  const rb = LABEL_RANK[b.label];
  return ra !== rb ? ra > rb : a.day > b.day;
}
