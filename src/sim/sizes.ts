import type { Day } from '../domain/types.js';
import { charsetOf, encodePage } from './encoding.js';
import type { SimNetwork } from './model.js';
import { renderDetail, renderSection } from './render.js';

/** What simulated pages weigh on the wire, for bench/README: list pages and one detail page per column. */

export interface SizeStats {
  pages: number;
  minBytes: number;
  medianBytes: number;
  p90Bytes: number;
  maxBytes: number;
  /** Share of the pages sent in GBK. */
  gbkShare: number;
}

function stats(sizes: { bytes: number; gbk: boolean }[]): SizeStats {
  const sorted = sizes.map((s) => s.bytes).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    pages: sorted.length,
    minBytes: sorted[0] ?? 0,
    medianBytes: at(0.5),
    p90Bytes: at(0.9),
    maxBytes: sorted[sorted.length - 1] ?? 0,
    gbkShare: sizes.length ? sizes.filter((s) => s.gbk).length / sizes.length : 0,
  };
}

export function pageSizes(network: SimNetwork, today: Day): { lists: SizeStats; details: SizeStats } {
  const lists: { bytes: number; gbk: boolean }[] = [];
  const details: { bytes: number; gbk: boolean }[] = [];
  for (const bureau of network.bureaus) {
    for (const section of bureau.sections) {
      const html = renderSection(bureau, section, today, charsetOf(bureau));
      lists.push({ bytes: encodePage(html, !bureau.gbk).body.length, gbk: bureau.gbk });
      const newest = section.items.findLast((i) => i.date <= today);
      const detail = newest && renderDetail(bureau, section, newest.id, today, charsetOf(bureau));
      if (detail) details.push({ bytes: encodePage(detail, !bureau.gbk).body.length, gbk: bureau.gbk });
    }
  }
  return { lists: stats(lists), details: stats(details) };
}

/** The figures as one line each. */
export function formatSizes(s: { lists: SizeStats; details: SizeStats }): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const line = (name: string, x: SizeStats) =>
    `${name}: ${x.pages} pages, min ${kb(x.minBytes)}, median ${kb(x.medianBytes)}, p90 ${kb(x.p90Bytes)}, max ${kb(x.maxBytes)}, GBK ${(100 * x.gbkShare).toFixed(1)} %`;
  return `${line('list pages', s.lists)}\n${line('detail pages', s.details)}`;
}
