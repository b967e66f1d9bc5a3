import { inlineScripts, literalStrings, readConcatenation, readLiteral } from './script-text.js';

/**
 * Lists that a page writes with inline script, recovered from the script text without running it:
 * - literal markup passed to `document.write`/`writeln`, assigned to `innerHTML` or given to jQuery
 *   `.html()`/`.append()`: string literals, `+` concatenations of them, and names the same script binds
 *   once to such a literal (TRS writes titles as `var str='…'; document.write(str)`);
 * - literal arrays assigned to a variable: records (`var data = [{title:'…', url:'…', time:'2026-11-20'}]`)
 *   or HTML strings (`['<li>…</li>', …]`).
 * The recovered markup is inserted right after its script, where a browser would put it, and its links
 * are tagged so the extraction can say the list came from script.
 */

export const SCRIPT_ANCHOR_ATTR = 'data-lw-script';

/** Calls and assignments whose literal argument becomes page markup. */
const WRITES = /document\.write(?:ln)?\s*\(|\.innerHTML\s*\+?=|\.(?:html|append)\s*\(/g;
/** `= [`; what precedes must make it a plain assignment statement (`var list = [`, `a.b = [`). */
const ARRAY_ASSIGNMENT = /=\s*(?=\[)/g;
const ASSIGNEE = /(?:^|[;{}\n,])\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*$/;
/** Cheap tests on each script's text before any parsing (measured faster than substring searches). */
const WRITE_HINT = /document\.write|\.innerHTML\s*\+?=\s*['"`]|\.(?:html|append)\(\s*['"`]\s*</;
const ARRAY_HINT = /=\s*\[\s*[{'"`]/;
/** A list's literal starts with markup or shows a quoted date early on; channel trees and configs do not. */
const MARKUP_START = /^\[\s*["'`]\s*</;
const QUOTED_DATE = /["'`](?:[^"'`\n\d]{0,6}[:：])?\s*[[【(（]?\s*[0-9０-９]{2,4}\s*[-/.年]\s*[0-9０-９]{1,2}/;
const LOOK_AHEAD = 4000;

type Row = Record<string, unknown>;

const TITLE_KEY = /title|^(name|bt|biaoti|topic|subject|mc|wzbt)$/i;
const URL_KEY = /url|href|link|^(path|lj)$/i;
const DATE_KEY = /date|time|^(rq|fbrq|fbsj|sj|riqi)$/i;
/** Keys naming the publication date rank first; creation and edit times last. */
const PUBLISH_KEY = /pub|release|fb|fabu|^(date|time|rq|riqi)$/i;
const SECONDARY_KEY = /create|update|modif|edit|cw|write/i;
/** Full-width digits (２０２６年１１月２５日) are a date form of their own on some sites. */
const DATE_LIKE = /[0-9０-９]{1,4}\s*[-/.年]\s*[0-9０-９]{1,2}/;

function escapeText(s: string): string {
  return s
    .replace(/&(?![#\w]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function stringField(row: Row, key: RegExp, accept: (v: string) => boolean = (v) => v.trim() !== ''): string | null {
  let best: { rank: number; value: string } | null = null;
  for (const [k, v] of Object.entries(row)) {
    if (typeof v !== 'string' || !key.test(k) || !accept(v)) continue;
    const rank = key === DATE_KEY ? (SECONDARY_KEY.test(k) ? 0 : PUBLISH_KEY.test(k) ? 2 : 1) : 1;
    if (!best || rank > best.rank) best = { rank, value: v };
  }
  return best?.value ?? null;
}

function recordMarkup(row: Row): string | null {
  const title = stringField(row, TITLE_KEY);
  const date = stringField(row, DATE_KEY, (v) => DATE_LIKE.test(v));
  if (!title || !date) return null;
  const url = stringField(row, URL_KEY) ?? '';
  const plainTitle = title.replace(/<[^>]*>/g, '');
  return `<li><a ${SCRIPT_ANCHOR_ATTR} href="${escapeAttr(url)}">${escapeText(plainTitle)}</a> <span>${escapeText(date)}</span></li>`;
}

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Markup for a literal array when it is a list: most entries dated records, or HTML strings. */
function arrayMarkup(values: unknown[]): string {
  if (values.length === 0) return '';
  if (values.every((v) => typeof v === 'string') && values.some((v) => v.trimStart().startsWith('<')))
    return tagAnchors(values.join(''));
  const rows = values.filter(isRow).map(recordMarkup);
  const listed = rows.filter((r) => r !== null);
  return listed.length * 2 >= values.length ? `<ul class="lw-script-list">${listed.join('')}</ul>` : '';
}

function tagAnchors(markup: string): string {
  return markup.replace(/<a(?=[\s>])/gi, `<a ${SCRIPT_ANCHOR_ATTR}`);
}

function writtenMarkup(body: string): string {
  let out = '';
  const vars = /\b(?:var|let|const)\s/.test(body) ? literalStrings(body) : undefined;
  for (const m of body.matchAll(WRITES)) {
    const arg = readConcatenation(body, (m.index ?? 0) + m[0].length, vars);
    // The literal must be the whole argument or right-hand side, not the start of an expression.
    const next = arg ? (body[arg.end] ?? '') : '';
    const closes = m[0].endsWith('=') ? !/[.[(?|&*/-]/.test(next) : next === ')';
    if (arg && closes) out += arg.value;
  }
  return tagAnchors(out);
}

function arraysMarkup(body: string): string {
  let out = '';
  for (const m of body.matchAll(ARRAY_ASSIGNMENT)) {
    const at = m.index ?? 0;
    if (!ASSIGNEE.test(body.slice(Math.max(0, at - 80), at))) continue;
    const start = at + m[0].length;
    const head = body.slice(start, start + LOOK_AHEAD);
    if (!MARKUP_START.test(head) && !QUOTED_DATE.test(head)) continue;
    const literal = readLiteral(body, start);
    if (literal && Array.isArray(literal.value)) out += arrayMarkup(literal.value);
  }
  return out;
}

/** The page with markup recovered from its scripts inserted after each script; unchanged when none. */
export function inlineScriptOutput(html: string): string {
  let out = '';
  let copied = 0;
  for (const block of inlineScripts(html)) {
    const markup = WRITE_HINT.test(block.body) ? writtenMarkup(block.body) : '';
    const listed = ARRAY_HINT.test(block.body) ? arraysMarkup(block.body) : '';
    if (markup === '' && listed === '') continue;
    out += `${html.slice(copied, block.end)}${markup}${listed}`;
    copied = block.end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}
