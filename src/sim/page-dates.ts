import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem } from './model.js';

/**
 * How a site writes its list dates. The classic forms are ISO, slashes, 年月日, full-width digits and
 * year-less `[MM-DD]`; sites with `newDateForms` also write 发布日期：…, dates with a weekday, dates
 * written by `document.write`, and bare year-less `MM-DD` in lists that cross a New Year.
 */

export type DateStyle =
  | 'iso'
  | 'slash'
  | 'cn'
  | 'fullwidth'
  | 'yearless'
  | 'labelled'
  | 'weekday'
  | 'weekday-short'
  | 'script-written'
  | 'yearless-bare';

const CLASSIC: DateStyle[] = ['iso', 'iso', 'iso', 'slash', 'cn', 'fullwidth', 'yearless'];
const NEWER: DateStyle[] = ['labelled', 'weekday', 'weekday-short', 'script-written', 'yearless-bare'];

const FULLWIDTH = '０１２３４５６７８９';
const WEEKDAYS = '日一二三四五六';
const CN_DIGITS = '〇一二三四五六七八九';

function monthsBack(today: Day, months: number): Day {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** The style of a list, given what it shows: a year-less list is only readable when it spans under ten months. */
export function dateStyle(bureau: SimBureau, items: SimItem[], today: Day): DateStyle {
  const styles = bureau.newDateForms ? NEWER : CLASSIC;
  let style = styles[fnv1a(bureau.id) % styles.length] as DateStyle;
  // Year-less rows matter most where a list crosses a New Year: those sites show them in early January.
  if (bureau.newDateForms && today.slice(5, 7) === '01') style = fnv1a(bureau.id) % 2 ? 'yearless-bare' : 'yearless';
  const oldest = items.reduce<Day | undefined>((m, i) => (m === undefined || i.date < m ? i.date : m), undefined);
  if ((style === 'yearless' || style === 'yearless-bare') && oldest && oldest < monthsBack(today, 10)) return 'iso';
  return style;
}

function weekday(day: Day): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] as string;
}

/** `day` as the style writes it, as HTML (a script-written date is a `<script>` element). */
export function showDate(day: Day, style: DateStyle): string {
  const [y, m, d] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)];
  switch (style) {
    case 'slash':
      return `${y}/${Number(m)}/${Number(d)}`;
    case 'cn':
      return `${y}年${Number(m)}月${Number(d)}日`;
    case 'fullwidth':
      return `${y}年${m}月${d}日`.replace(/\d/g, (c) => FULLWIDTH[Number(c)] as string);
    case 'yearless':
      return `[${m}-${d}]`;
    case 'yearless-bare':
      return `${m}-${d}`;
    case 'labelled':
      return `发布日期：${y}年${m}月${d}日`;
    case 'weekday':
      return `${y}年${Number(m)}月${Number(d)}日 星期${weekday(day)}`;
    case 'weekday-short':
      return `${day}(周${weekday(day)})`;
    case 'script-written':
      return `<script>document.write('${day}')</script>`;
    default:
      return day;
  }
}

/** A date in Chinese numerals, as some detail pages and 公文 write it: 二〇二〇年八月二日. */
export function chineseNumeralDate(day: Day): string {
  const digits = (s: string) => s.replace(/\d/g, (c) => CN_DIGITS[Number(c)] as string);
  const small = (n: number) =>
    n < 10
      ? (CN_DIGITS[n] as string)
      : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${digits(day.slice(0, 4))}年${small(Number(day.slice(5, 7)))}月${small(Number(day.slice(8, 10)))}日`;
}

/** The style for a date inside a string or CDATA, where a `<script>` would not run: script-written becomes ISO. */
export function plainStyle(style: DateStyle): DateStyle {
  return style === 'script-written' ? 'iso' : style;
}
