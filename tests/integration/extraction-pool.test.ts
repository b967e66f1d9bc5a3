import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractionPool } from '../../src/crawl/extraction-pool.js';
import { extractSection } from '../../src/extract/extract.js';
import * as pages from '../fixtures/pages.js';

const inputs = [
  { bytes: Buffer.from(pages.trsTable), contentType: 'text/html; charset=utf-8' },
  { bytes: Buffer.from(pages.commentedList), contentType: 'text/html; charset=utf-8' },
  { bytes: Buffer.from(pages.blankSection), contentType: 'text/html; charset=utf-8' },
  { bytes: Buffer.from(pages.scriptRendered), contentType: 'text/html; charset=utf-8' },
  { bytes: iconv.encode(pages.gbkSource, 'gbk'), contentType: 'text/html' },
].map((p) => ({ ...p, url: 'http://127.0.0.1/col/', today: '2026-11-27' }));

describe('page extraction on worker threads', () => {
  it('reads every page exactly as the main thread does, and leaves the caller its bytes', async () => {
    const read = extractionPool(2);
    const onThreads = await Promise.all(inputs.map((input) => read(input)));
    expect(onThreads).toEqual(inputs.map((input) => extractSection(input)));
    expect(onThreads.map((e) => e.status)).toEqual(['ok', 'ok', 'blank', 'unparsed', 'ok']);
    // The pool sends a copy: the fetched body is still readable afterwards.
    expect(inputs[0]?.bytes.byteLength).toBeGreaterThan(0);
  });
});
