import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { type CategoryRow, categoryId, epointColumnId, epointPick, epointRow, epointRows } from './epoint-catalogue.js';

/**
 * How a site of the twentieth template (page-epoint.ts) addresses its categories and articles, as Epoint
 * WebBuilder publishes them. The Java WebBuilder publishes static pages: a channel's page
 * `/ywzl/secondPage.html`, a column's list `/ywzl/004001/004001002/moreinfo.html` and its further pages
 * `2.html`, `3.html` (some templates name the first page `1.html` too), articles in a folder of their day
 * named by the info's GUID (`/ywzl/004001/004001002/20261120/1f0c…-….html`). The older ASP.NET WebBuilder
 * answers a category's folder (`/ywzl/004001002/`) with its list, `?Paging=2` for page 2, and shows
 * articles at `/InfoDetail/Default.aspx?InfoID=<guid>&CategoryNum=004001002`. A sub-channel's page is a
 * `secondPage.html` of boxes on some sites, on others its `moreinfo.html` lists every item below it. Pure,
 * and free of the model so the model can ask where a column lives.
 */

export type EpointAsk = { list: number; page: number } | { article: number };

export interface EpointDialect {
  name: 'moreinfo' | 'paged' | 'dotnet';
  /** A category's list (a group's page), page `page` (1-based). */
  list: (id: number, page?: number) => string;
  /** Article `no` of category `id`, published on `day`. */
  article: (id: number, no: number, day: Day) => string;
  read: (path: string, params: URLSearchParams) => EpointAsk | null;
}

