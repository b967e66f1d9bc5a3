/**
 * Where extraction's time goes, by stage: decode, unwrap (hidden lists) and family, HTML parse, list finding
 * with its dates, and the rest (items, paths, newest). src/extract has no stage hooks, so the exported steps
 * run here in sequence over a sample of the run's own bodies, beside extractSection on the same bodies.
 */
import { parseDocument } from 'htmlparser2';
import { decodeBody } from '../src/extract/charset.js';
import { type ExtractInput, extractSection } from '../src/extract/extract.js';
import { detectFamily } from '../src/extract/family.js';
import { findItemList } from '../src/extract/list.js';
import { unwrapHiddenLists } from '../src/extract/unwrap.js';

/** Milliseconds `step` takes over every input, the best of three passes (the first also warms up). */
function best<T>(inputs: T[], step: (input: T) => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const input of inputs) step(input);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

export function extractionSplit(sample: ExtractInput[]): { msPerPage: number; shares: Record<string, number> } {
  const texts = sample.map((input) => {
    const d = decodeBody(input.bytes, input.contentType);
    return d.ok ? d.text : '';
  });
  const htmls = texts.map((t) => unwrapHiddenLists(t));
  const docs = htmls.map((h, i) => ({ doc: parseDocument(h, { decodeEntities: true }), today: sample[i]?.today }));
  const whole = best(sample, extractSection);
  const stages = {
    decode: best(sample, (input) => decodeBody(input.bytes, input.contentType)),
    'unwrap+family': best(texts, (t) => [detectFamily(t), unwrapHiddenLists(t)]),
    parse: best(htmls, (h) => parseDocument(h, { decodeEntities: true })),
    'list+dates': best(docs, ({ doc, today }) => findItemList(doc, today ?? '2026-11-27')),
  };
  const measured = Object.values(stages).reduce((a, b) => a + b, 0);
  const shares: Record<string, number> = {};
  for (const [k, v] of Object.entries(stages)) shares[k] = v / whole;
  shares['items+rest'] = Math.max(0, whole - measured) / whole;
  return { msPerPage: whole / Math.max(1, sample.length), shares };
}
