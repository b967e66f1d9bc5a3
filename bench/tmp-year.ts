import path from 'node:path';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { addDays } from '../src/domain/day.js';
import { boundHistory } from '../src/domain/section-record.js';
import { generateNetwork } from '../src/sim/network.js';
import { openStore } from '../src/store/store.js';
import { seedStoreFromTruth } from '../tests/harness/seed-store.js';
const DAY = '2026-11-27';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const store = await openStore('/tmp/lw/year');
const network = generateNetwork({ seed: 1, size: 3200, origin: DAY });
for (let week = 0; week < 52; week++) {
  const day = addDays(DAY, week * 7);
  const before = new Map(store.sections().map((r) => [`${r.bureauId}/${r.category}`, r.history]));
  seedStoreFromTruth(store, network, config, day);
  for (const r of store.sections()) {
    const key = `${r.bureauId}/${r.category}`;
    const history = [...(before.get(key) ?? []), ...r.history.map((h) => ({ ...h, changed: h.state !== before.get(key)?.at(-1)?.state }))];
    store.put(key, { ...r, history: boundHistory(history, config.settings.store) });
  }
}
await store.flush();
console.log('done');
