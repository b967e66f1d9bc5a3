import type { Catalog } from '../domain/catalog.js';
import { NEEDS_BROWSER } from '../domain/read-reasons.js';
import { sectionKey } from '../domain/types.js';
import type { Store } from '../store/store.js';

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
    return note?.startsWith(NEEDS_BROWSER) ? [{ key, note }] : [];
  });
}
