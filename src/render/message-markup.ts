import type { ChatLine, Segment } from '../domain/chat-message.js';

/**
 * How one platform writes each kind of segment. Every renderer goes through this, so raw text is always
 * escaped by the platform that shows it, and by nothing else.
 */
export interface Markup {
  /** Raw text, escaped so it formats, links and mentions nothing. */
  text(raw: string): string;
  /** A link whose text is already escaped; only called with a `linkable` address. */
  link(text: string, url: string): string;
  strong(text: string): string;
  user(id: string, name: string): string;
  /** Escapes what only means something at the start of a line (headings, quotes, lists). */
  lineStart(line: string): string;
}

/** Addresses shown as links: http(s) only, and nothing that could end the link's markup early. */
function linkable(url: string): boolean {
  return /^https?:\/\//i.test(url) && !/[\s()<>[\]"'`]/.test(url);
}

function segment(s: Segment, m: Markup): string {
  if (typeof s === 'string') return m.text(s);
  if ('url' in s) return linkable(s.url) ? m.link(m.text(s.text), s.url) : m.text(s.text);
  if ('strong' in s) return m.strong(m.text(s.strong));
  return m.user(s.user, s.name);
}

function lineMarkup(line: ChatLine, m: Markup): string {
  return m.lineStart(line.map((s) => segment(s, m)).join(''));
}

export function linesMarkup(lines: ChatLine[], m: Markup): string[] {
  return lines.map((l) => lineMarkup(l, m));
}

/** Whole lines up to `max` characters, then an ellipsis: a cut never splits an escape or a link. */
export function fitLines(lines: string[], max: number, join = '\n'): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}${join}${line}` : line;
    if (next.length > max - 2) return out ? `${out}${join}…` : `${line.slice(0, max - 1)}…`;
    out = next;
  }
  return out;
}

/** Characters that look alike but mean nothing to a Markdown parser, for platforms without escapes. */
const LOOKALIKES: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  '[': '［',
  ']': '］',
  '*': '＊',
  '`': '｀',
  _: '＿',
  '~': '～',
  '#': '＃',
  '-': '－',
  '+': '＋',
};

export function lookalike(text: string, chars: RegExp): string {
  return text.replace(chars, (c) => LOOKALIKES[c] ?? c);
}

/** Control characters (terminal escapes among them) from scraped text; line breaks stay. */
export function withoutControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}
