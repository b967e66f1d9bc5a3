import { deflateRawSync, inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { fnv1a } from '../domain/hash.js';
import type { SimBureau } from './model.js';

/**
 * Pages as bytes on the wire: the bureau's charset, validators, and a bounded cache of rendered pages.
 * The cache keeps pages deflated (real-size pages are mostly repeated chrome), so a national network of
 * 48,000 list pages fits in a few hundred MB; past its budget the oldest pages go and are rendered again.
 */

/** The charset a bureau's pages declare (GBK sites declare it only in `<meta>`). */
export function charsetOf(bureau: SimBureau): string {
  return bureau.gbk ? 'gb2312' : 'utf-8';
}

/** Most CMSs answer conditional requests; about one site in ten (dynamic search pages, odd servers) does not. */
export function supportsValidators(bureau: SimBureau): boolean {
  return fnv1a(`etag:${bureau.id}`) % 10 !== 0;
}

/** A %-escaped query value's bytes read as GBK, as IIS/ASP reads them on a code-page-936 site. */
function gbkDecode(value: string): string {
  const text = value.replace(/\+/g, ' ');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '%' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i] as string));
  }
  return iconv.decode(Buffer.from(bytes), 'gbk');
}

/** A request's query as the site reads it: a GBK site decodes %-escaped names (`BigClassName=%CD%C1…`) as GBK. */
export function queryOf(search: string, gbk: boolean): URLSearchParams {
  if (!gbk || !search.includes('%')) return new URLSearchParams(search);
  const params = new URLSearchParams();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    params.append(gbkDecode(at < 0 ? pair : pair.slice(0, at)), at < 0 ? '' : gbkDecode(pair.slice(at + 1)));
  }
  return params;
}

export interface EncodedPage {
  body: Buffer;
  etag: string;
}

export function encodePage(html: string, utf8: boolean): EncodedPage {
  const body = utf8 ? Buffer.from(html) : iconv.encode(html, 'gbk');
  return { body, etag: `"${fnv1a(html).toString(16)}-${body.length}"` };
}

interface Stored {
  deflated: Buffer;
  etag: string;
}

export class PageCache {
  private readonly pages = new Map<string, Stored>();
  private bytes = 0;

  constructor(private readonly budgetBytes = 512 * 2 ** 20) {}

  /** The page at `key`, rendered and encoded by `make` when it is not cached. */
  get(key: string, make: () => EncodedPage): EncodedPage {
    const hit = this.pages.get(key);
    if (hit) {
      // Map order is insertion order: re-inserting marks the page recently used.
      this.pages.delete(key);
      this.pages.set(key, hit);
      return { body: inflateRawSync(hit.deflated), etag: hit.etag };
    }
    const page = make();
    this.put(key, page);
    return page;
  }

  private put(key: string, page: EncodedPage): void {
    // A copy: zlib's output buffer is larger than what it holds, and would be kept whole.
    const stored = { deflated: Buffer.from(deflateRawSync(page.body, { level: 1 })), etag: page.etag };
    this.pages.set(key, stored);
    this.bytes += stored.deflated.length;
    for (const [k, v] of this.pages) {
      if (this.bytes <= this.budgetBytes) break;
      this.pages.delete(k);
      this.bytes -= v.deflated.length;
    }
  }

  /** Deflated bytes held. */
  held(): number {
    return this.bytes;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }
}
