import type { Catalog } from '../domain/catalog.js';
import { sectionKey } from '../domain/types.js';
import type { Store } from '../store/store.js';

/** Notes the read paths leave on a section whose list only a browser can read (and none was there). */
const NEEDS_BROWSER = /^需要浏览器/;

/**
 * The sections waiting for a browser, by what their last check noted: said once at start-up, so a team
 * running without Chromium knows which columns it is not reading and what would read them.
 */
export function sectionsWaitingForBrowser(
  catalog: Catalog,
  store: Pick<Store, 'section'>,
): { key: string; note: string }[] {
  return catalog.sections.flatMap((s) => {
    const key = sectionKey(s.bureauId, s.category);
    const note = store.section(key)?.last.note;
    return note && NEEDS_BROWSER.test(note) ? [{ key, note }] : [];
  });
}
