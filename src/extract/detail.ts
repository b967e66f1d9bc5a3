import type { Provenance } from '../domain/observation.js';
import type { Day } from '../domain/types.js';
import { decodeBody } from './charset.js';
import { readDate, readMachineDate } from './dates.js';
import { detached } from './detached.js';
import { inlineScriptOutput } from './script-lists.js';

const META_NAMES =
  /^(pubdate|publishdate|articlepubdate|firstpublishedtime|dc\.date|publish_time|article:published_time)$/i;
const META = /<meta\s+([^>]*)>/gi;
const ATTR = /([\w:.-]+)\s*=\s*["']([^"']*)["']/g;
const LABEL = /(?:发布|公开|信息)(?:时间|日期)/g;
/** Markup a label and its date may be split by: `发布日期：</span><span>2020年08月02日`. */
const TAG = /<[^>]*>/g;
const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp);|&#(?:160|x[aA]0);/g;
/** The label and the date as shown, without the next field: `发布时间: 2026年9月3日 星期四`. */
const SHOWN = /^.{4}\s*[:：]\s*\S+(?:\s(?:星期|周)\S|\s\d{1,2}:\d{2}(?::\d{2})?)?/;
const NUMERIC_ENTITY = /&#(x[0-9a-fA-F]{1,6}|\d{1,7});/g;

/** The text of a stretch of markup, as a reader sees it: tags gone, spaces and numeric entities decoded. */
function visibleText(markup: string): string {
  return markup
    .replace(TAG, ' ')
    .replace(SPACE_ENTITY, ' ')
    .replace(NUMERIC_ENTITY, (whole, n: string) => {
      const code = n.startsWith('x') ? Number.parseInt(n.slice(1), 16) : Number(n);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/&amp;/g, '&');
}

function fromMeta(html: string, today: Day): { day: Day; provenance: Provenance } | null {
  for (const m of html.matchAll(META)) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(ATTR)].map((a) => [a[1]?.toLowerCase(), a[2]]));
    const name = attrs.name ?? attrs.property;
    if (name && META_NAMES.test(name) && attrs.content) {
      const day = readMachineDate(attrs.content, today);
      if (day) return { day, provenance: { path: `meta[name=${name}]`, raw: attrs.content } };
    }
  }
  return null;
}

/**
 * The publication date of a detail page: `<meta name="PubDate">` and its kin first, then text labelled
 * 发布时间/发布日期/信息时间 — also when markup, `&nbsp;` or an inline `document.write` stands between the
 * label and the date, and when the date is written in Chinese numerals or with a weekday. Used when a
 * section's list shows no dates.
 */
export function extractDetailDate(
  bytes: Uint8Array,
  contentType: string | null,
  today: Day,
): { day: Day; provenance: Provenance } | null {
  const decoded = decodeBody(bytes, contentType);
  const found = decoded.ok ? (fromMeta(decoded.text, today) ?? fromLabel(decoded.text, today)) : null;
  // Kept in the store and the detail cache: without its page.
  return (
    found && {
      day: found.day,
      provenance: { path: detached(found.provenance.path), raw: detached(found.provenance.raw) },
    }
  );
}

function fromLabel(page: string, today: Day): { day: Day; provenance: Provenance } | null {
  const html = inlineScriptOutput(page).replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  for (const m of html.matchAll(LABEL)) {
    const start = m.index ?? 0;
    const text = visibleText(html.slice(start, start + 400)).replace(/\s+/g, ' ');
    // The label, its colon and what follows up to the next field's colon.
    const labelled = text.match(/^.{4}\s*[:：]\s*(?:\d:\d|[^:：]){0,40}/)?.[0];
    const hit = labelled ? readDate(labelled, today) : null;
    if (hit)
      return { day: hit.day, provenance: { path: 'labelled text', raw: labelled?.match(SHOWN)?.[0] ?? hit.raw } };
  }
  return null;
}
