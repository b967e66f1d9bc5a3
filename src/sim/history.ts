import { addDays } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import type { SimItem } from './model.js';
import { pick } from './random.js';
import { ANNUAL_COLUMNS, CADENCE, TITLE_STEMS } from './vocabulary.js';

/**
 * A section's publications, oldest first. `diligence` scales how often it publishes; `abandonedSince` is
 * set for the few sites nobody maintains any more: every column stops on that day, which is what the
 * 2019 "columns not updated" veto is about.
 */
export function history(
  r: () => number,
  category: string,
  origin: Day,
  diligence: number,
  abandonedSince: Day | null,
): SimItem[] {
  const items: SimItem[] = [];
  let id = 1;
  const title = (year: number) => `${year}年${pick(r, TITLE_STEMS[category] ?? ['工作信息'])}`;
  if (ANNUAL_COLUMNS.has(category)) {
    // One item a year; a lax bureau stops a year or two early.
    const lastYear = Number(origin.slice(0, 4)) + 1 - (r() < diligence ? 0 : 1 + Math.floor(r() * 2));
    for (let y = Number(origin.slice(0, 4)) - 4; y <= lastYear; y++) {
      const plan = category === 'supply_plan';
      const date = `${plan ? y : y + 1}-${plan ? '02' : '01'}-${String(5 + Math.floor(r() * 20)).padStart(2, '0')}`;
      items.push({
        id: id++,
        title: plan ? `${y}年度国有建设用地供应计划` : `${y}年政府信息公开工作年度报告`,
        date,
        coversYear: y,
      });
    }
    return items;
  }
  const mean = (CADENCE[category] ?? 30) / diligence;
  // Publishing stops at some point for a share of sections: that is what goes stale.
  const stopsAt = abandonedSince ?? (r() < 0.25 ? addDays(origin, -Math.floor(r() * 400)) : addDays(origin, 400));
  let day = addDays(origin, -730);
  while (day < stopsAt) {
    day = addDays(day, 1 + Math.floor(-Math.log(1 - r()) * mean));
    if (day <= stopsAt) items.push({ id: id++, title: title(Number(day.slice(0, 4))), date: day });
  }
  return items;
}
