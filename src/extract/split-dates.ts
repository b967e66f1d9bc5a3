import type { AnyNode, Text } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { Day } from '../domain/types.js';
import { type DateHit, normalizeText, plainDate } from './dates.js';

/**
 * A date printed in two parts, the day large and the year and month small beside it, as responsive CMS
 * templates print their list rows: `<div class="date"><span>20</span>2026-11</div>`,
 * `<div class="time"><p>2026.11</p><strong>20</strong></div>`. Neither text is a date alone. Pure.
 */

const YEAR_MONTH = /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?$/;
const DAY = /^(\d{1,2})\s*日?$/;
/** Levels above the year and month a date's box may sit: the text's element, or that element's parent. */
const BOX_LEVELS = 2;

/** The date a year-and-month text makes with the day beside it in its box, and the day's text node. */
export function splitDate(node: Text, today: Day): { hit: DateHit; dayText: Text } | null {
  const raw = node.data;
  // Most text nodes are none: the cheap test first.
  if (raw.length > 16 || !/\d{4}/.test(raw)) return null;
  const ym = normalizeText(raw).match(YEAR_MONTH);
  if (!ym) return null;
  let box = node.parent;
  for (let level = 0; level < BOX_LEVELS && box && isTag(box); level++, box = box.parent) {
    const texts = textsIn(box, []);
    // A box of more than the two parts is a row or a sentence, no date's box.
    if (texts.length > 2) return null;
    const other = texts.find((t) => t !== node);
    const day = other ? normalizeText(other.data).match(DAY) : null;
    if (!other || !day) continue;
    const hit = plainDate(Number(ym[1]), Number(ym[2]), Number(day[1]), `${raw.trim()}-${other.data.trim()}`, today);
    return hit ? { hit, dayText: other } : null;
  }
  return null;
}

/** The non-blank text nodes of a subtree, up to three (more say it is no date's box). */
function textsIn(node: AnyNode, out: Text[]): Text[] {
  if (out.length > 2) return out;
  if (isText(node)) {
    if (node.data.trim() !== '') out.push(node);
  } else if (isTag(node)) for (const c of node.children) textsIn(c, out);
  return out;
}
