/**
 * The baseline a competent engineer would write in an afternoon: decode (GBK when the page says so), find
 * the list by a simple heuristic, take the newest date by regex. Two variants, one on cheerio and one on
 * regular expressions alone; the bench runs them beside landwatch so every figure is a comparison.
 */
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';

/** Year, month, day in the usual Chinese list formats: 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日. */
const DATE = /(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/g;

/** GBK when the header or a meta tag near the top says GBK/GB2312/GB18030, UTF-8 otherwise. */
export function naiveDecode(bytes: Uint8Array, contentType: string | null): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const gbk = /charset\s*=\s*["']?\s*(gbk|gb2312|gb18030)/i.test(`${contentType ?? ''} ${head}`);
  return gbk ? iconv.decode(Buffer.from(bytes), 'gbk') : Buffer.from(bytes).toString('utf8');
}

/** The newest date in a piece of text, as YYYY-MM-DD, or null. */
export function newestDate(text: string): string | null {
  let newest: string | null = null;
  for (const m of text.matchAll(DATE)) {
    const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (newest === null || day > newest) newest = day;
  }
  return newest;
}

const HAS_DATE = /20\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/** cheerio: the list is the ul/ol/tbody with the most dated, link-bearing rows; the newest date in it. */
export function newestByCheerio(html: string): string | null {
  const $ = cheerio.load(html);
  let best: { text: string; rows: number } | null = null;
  $('ul, ol, tbody').each((_, el) => {
    const rows = $(el)
      .children('li, tr')
      .filter((_, c) => $(c).find('a').length > 0 && HAS_DATE.test($(c).text())).length;
    if (rows > (best?.rows ?? 0)) best = { text: $(el).text(), rows };
  });
  return best ? newestDate((best as { text: string }).text) : null;
}

/** Regular expressions alone: the <ul>/<ol>/<table> block with the most dated <li>/<tr>; its newest date. */
export function newestByRegex(html: string): string | null {
  let best: { block: string; rows: number } | null = null;
  for (const m of html.matchAll(/<(ul|ol|table)\b[\s\S]*?<\/\1>/gi)) {
    const rows = m[0].split(/<(?:li|tr)\b/i).filter((row) => HAS_DATE.test(row)).length;
    if (rows > (best?.rows ?? 0)) best = { block: m[0], rows };
  }
  return best ? newestDate(best.block.replace(/<[^>]*>/g, ' ')) : null;
}
