import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogSource } from '../../src/app/catalog.js';
import { inspect } from '../../src/app/inspection.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { LEVELS } from '../../src/domain/types.js';
import { generateNetwork } from '../../src/sim/network.js';
import { bureausYaml } from '../../src/sim/server.js';
import { openStore } from '../../src/store/store.js';
import { seedStoreFromTruth } from './seed-store.js';

/** Scraped text that must never run or format anything wherever it is shown. */
export const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;';

export interface SeededData {
  dir: string;
  configDir: string;
  dataDir: string;
  /** The instant the read-side commands are run at (`--now`). */
  now: string;
  /** --config, --data and --now for the CLI. */
  args: string[];
  /** The bureau whose name and newest item title are hostile. */
  hostileBureau: string;
}

/**
 * A config folder and a store holding what a check of the simulated network on `day` would record, plus a
 * week-old ranking snapshot (reversed ranks) so movement shows. One bureau's name and one item title are
 * hostile markup. 通知公告 is judged in working days (120, due at 100), so ages show as 个工作日. Fast:
 * nothing is fetched.
 */
export async function seedDataDir(size = 60, day = '2026-11-27'): Promise<SeededData> {
  const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-seeded-'));
  const configDir = path.join(dir, 'config');
  const dataDir = path.join(dir, 'data');
  await mkdir(configDir);
  for (const f of ['settings.yaml', 'holidays.yaml'])
    await copyFile(path.join(DEFAULT_CONFIG_DIR, f), path.join(configDir, f));
  const indicators = await readFile(path.join(DEFAULT_CONFIG_DIR, 'indicators.yaml'), 'utf8');
  const workingNotices = indicators.replace(
    /(key: notices\n(?:.*\n)*?\s+rule: )\{ maxAge: 180, dueAt: 150 \}/,
    '$1{ maxWorkingDays: 120, dueAtWorkingDays: 100 }',
  );
  if (workingNotices === indicators) throw new Error('seedDataDir: notices rule not found in indicators.yaml');
  await writeFile(path.join(configDir, 'indicators.yaml'), workingNotices);
  const config = loadConfig({ dir: configDir, bureausFile: path.join(DEFAULT_CONFIG_DIR, 'bureaus.yaml') });
  const store = await openStore(dataDir);
  const network = generateNetwork({ seed: 11, size, origin: day, faultRate: 0.08 });
  const bureaus = seedStoreFromTruth(store, network, config, day);
  const victim = bureaus.find((b) => b.level === 'city') ?? (bureaus[0] as (typeof bureaus)[number]);
  victim.name = `${HOSTILE}市国土资源局`;
  for (const s of victim.sections) {
    const record = store.section(`${victim.id}/${s.category}`);
    const newest = record?.last.reading?.newest;
    if (record?.last.reading && newest)
      store.put(`${victim.id}/${s.category}`, {
        ...record,
        last: { ...record.last, reading: { ...record.last.reading, newest: { ...newest, title: HOSTILE } } },
      });
  }
  // Six weekly checks per section, so the history charts have a line to draw.
  for (const record of store.sections()) {
    const first = record.history[0];
    if (!first) continue;
    const key = `${record.bureauId}/${record.category}`;
    const history = [35, 28, 21, 14, 7, 0].map((back) => {
      const at = new Date(Date.parse(`${day}T04:00:00Z`) - back * 86_400_000).toISOString();
      const newest = first.newest && first.newest <= at.slice(0, 10) ? first.newest : null;
      return { ...first, at, newest, changed: back === 35 };
    });
    store.put(key, { ...record, history });
  }
  const seeded = { ...config, bureaus };
  const weekAgo = new Date(Date.parse(`${day}T04:00:00Z`) - 7 * 86_400_000);
  const before = inspect(catalogSource(seeded, store)(), store, weekAgo, config.calendar);
  const ranks: Record<string, number> = {};
  for (const level of LEVELS) {
    const ranked = before.rankings[level];
    ranked.forEach((r, i) => {
      ranks[r.score.id] = ranked.length - i;
    });
  }
  store.addSnapshot({ at: weekAgo.toISOString(), ranks, averages: { province: 70, city: 65, county: 60 } });
  await store.flush();
  await writeFile(path.join(configDir, 'bureaus.yaml'), bureausYaml(bureaus));
  const now = `${day}T05:00:00.000Z`;
  return {
    dir,
    configDir,
    dataDir,
    now,
    args: ['--config', configDir, '--data', dataDir, '--now', now],
    hostileBureau: victim.id,
  };
}
