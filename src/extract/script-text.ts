/**
 * Reads literal values out of inline JavaScript without running it: string literals (with `+`
 * concatenation of literals), numbers, and arrays/objects made only of literals. Anything that is not a
 * literal (a variable, a call, an operator) makes the read fail, so nothing computed is ever guessed.
 */

export interface ScriptBlock {
  /** Index just past `</script>` in the page. */
  end: number;
  body: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NOT_JS_TYPE = /\btype\s*=\s*["']?(?!(?:text|application)\/(?:javascript|ecmascript)|module\b)[\w/+-]+/i;

/** Inline JavaScript blocks of a page (no `src`, no data or template types such as text/xml). */
export function inlineScripts(html: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  if (!/<script/i.test(html)) return blocks;
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs) || NOT_JS_TYPE.test(attrs)) continue;
    blocks.push({ end: (m.index ?? 0) + m[0].length, body: m[2] ?? '' });
  }
  return blocks;
}

export interface Read<T> {
  value: T;
  end: number;
}

/** Literals nested deeper than this are not data a list needs. */
const MAX_DEPTH = 12;

/** Skips whitespace and comments; returns the next significant index. */
export function skipSpace(src: string, pos: number): number {
  let i = pos;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff) i++;
    else if (c === 47 && src[i + 1] === '/') {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl + 1;
    } else if (c === 47 && src[i + 1] === '*') {
      const close = src.indexOf('*/', i + 2);
      i = close < 0 ? src.length : close + 2;
    } else break;
  }
  return i;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function hexAt(src: string, from: number, length: number): number | null {
  const hex = src.slice(from, from + length);
  return hex.length === length && /^[0-9a-f]+$/i.test(hex) ? Number.parseInt(hex, 16) : null;
}

/** One quoted string literal ('…', "…", or a backtick literal without `${`), escapes decoded. */
export function readString(src: string, pos: number): Read<string> | null {
  const quote = src[pos];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let out = '';
  let i = pos + 1;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === quote) return { value: out, end: i + 1 };
    if (quote === '`' && c === '$' && src[i + 1] === '{') return null;
    if ((c === '\n' || c === '\r') && quote !== '`') return null;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e === 'u' && src[i + 2] === '{') {
      const close = src.indexOf('}', i + 3);
      const code = close > 0 ? hexAt(src, i + 3, close - i - 3) : null;
      if (code === null || code > 0x10ffff) return null;
      out += String.fromCodePoint(code);
      i = close + 1;
    } else if (e === 'u' || e === 'x') {
      const length = e === 'u' ? 4 : 2;
      const code = hexAt(src, i + 2, length);
      if (code === null) return null;
      out += String.fromCharCode(code);
      i += 2 + length;
    } else if (e === '\r' || e === '\n') {
      i += src[i + 1] === '\r' && src[i + 2] === '\n' ? 3 : 2; // a line continuation adds nothing
    } else {
      out += SIMPLE_ESCAPES[e] ?? e;
      i += 2;
    }
  }
  return null;
}

/** Names bound once to a literal string in the same script (`var title = '…';`), usable as operands. */
export type StringVars = ReadonlyMap<string, string>;

const IDENTIFIER = /[A-Za-z_$][\w$]*/y;

function readOperand(src: string, pos: number, vars: StringVars | undefined): Read<string> | null {
  const quoted = readString(src, pos);
  if (quoted || !vars) return quoted;
  IDENTIFIER.lastIndex = pos;
  const name = IDENTIFIER.exec(src)?.[0];
  const value = name === undefined ? undefined : vars.get(name);
  return value === undefined || name === undefined ? null : { value, end: pos + name.length };
}

/**
 * String literals (and, given `vars`, names of literal strings) joined with `+`:
 * `'<li>' + '…' + '</li>'`. Fails on any other operand; the caller checks what follows the end.
 */
export function readConcatenation(src: string, pos: number, vars?: StringVars): Read<string> | null {
  let operand = readOperand(src, skipSpace(src, pos), vars);
  if (!operand) return null;
  let value = operand.value;
  let i = skipSpace(src, operand.end);
  while (src[i] === '+' && src[i + 1] !== '+' && src[i + 1] !== '=') {
    operand = readOperand(src, skipSpace(src, i + 1), vars);
    if (!operand) return null;
    value += operand.value;
    i = skipSpace(src, operand.end);
  }
  return { value, end: i };
}

const DECLARATION = /\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=(?!=)/g;

/** The script's names declared with a literal string and never assigned again. */
export function literalStrings(body: string): StringVars {
  const vars = new Map<string, string>();
  for (const m of body.matchAll(DECLARATION)) {
    const name = m[1] as string;
    const read = readConcatenation(body, (m.index ?? 0) + m[0].length, vars);
    const reassigned = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*(?:[-+*/]?=(?!=)|\\+\\+|--)`, 'g');
    const assignments = body.match(reassigned)?.length ?? 0;
    if (read && /^[;,\n]|^$/.test(body[read.end] ?? '') && assignments === 1) vars.set(name, read.value);
    else vars.delete(name);
  }
  return vars;
}

const NUMBER = /-?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const WORD_VALUES: Record<string, unknown> = { true: true, false: false, null: null, undefined: undefined };

function readWord(src: string, pos: number, re: RegExp): string | null {
  re.lastIndex = pos;
  const m = re.exec(src);
  return m ? m[0] : null;
}

/** A JS literal value: string (or concatenation), number, boolean, null, array or object of literals. */
export function readLiteral(src: string, pos: number, depth = 0): Read<unknown> | null {
  const i = skipSpace(src, pos);
  const c = src[i];
  if (c === '[') return depth < MAX_DEPTH ? readArray(src, i, depth) : null;
  if (c === '{') return depth < MAX_DEPTH ? readObject(src, i, depth) : null;
  if (c === "'" || c === '"' || c === '`') return readConcatenation(src, i);
  const number = readWord(src, i, NUMBER);
  if (number) return { value: Number(number), end: skipSpace(src, i + number.length) };
  const word = readWord(src, i, WORD);
  if (word && word in WORD_VALUES) return { value: WORD_VALUES[word], end: skipSpace(src, i + word.length) };
  return null;
}

function readArray(src: string, open: number, depth: number): Read<unknown[]> | null {
  const values: unknown[] = [];
  let i = skipSpace(src, open + 1);
  while (src[i] !== ']') {
    const item = readLiteral(src, i, depth + 1);
    if (!item) return null;
    values.push(item.value);
    i = item.end;
    if (src[i] === ',') i = skipSpace(src, i + 1);
    else if (src[i] !== ']') return null;
  }
  return { value: values, end: skipSpace(src, i + 1) };
}

function readKey(src: string, pos: number): Read<string> | null {
  const quoted = readString(src, pos);
  if (quoted) return quoted;
  const word = readWord(src, pos, WORD) ?? readWord(src, pos, NUMBER);
  return word ? { value: word, end: pos + word.length } : null;
}

function readObject(src: string, open: number, depth: number): Read<Record<string, unknown>> | null {
  const record: Record<string, unknown> = {};
  let i = skipSpace(src, open + 1);
  while (src[i] !== '}') {
    const key = readKey(src, i);
    if (!key) return null;
    i = skipSpace(src, key.end);
    if (src[i] !== ':') return null;
    const value = readLiteral(src, i + 1, depth + 1);
    if (!value) return null;
    if (key.value !== '__proto__') record[key.value] = value.value;
    i = value.end;
    if (src[i] === ',') i = skipSpace(src, i + 1);
    else if (src[i] !== '}') return null;
  }
  return { value: record, end: skipSpace(src, i + 1) };
}
