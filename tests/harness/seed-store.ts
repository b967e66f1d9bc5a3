import type { Config } from '../../src/config/config.js';
import { sectionKey } from '../../src/domain/types.js';
import { type SimNetwork, visibleItems } from '../../src/sim/network.js';
import { simBureaus } from '../../src/sim/server.js';
import { networkTruth } from '../../src/sim/truth.js';
import type { Store } from '../../src/store/store.js';

/**
 * Fills a store with the states a check of `network` on `day` would record, without fetching: for tests that
 * need thousands of bureaus loaded (the 3-second window, handler latency). Returns the bureaus config.
 */
export function seedStoreFromTruth(store: Store, network: SimNetwork, config: Config, day: string): Config['bureaus'] {
  const bureaus = simBureaus(network, 80);
  const urls = new Map(bureaus.flatMap((b) => b.sections.map((s) => [sectionKey(b.id, s.category), s.url])));
  const at = `${day}T04:00:00.000Z`;
  const simSections = new Map(network.bureaus.flatMap((b) => b.sections.map((s) => [sectionKey(b.id, s.category), s])));
  for (const t of networkTruth(network, config.categories, day, config.calendar)) {
    const [bureauId, category] = [t.bureau, t.category];
    const section = simSections.get(t.key);
    const item = section ? visibleItems(section, day, 1)[0] : undefined;
    const newest =
      t.newest && item
        ? {
            title: item.title,
            url: `${urls.get(t.key)}art_${item.id}.html`,
            date: t.newest,
            provenance: { path: 'li > span', raw: t.newest },
          }
        : null;
    const entry = {
      at,
      state: t.state,
      newest: t.newest,
      itemCount: newest ? 20 : 0,
      httpStatus: 200,
      reason: null,
      changed: true,
    };
    store.put(t.key, {
      bureauId,
      category,
      url: urls.get(t.key) ?? '',
      state: t.state,
      since: at,
      ageDays: t.newest ? Math.round((Date.parse(day) - Date.parse(t.newest)) / 86_400_000) : null,
      last: {
        at,
        url: urls.get(t.key) ?? '',
        access: 'ok',
        httpStatus: 200,
        reason: null,
        bytes: 0,
        ms: 0,
        notModified: false,
        reading: newest
          ? { status: 'ok', family: 'generic', itemCount: 20, newest, titleYears: [], fingerprint: '0' }
          : null,
      },
      cache: null,
      history: [entry],
    });
  }
  return bureaus;
}
