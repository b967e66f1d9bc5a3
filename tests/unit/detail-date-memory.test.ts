import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { extractDetailDate } from '../../src/extract/detail.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A 30 KB article page with its date in a PubDate meta, unique per `n` so no two share a string. */
function detailPage(n: number): Uint8Array {
  const body = `<p>第${n}段正文，关于国有建设用地使用权出让的说明。</p>`.repeat(400);
  return new TextEncoder().encode(
    `<html><head><meta charset="utf-8"><meta name="PubDate" content="2026-09-${String(1 + (n % 28)).padStart(2, '0')} 10:00"><title>公告${n}</title></head><body>${body}</body></html>`,
  );
}

describe('detail dates kept for long', () => {
  it('do not keep their pages alive', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = Array.from({ length: 1000 }, (_, n) => extractDetailDate(detailPage(n), null, '2026-12-01'));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept.every((d) => d?.provenance.raw.startsWith('2026-09-'))).toBe(true);
    // 1,000 pages of ~30 KB each: kept with their dates they would be ~30 MB; the dates alone are well under 1 MB.
    expect(grown).toBeLessThan(5 * 1024 * 1024);
  });
});
