/** Bytes → text. Gov sites still serve GBK, often declared only in `<meta>`, so we never trust `.text()`. */

export type CharsetSource = 'hint' | 'bom' | 'header' | 'meta' | 'sniffed' | 'default';

export type Decoded =
  | { ok: true; text: string; charset: string; source: CharsetSource }
  | { ok: false; reason: string };

const GB_LABELS = new Set([
  'gb2312',
  'gbk',
  'x-gbk',
  'gb18030',
  'cp936',
  'csgb2312',
  'chinese',
  'gb_2312-80',
  'euc-cn',
]);

/**
 * Maps a declared label to the decoder we use. Every GB label goes to gb18030: it is a superset, and ICU's
 * `gbk` mangles the four-byte sequences real pages contain.
 */
export function normalizeCharset(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (GB_LABELS.has(l)) return 'gb18030';
  if (l === 'utf8' || l === 'utf-8') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return null;
}

/** Reads `<meta charset>`, `http-equiv` content or an XML declaration from the first 4 KB. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const meta = head.match(/<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i);
  if (meta?.[1]) return meta[1];
  return head.match(/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i)?.[1] ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeBody(bytes: Uint8Array, contentType?: string | null, hint?: string | null): Decoded {
  const bom = bomCharset(bytes);
  // A BOM is unambiguous and wins over any declaration, as in browsers.
  const candidates: [string | null | undefined, CharsetSource][] = [
    [hint, 'hint'],
    [bom?.charset, 'bom'],
    [charsetFromContentType(contentType), 'header'],
    [metaCharset(bytes), 'meta'],
  ];
  for (const [label, source] of candidates) {
    if (!label) continue;
    const charset = normalizeCharset(label);
    if (!charset) {
      if (source === 'hint') return { ok: false, reason: `unknown charset "${label}" in the section's hints` };
      continue; // A bogus declaration: fall through to the next clue.
    }
    const body = source === 'bom' && bom ? bytes.subarray(bom.skip) : bytes;
    return { ok: true, text: new TextDecoder(charset).decode(body), charset, source };
  }
  if (isValidUtf8(bytes))
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: 'default' };
  // Undeclared and not UTF-8: on these sites that is almost always GBK.
  const gb = new TextDecoder('gb18030', { fatal: true });
  try {
    return { ok: true, text: gb.decode(bytes), charset: 'gb18030', source: 'sniffed' };
  } catch {
    return { ok: false, reason: 'bytes are neither valid UTF-8 nor GB18030 and no charset is declared' };
  }
}
