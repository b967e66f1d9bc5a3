import type { Config } from '../config/config.js';
import { buildCatalog, type Catalog } from '../domain/catalog.js';
import type { Store } from '../store/store.js';

/** The catalog as it stands: rebuilt only when the store's accepted addresses change. */
export type CatalogSource = () => Catalog;

export function catalogSource(config: Pick<Config, 'categories' | 'bureaus'>, store: Pick<Store, 'relocations'>) {
  let accepted: ReturnType<Store['relocations']> | null = null;
  let catalog: Catalog | null = null;
  return (): Catalog => {
    // The store replaces its relocations object on every accepted address, so identity tells a change.
    const now = store.relocations();
    if (!catalog || now !== accepted) {
      accepted = now;
      catalog = buildCatalog(config.categories, config.bureaus, now);
    }
    return catalog;
  };
}
