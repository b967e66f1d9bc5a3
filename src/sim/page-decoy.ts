import { addDays } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem } from './model.js';
import { page } from './page-chrome.js';
import { listBody } from './page-lists.js';

/**
 * A column the site really has that no inspector watches (a 专题 of 征地 news, a 土地市场 digest): its
 * items use a watched category's words without being that category's publications. An archive of an old
 * column gives the day of its `newest` item; other decoys published nine days ago.
 */
export function renderDecoyColumn(
  bureau: SimBureau,
  today: Day,
  charset: string,
  column: { path: string; title: string; stems: readonly string[]; newest?: Day },
): string {
  const items = decoyItems(column.stems, today, column.newest);
  return page(
    { bureau, today, charset, title: column.title, path: column.path },
    listBody(bureau, column.path, items, today),
  );
}

/** A decoy column's twelve items, in its stems' words, 23 days apart from `newest` (nine days ago by default). */
export function decoyItems(stems: readonly string[], today: Day, newest?: Day): SimItem[] {
  return Array.from({ length: 12 }, (_, k) => ({
    id: 990_000 + k,
    title: stems[k % stems.length] as string,
    date: addDays(newest ?? addDays(today, -9), -23 * k),
  }));
}
