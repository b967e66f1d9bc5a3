import { STORE_VERSION, type Store } from './store.js';
import { storeOver } from './store-state.js';

/**
 * A store that lives and dies with the process: the same behaviour as `openStore`'s (the same core), with
 * nothing written. For unit tests of the check pipeline and commands.
 */
export function memoryStore(): Store {
  return storeOver(':memory:', { schema: 'landwatch-store', version: STORE_VERSION, sections: {} }, async () => {});
}
