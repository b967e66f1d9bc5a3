/**
 * Data literals in a page's inline scripts (`var navData=[{name:'…',url:'…'}]`, a channel JSON), read
 * without running anything: a small parser of JS object and array literals (quoted or bare keys, '…' and
 * "…" strings, numbers, true/false/null, comments, trailing commas). Any other expression fails the
 * literal, and the scan moves on. Pure.
 */

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Nesting a literal may have: a menu is a few levels deep. */
const MAX_DEPTH = 16;

class NotALiteral extends Error {}

const fail = (): never => {
  throw new NotALiteral();
};

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function parser(src: string, start: number) {
  let at = start;
  const space = () => {
    for (;;) {
      while (at < src.length && /\s/.test(src[at] as string)) at++;
      if (src.startsWith('//', at)) at = src.indexOf('\n', at) < 0 ? src.length : src.indexOf('\n', at);
      else if (src.startsWith('/*', at)) at = src.indexOf('*/', at) < 0 ? fail() : src.indexOf('*/', at) + 2;
      else return;
    }
  };
  const string = (): string => {
    const quote = src[at++];
    let out = '';
    while (at < src.length && src[at] !== quote) {
      const c = src[at++] as string;
      if (c === '\n') fail();
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = src[at++] ?? fail();
      if (e === 'u' || e === 'x') {
        const hex = src.slice(at, at + (e === 'u' ? 4 : 2));
        if (!/^[0-9a-f]+$/i.test(hex)) fail();
        out += String.fromCharCode(Number.parseInt(hex, 16));
        at += hex.length;
      } else out += ESCAPES[e] ?? e;
    }
    if (src[at++] !== quote) fail();
    return out;
  };
  const word = (): string => {
    const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(at, at + 64)) ?? fail();
    at += m[0].length;
    return m[0];
  };
  const value = (depth: number): Literal => {
    if (depth > MAX_DEPTH) fail();
    space();
    const c = src[at];
    if (c === '"' || c === "'") return string();
    if (c === '[') {
      at++;
      const out: Literal[] = [];
      for (space(); src[at] !== ']'; space()) {
        out.push(value(depth + 1));
        space();
        if (src[at] === ',') at++;
        else if (src[at] !== ']') fail();
      }
      at++;
      return out;
    }
    if (c === '{') {
      at++;
      const out: { [key: string]: Literal } = {};
      for (space(); src[at] !== '}'; space()) {
        const key = src[at] === '"' || src[at] === "'" ? string() : word();
        space();
        if (src[at++] !== ':') fail();
        out[key] = value(depth + 1);
        space();
        if (src[at] === ',') at++;
        else if (src[at] !== '}') fail();
      }
      at++;
      return out;
    }
    const n = /^-?\d+(\.\d+)?/.exec(src.slice(at, at + 32));
    if (n) {
      at += n[0].length;
      return Number(n[0]);
    }
    const w = word();
    if (w === 'true' || w === 'false') return w === 'true';
    return w === 'null' || w === 'undefined' ? null : fail();
  };
  return {
    parse: (): { value: Literal; end: number } => ({ value: value(0), end: at }),
  };
}

/** The literal that starts at `start` ([ or {), with where it ends, or null when none does. */
function literalAt(src: string, start: number): { value: Literal; end: number } | null {
  try {
    return parser(src, start).parse();
  } catch (e) {
    if (e instanceof NotALiteral) return null;
    throw e;
  }
}

/**
 * The arrays and objects a script assigns or passes as data (after `=`, `(`, `:` or `,`, or opening the
 * script), outermost only. A failed `{` (a function's body) moves the scan on by one character.
 */
export function scriptLiterals(src: string): Literal[] {
  const out: Literal[] = [];
  const opening = /[[{]/g;
  for (let at = 0; at < src.length; ) {
    opening.lastIndex = at;
    const next = opening.exec(src);
    if (!next) break;
    const start = next.index;
    const before = src.slice(Math.max(0, start - 8), start).trimEnd();
    const found = before === '' || /[=(:,]$/.test(before) ? literalAt(src, start) : null;
    if (found && typeof found.value === 'object' && found.value !== null) {
      out.push(found.value);
      at = found.end;
    } else at = start + 1;
  }
  return out;
}

/** A string that is itself JSON data (`urls: "{\"pc\":\"…\"}"`, `JSON.parse('[…]')`), parsed; else null. */
export function jsonInString(s: string): Literal | null {
  const t = s.trim();
  if (!/^[[{]/.test(t)) return null;
  try {
    return JSON.parse(t) as Literal;
  } catch {
    return null;
  }
}
