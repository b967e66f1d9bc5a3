import type { Provenance } from '../domain/observation.js';
import type { Day } from '../domain/types.js';
import { decodeBody } from './charset.js';
import { readDate, readMachineDate } from './dates.js';

const META_NAMES =
  /^(pubdate|publishdate|articlepubdate|firstpublishedtime|dc\.date|publish_time|article:published_time)$/i;
const META = /<meta\s+([^>]*)>/gi;
const ATTR = /([\w:.-]+)\s*=\s*["']([^"']*)["']/g;
const LABELLED = /(?:发布|公开|信息)(?:时间|日期)\s*[:：]\s*[^<\n]{0,40}/g;

/**
 * The publication date of a detail page: `<meta name="PubDate">` and its kin first, then text labelled
 * 发布时间/发布日期/信息时间. Used when a section's list shows no dates.
 */
export function extractDetailDate(
  bytes: Uint8Array,
  contentType: string | null,
  today: Day,
): { day: Day; provenance: Provenance } | null {
  const decoded = decodeBody(bytes, contentType);
  if (!decoded.ok) return null;
  const html = decoded.text;
  for (const m of html.matchAll(META)) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(ATTR)].map((a) => [a[1]?.toLowerCase(), a[2]]));
    const name = attrs.name ?? attrs.property;
    if (name && META_NAMES.test(name) && attrs.content) {
      const day = readMachineDate(attrs.content, today);
      if (day) return { day, provenance: { path: `meta[name=${name}]`, raw: attrs.content } };
    }
  }
  for (const m of html.matchAll(LABELLED)) {
    const hit = readDate(m[0], today);
    if (hit) return { day: hit.day, provenance: { path: 'labelled text', raw: hit.raw } };
  }
  return null;
}
