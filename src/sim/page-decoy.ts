import { addDays } from '../domain/day.js';
import type { Day } from '../domain/types.js';
import type { SimBureau, SimItem } from './model.js';
import { page } from './page-chrome.js';
import { listBody } from './page-lists.js';

/**
 * A column the site really has that no inspector watches (a 专题 of 征地 news, a 土地市场 digest): its
 * items use a watched category's words without being that category's publications.
 */
export function renderDecoyColumn(
  bureau: SimBureau,
  today: Day,
  charset: string,
  column: { path: string; title: string; stems: readonly string[] },
): string {
  const items: SimItem[] = Array.from({ length: 12 }, (_, k) => ({
    id: 990_000 + k,
    title: column.stems[k % column.stems.length] as string,
    date: addDays(today, -9 - 23 * k),
  }));
  return page(
    { bureau, today, charset, title: column.title, path: column.path },
    listBody(bureau, column.path, items, today),
  );
}