/** FNV-1a with a final avalanche (murmur3's), so neighbouring numbers get unrelated GUIDs. */
function mixed(key: string): number {
  let h = fnv1a(key);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex = (n: number, width: number) =>
  (n >>> 0)
    .toString(16)
    .padStart(8, '0')
    .slice(8 - width);
const TWO32 = 2 ** 32;

/** The GUID WebBuilder gave an info, from its number: random-looking, and read back by `infoNumber`. */
export function infoGuid(no: number): string {
  const a = mixed(`guid:${no}`);
  const b = mixed(`guid-b:${no}`);
  const low = ((no % TWO32) ^ mixed(`mask:${a}`)) >>> 0;
  const high = (Math.floor(no / TWO32) ^ mixed(`mask-h:${a}`)) & 0xffff;
  const variant = (8 + (b >>> 30)).toString(16);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-${variant}${hex(b >>> 4, 3)}-${hex(high, 4)}${hex(low, 8)}`;
}

/** The number of an info's GUID; null for a GUID WebBuilder never gave. */
export function infoNumber(guid: string): number | null {
  const m = guid.match(/^([0-9a-f]{8})-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-([0-9a-f]{4})([0-9a-f]{8})$/);
  if (!m) return null;
  const a = Number.parseInt(m[1] as string, 16);
  const high = (Number.parseInt(m[2] as string, 16) ^ mixed(`mask-h:${a}`)) & 0xffff;
  const low = (Number.parseInt(m[3] as string, 16) ^ mixed(`mask:${a}`)) >>> 0;
  const no = high * TWO32 + low;
  return infoGuid(no) === guid ? no : null;
}

/** Whether a site's sub-channels list every item below them at their `moreinfo.html` (else a `secondPage.html`). */
export const epointSubMerged = (bureauId: string) => epointPick(bureauId, 'subpage', 2) === 0;

/** Whether a category's page is a list (a column, a single info, a merged sub-channel) rather than boxes. */
const listed = (bureauId: string, row: CategoryRow) =>
  row.kind === 'column' || row.kind === 'single' || (row.kind === 'sub' && epointSubMerged(bureauId));

/** The static folder of a category: the channel's pinyin folder, then a folder per level below it. */
function staticFolder(row: CategoryRow): string {
  const levels: string[] = [];
  for (let n = 6; n <= row.num.length; n += 3) levels.push(`${row.num.slice(0, n)}/`);
  return `/${row.folder}/${levels.join('')}`;
}

const dotnetFolder = (row: CategoryRow) => `/${row.folder}/${row.num.length > 3 ? `${row.num}/` : ''}`;

const articleNo = (no: number) => Math.floor(no / 10_000);

/** The Java WebBuilder's static pages; `first` names a list's first page. */
function staticDialect(bureauId: string, name: 'moreinfo' | 'paged'): EpointDialect {
  const first = name === 'paged' ? '1' : 'moreinfo';
  const byFolder = (dir: string) => epointRows(bureauId).find((r) => staticFolder(r) === dir);
  return {
    name,
    list: (id, page = 1) => {
      const row = epointRow(bureauId, id);
      if (!row) return `/${id}/`;
      const dir = staticFolder(row);
      if (!listed(bureauId, row)) return `${dir}secondPage.html`;
      return `${dir}${page > 1 ? page : first}.html`;
    },
    article: (id, no, day) => {
      const row = epointRow(bureauId, id);
      return `${row ? staticFolder(row) : `/${id}/`}${day.replace(/-/g, '')}/${infoGuid(no)}.html`;
    },
    read: (path) => {
      const a = path.match(/^(\/[a-z]+\/(?:\d{6,}\/)*)\d{8}\/([0-9a-f-]{36})\.html$/);
      if (a) {
        const row = byFolder(a[1] as string);
        const no = infoNumber(a[2] as string);
        return row && no !== null && articleNo(no) === categoryId(row.num) ? { article: no } : null;
      }
      const l = path.match(/^(\/[a-z]+\/(?:\d{6,}\/)*)(moreinfo|secondPage|\d+)\.html$/);
      const row = l ? byFolder(l[1] as string) : undefined;
      if (!l || !row || row.kind === 'external') return null;
      const page = l[2] as string;
      if (!listed(bureauId, row)) return page === 'secondPage' ? { list: categoryId(row.num), page: 1 } : null;
      if (page === first) return { list: categoryId(row.num), page: 1 };
      return /^\d+$/.test(page) && Number(page) > 1 ? { list: categoryId(row.num), page: Number(page) } : null;
    },
  };
}

/** The ASP.NET WebBuilder: a category's folder answers its list, `?Paging=N` its pages. */
function dotnetDialect(bureauId: string): EpointDialect {
  return {
    name: 'dotnet',
    list: (id, page = 1) => {
      const row = epointRow(bureauId, id);
      const dir = row ? dotnetFolder(row) : `/${id}/`;
      return page > 1 && row && listed(bureauId, row) ? `${dir}?Paging=${page}` : dir;
    },
    article: (id, no) =>
      `/InfoDetail/Default.aspx?InfoID=${infoGuid(no)}&CategoryNum=${epointRow(bureauId, id)?.num ?? id}`,
    read: (path, params) => {
      if (path === '/InfoDetail/Default.aspx') {
        const no = infoNumber(params.get('InfoID') ?? '');
        const row = no === null ? undefined : epointRow(bureauId, articleNo(no));
        return no !== null && row && row.num === params.get('CategoryNum') ? { article: no } : null;
      }
      const row = epointRows(bureauId).find((r) => r.kind !== 'external' && dotnetFolder(r) === path);
      if (!row) return null;
      const paging = params.get('Paging');
      const page = paging && /^\d+$/.test(paging) ? Math.max(1, Number(paging)) : 1;
      return { list: categoryId(row.num), page: listed(bureauId, row) ? page : 1 };
    },
  };
}

/** The WebBuilder a site runs: static `moreinfo.html` pages on most, `1.html` on some, the ASP.NET one on a third. */
export function epointDialect(bureauId: string): EpointDialect {
  const k = epointPick(bureauId, 'url', 6);
  if (k < 3) return staticDialect(bureauId, 'moreinfo');
  if (k < 4) return staticDialect(bureauId, 'paged');
  return dotnetDialect(bureauId);
}

/** A watched column's address (before any redesign). */
export function epointColumnPath(bureauId: string, category: string): string {
  return epointDialect(bureauId).list(epointColumnId(bureauId, category));
}
