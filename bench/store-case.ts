/**
 * store-year-national (moved out of run.ts unchanged; the store helper's bench/store-year.ts is to take its
 * place at the merge).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { addDays } from '../src/domain/day.js';
import { boundHistory } from '../src/domain/section-record.js';
import { sectionKey } from '../src/domain/types.js';
import { openStore } from '../src/store/store.js';
import { round } from './figures.js';

const DAY = '2026-11-27';

/** A year of weekly cycles at national scale: how big the store grows and how long a write takes. */
export async function storeYear() {
  const { seedStoreFromTruth } = await import('../tests/harness/seed-store.js');
  const { generateNetwork } = await import('../src/sim/network.js');
  const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-bench-store-'));
  try {
    const store = await openStore(dir);
    const network = generateNetwork({ seed: 1, size: 3200, origin: DAY });
    let writeMs = 0;
    for (let week = 0; week < 52; week++) {
      const day = addDays(DAY, week * 7);
      seedStoreFromTruthKeepingHistory(store, () => seedStoreFromTruth, network, config, day);
      const t0 = performance.now();
      await store.flush();
      writeMs = performance.now() - t0;
    }
    const size = (await stat(store.file)).size;
    // Flushes during a national cycle: the sections checked in the last 10 s (about 4,000) changed. Five of
    // them, as a single one may or may not include a major collection of the 400 MB heap.
    const cycleWrites: number[] = [];
    for (let round = 0; round < 5; round++) {
      const slice = store.sections().slice(round * 4000, (round + 1) * 4000);
      for (const r of slice) store.put(sectionKey(r.bureauId, r.category), { ...r });
      const t0 = performance.now();
      await store.flush();
      cycleWrites.push(Math.round(performance.now() - t0));
    }
    cycleWrites.sort((a, b) => a - b);
    return {
      case: 'store-year-national',
      sections: store.sections().length,
      fileMiB: round(size / 2 ** 20, 1),
      /** Every record changed since the last write (the weekly step of this simulation). */
      fullWriteMs: Math.round(writeMs),
      cycleWriteMedianMs: cycleWrites[2],
      cycleWriteMaxMs: cycleWrites[4],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each week's states go through the real record builder so history grows and is bounded as in production. */
function seedStoreFromTruthKeepingHistory(
  store: Awaited<ReturnType<typeof openStore>>,
  seed: () => typeof import('../tests/harness/seed-store.js').seedStoreFromTruth,
  network: ReturnType<typeof import('../src/sim/network.js').generateNetwork>,
  config: ReturnType<typeof loadConfig>,
  day: string,
) {
  const before = new Map(store.sections().map((r) => [sectionKey(r.bureauId, r.category), r.history]));
  seed()(store, network, config, day);
  for (const r of store.sections()) {
    const key = sectionKey(r.bureauId, r.category);
    const history = [
      ...(before.get(key) ?? []),
      ...r.history.map((h) => ({ ...h, changed: h.state !== before.get(key)?.at(-1)?.state })),
    ];
    store.put(key, { ...r, history: boundHistory(history, config.settings.store) });
  }
}
