/**
 * Scores the extractor against hand-checked real pages: `npm run eval:real-pages -- DIR`.
 * DIR holds the pages and an expected.json of `{ file, items, newest }` (default: ../shared/real-pages).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chinaDay } from '../src/domain/day.js';
import { extractSection } from '../src/extract/extract.js';
import { renderTable } from '../src/render/table.js';

interface Expected {
  file: string;
  items: number;
  newest: string | null;
}

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'shared', 'real-pages'));
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
const today = chinaDay(new Date());
const rows: string[][] = [];
let correct = 0;
for (const e of expected) {
  const started = performance.now();
  const x = extractSection({ bytes: readFileSync(path.join(dir, e.file)), today });
  const ms = performance.now() - started;
  const ok = x.items.length === e.items && x.newest === e.newest;
  if (ok) correct++;
  rows.push([
    ok ? 'ok' : 'WRONG',
    e.file,
    x.status,
    x.family,
    `${x.items.length}/${e.items}`,
    `${x.newest ?? '-'}/${e.newest ?? '-'}`,
    ms.toFixed(1),
  ]);
}
console.log(renderTable(['result', 'file', 'status', 'family', 'items got/want', 'newest got/want', 'ms'], rows));
console.log(`\naccuracy: ${correct}/${expected.length} pages (${((100 * correct) / expected.length).toFixed(1)}%)`);
process.exitCode = correct === expected.length ? 0 : 1;
