import { fnv1a } from '../domain/hash.js';

/**
 * How big a page is. Real bureau pages weigh 10–120 KB (median about 30 KB), most of it chrome: menus,
 * inline styles and scripts. Each page gets a stable target from its key, log-normal around the median,
 * and the renderer pads its inline style to reach it.
 */

const MEDIAN_BYTES = 30_000;
const SPREAD = 0.55;
export const MIN_PAGE_BYTES = 10_000;
export const MAX_PAGE_BYTES = 120_000;

function uniform(key: string): number {
  return ((fnv1a(key) % 1_000_000) + 0.5) / 1_000_000;
}

/** The target size in bytes of the page at `key` (bureau address + path). */
export function targetBytes(key: string): number {
  // Box–Muller over two stable uniforms.
  const z = Math.sqrt(-2 * Math.log(uniform(`a:${key}`))) * Math.cos(2 * Math.PI * uniform(`b:${key}`));
  const bytes = Math.round(MEDIAN_BYTES * Math.exp(SPREAD * z));
  return Math.min(MAX_PAGE_BYTES, Math.max(MIN_PAGE_BYTES, bytes));
}

const RULES = [
  'margin:0;padding:0',
  'font-size:14px;line-height:28px;color:#333',
  'float:left;width:100%;overflow:hidden',
  'border-bottom:1px dashed #ddd;height:36px',
  'background:url(../images/dot.png) no-repeat left center',
  'display:block;text-align:center;color:#fff;background:#1b5faa',
  'position:relative;z-index:9;width:1200px;margin:0 auto',
];

/**
 * One template stylesheet every page's inline style is a prefix of: built once, ASCII (the same bytes in
 * GBK and UTF-8), and repetitive the way CMS stylesheets are, so cached pages deflate well.
 */
const SHEET = Array.from(
  { length: Math.ceil(MAX_PAGE_BYTES / 40) },
  (_, i) => `.m${((i * 7919) % 4096).toString(36)} li a{${RULES[i % RULES.length]}}\n`,
).join('');

/** Style rules of the template's inline stylesheet, `bytes` long. */
export function stylePadding(bytes: number): string {
  return SHEET.slice(0, Math.max(0, bytes));
}
