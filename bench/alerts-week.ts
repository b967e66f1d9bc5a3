/**
 * What a week of alerts looks like: a simulated network checked once a day for a week (after a first look
 * the day before), counting notices per kind and the messages they became:
 * `npx tsx bench/alerts-week.ts [--size 300] [--day 2026-11-27]`.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app/app.js';
import { createWatch } from '../src/app/watch.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { addDays } from '../src/domain/day.js';
import { messageOf } from '../src/domain/outbox.js';
import { renderTable } from '../src/render/table.js';
import { generateNetwork } from '../src/sim/network.js';
import { startSimServer } from '../src/sim/server.js';
import { openStore } from '../src/store/store.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '300' }, day: { type: 'string', default: '2026-11-27' } },
});
const start = values.day;
const sim = await startSimServer(generateNetwork({ seed: 7, size: Number(values.size), origin: start }), {
  today: start,
});
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
config.bureaus = sim.bureaus();
const dir = await mkdtemp(path.join(tmpdir(), 'landwatch-week-'));
const store = await openStore(dir);
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };
let today = start;
const deps = {
  config,
  store,
  ...crawlerFor(fetch),
  now: () => new Date(`${today}T02:00:00Z`),
};
const watch = createWatch(createApp(deps), { sinks: {}, logger: pino({ level: 'silent' }) });
const sections = config.bureaus.flatMap((b) => b.sections);

await watch.cycle(sections); // The first look: everything already bad is told once.
const firstLook = store.outbox().length;
const kinds = new Map<string, { notices: number; messages: number }>();
const before = store.outbox().length;
for (let d = 1; d <= 7; d++) {
  today = addDays(start, d);
  sim.setToday(today);
  await watch.cycle(sections);
}
await watch.digest();
for (const e of store.outbox().slice(before)) {
  const title = messageOf(e).title;
  const kind = title.split(/[｜：]/)[0] ?? title;
  const k = kinds.get(kind) ?? { notices: 0, messages: 0 };
  k.messages++;
  k.notices += e.sectionKeys.length;
  kinds.set(kind, k);
}
console.log(
  `${config.bureaus.length} bureaus, ${sections.length} sections; first look ${start}: ${firstLook} messages`,
);
console.log(`the week ${addDays(start, 1)} – ${today}, checked daily:`);
console.log(
  renderTable(
    ['kind', 'sections', 'messages'],
    [...kinds].map(([k, v]) => [k, String(v.notices), String(v.messages)]),
  ),
);
await sim.close();
await rm(dir, { recursive: true, force: true });
