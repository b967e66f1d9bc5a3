import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import type { Day } from '../domain/types.js';
import { betterDate, type DateHit, type DateLabel, normalizeText, readDate } from './dates.js';

const HEADER_LABELS: [RegExp, DateLabel][] = [
  [/发布|公开|上网|信息时间/, 'publish'],
  [/生成/, 'generated'],
  [/成文|发文|印发|签发/, 'written'],
  [/日期|时间/, 'plain'],
];

/**
 * 信息公开目录 tables carry several dates per row; the header says which column is the publication date.
 * Returns per-member dates from the preferred column, or null when the table has no dated header.
 */
export function datesFromDateColumn(
  rows: Element[],
  members: Element[],
  today: Day,
  textOf: (el: Element) => string,
): ({ hit: DateHit; node: Element } | null)[] | null {
  const header = rows.find((r) => r.children.some((c) => isTag(c) && c.name === 'th')) ?? rows[0];
  if (!header || members.includes(header)) return null;
  const cells = header.children.filter(isTag);
  let bestIndex = -1;
  let bestLabel: DateHit | null = null;
  cells.forEach((cell, i) => {
    const text = normalizeText(textOf(cell));
    const match = HEADER_LABELS.find(([re]) => re.test(text) && text.length <= 8);
    if (!match) return;
    const probe: DateHit = { day: '1995-01-01', raw: text, label: match[1] };
    if (betterDate(probe, bestLabel)) {
      bestLabel = probe;
      bestIndex = i;
    }
  });
  if (bestIndex < 0 || !bestLabel) return null;
  const label = (bestLabel as DateHit).label;
  return members.map((row): { hit: DateHit; node: Element } | null => {
    const cell = row.children.filter(isTag)[bestIndex];
    if (!cell) return null;
    const hit = readDate(textOf(cell), today);
    return hit ? { hit: { ...hit, label }, node: cell } : null;
  });
}
