/**
 * Scores section discovery on a simulated network:
 * `npm run eval:discovery -- [--size 60] [--seed 7] [--families classic|realistic] [--browser] [--skip-nav zhuanlan]`
 * (`--browser`: with the browser lane, so hosts behind a script challenge can be read; `--skip-nav`: leave
 * out the sites of these nav templates, comma-separated: tuning runs leave out the holdout, `zhuanlan`).
 * For every bureau, discovery starts from the homepage alone and looks for every category of
 * indicators.yaml, as `landwatch discover` does; its best confirmed proposal per category is compared with
 * where the column really is on the simulated day (after any redesign). A proposal for a category the site
 * does not carry counts against precision; one for a category the generator never models, at an address
 * that is none of its columns, has no truth to judge it and is counted apart (unjudged). Figures per nav
 * template (flat, portal, catalogue, platform, hanweb, tiles, sidetree, zhuanlan, bumen, scriptnav, zhanqun,
 * dropdown, cms, gktable, aspnet, dede, pboot, oldsite, jeecms, epoint, empire),
 * per title kind (known synonyms vs. titles indicators.yaml does not list) and per list source.
 */

import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { crawlerFor } from '../src/crawl/crawler.js';
import { bestProposals, discoverSections } from '../src/crawl/discover.js';
import { addDays } from '../src/domain/day.js';
import { nameScore } from '../src/domain/discovery.js';
import { renderTable } from '../src/render/table.js';
import { cmsDialect } from '../src/sim/cms-groups.js';
import { FAMILY_PRESETS, type FamilyPreset } from '../src/sim/families.js';
import { columnTitle, generateNetwork, navStyle, sectionPath } from '../src/sim/network.js';
import { startSimServer } from '../src/sim/server.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '60' },
    seed: { type: 'string', default: '7' },
    families: { type: 'string', default: 'classic' },
    browser: { type: 'boolean', default: false },
    'skip-nav': { type: 'string', default: '' },
  },
});
const preset = values.families as FamilyPreset;
if (!(preset in FAMILY_PRESETS)) throw new Error(`--families: ${preset} is not one of classic, realistic`);
const origin = '2026-06-01';
const day = addDays(origin, 200); // Late enough that some sites have been redesigned.
const network = generateNetwork({
  seed: Number(values.seed),
  size: Number(values.size),
  origin,
  redesignRate: 0.2,
  families: FAMILY_PRESETS[preset],
});
const sim = await startSimServer(network, { today: day });
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 5000 };
const crawler = crawlerFor(fetch, values.browser ? { browser: config.settings.browser } : {});
const deps = { ...crawler, categories: config.categories, today: day };
const byKey = new Map(config.categories.map((c) => [c.key, c]));

type Tally = { watched: number; proposed: number; correct: number; pages: number; bureaus: number; ms: number };
const tallies = new Map<string, Tally>();
const add = (group: string, t: Partial<Tally>) => {
  const cur = tallies.get(group) ?? { watched: 0, proposed: 0, correct: 0, pages: 0, bureaus: 0, ms: 0 };
  for (const [k, v] of Object.entries(t)) cur[k as keyof Tally] += v as number;
  tallies.set(group, cur);
};
let redesigned = 0;
let redesignFound = 0;
const misses: string[] = [];
const unjudged: string[] = [];
const modelled = new Set(network.bureaus.flatMap((b) => b.sections.map((s) => s.category)));
const skipped = new Set(values['skip-nav'].split(',').filter(Boolean));
const bureaus = network.bureaus.filter((b) => !skipped.has(navStyle(b)));
for (const b of bureaus) {
  const homepage = `http://${b.address}:${sim.port}/`;
  const started = performance.now();
  const d = await discoverSections(homepage, deps);
  const ms = performance.now() - started;
  const best = bestProposals(d);
  const style = navStyle(b);
  add(`nav: ${style}`, { bureaus: 1, pages: d.pagesFetched, ms });
  add('all', { bureaus: 1, pages: d.pagesFetched, ms });
  const moved = b.redesign !== null && b.redesign.day <= day;
  if (moved) redesigned++;
  let movedOk = 0;
  const carried = new Set(b.sections.map((s) => s.category));
  const traits = [
    ...(moved ? ['redesigned sites'] : []),
    ...(b.decoyChrome ? ['decoy chrome'] : []),
    ...(b.challenge ? ['412 challenge host'] : []),
  ];
  for (const s of b.sections) {
    const title = columnTitle(b, s.category);
    const known =
      nameScore(title, byKey.get(s.category) ?? config.categories[0]!) > 0 ? 'known title' : 'unlisted title';
    const truth = `http://${b.address}:${sim.port}${sectionPath(b, s, day)}`;
    const got = best.get(s.category);
    const correct = got ? (got.url.startsWith(truth) ? 1 : 0) : 0;
    if (!correct)
      misses.push(`${style} ${b.id} ${s.category} «${title}» ${s.source.kind} ${s.fault}: ${got?.url ?? 'none'}`);
    if (moved && correct) movedOk++;
    const health = s.fault === 'none' ? 'columns without a fault' : 'columns with a fault (blank, moved, failing…)';
    const groups = [`nav: ${style}`, known, `list: ${s.source.kind}`, health, 'all', ...traits];
    for (const group of groups) add(group, { watched: 1, proposed: got ? 1 : 0, correct });
  }
  // Every site carries its homepage (首页): right when proposed at the site's root.
  const home = best.get('homepage');
  // Behind a splash page (cms) the homepage is the page the splash leads into.
  const homes = ['/', ...(style === 'cms' ? [cmsDialect(b.id).home] : [])];
  const homeOk = home && homes.includes(new URL(home.url).pathname.replace(/index\.html$/, '')) ? 1 : 0;
  for (const group of [`nav: ${style}`, 'all']) add(group, { watched: 1, proposed: home ? 1 : 0, correct: homeOk });
  // Proposals for categories this site does not carry: wrong however good they look. A category the
  // generator never models (机构概况 behind a template's 机构职能 column) has no truth to judge it by,
  // unless it took one of the site's modelled columns: those are counted apart, as unjudged.
  const columns = b.sections.map((s) => `http://${b.address}:${sim.port}${sectionPath(b, s, day)}`);
  for (const [category, p] of best) {
    if (carried.has(category) || category === 'homepage') continue;
    if (!modelled.has(category) && !columns.some((c) => p.url.startsWith(c))) {
      unjudged.push(`${style} ${b.id} ${category}: ${p.url} «${p.evidence.linkText}»`);
      continue;
    }
    misses.push(`${style} ${b.id} extra ${category}: ${p.url} «${p.evidence.linkText}»`);
    for (const group of [`nav: ${style}`, 'all', ...traits]) add(group, { proposed: 1 });
  }
  if (moved && movedOk === b.sections.length) redesignFound++;
}
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log(
  `${bureaus.length} bureaus on ${day}, families ${preset}, ${redesigned} redesigned since ${origin}` +
    (skipped.size > 0 ? ` (left out: ${[...skipped].join(', ')})` : ''),
);
console.log(
  renderTable(
    ['group', 'sections', 'proposed', 'correct', 'recall', 'precision', 'pages/bureau', 's/bureau'],
    [...tallies].map(([g, t]) => [
      g,
      String(t.watched),
      String(t.proposed),
      String(t.correct),
      pct(t.correct, t.watched),
      pct(t.correct, t.proposed),
      t.bureaus ? (t.pages / t.bureaus).toFixed(1) : '',
      t.bureaus ? (t.ms / t.bureaus / 1000).toFixed(2) : '',
    ]),
  ),
);
console.log(`redesigned sites whose every column was found at its new URL: ${redesignFound}/${redesigned}`);
console.log(
  `proposals for categories the generator does not model, at columns it does not model (unjudged): ${unjudged.length}` +
    (unjudged.length > 0
      ? ` — ${[...new Set(unjudged.map((u) => u.split(' ')[2]?.replace(/:$/, '')))].join(', ')}`
      : ''),
);
if (process.env.EVAL_MISSES) console.log(unjudged.map((u) => `unjudged ${u}`).join('\n'));
if (process.env.EVAL_MISSES) console.log(misses.join('\n'));
await crawler.browser?.close();
await sim.close();
process.exit(0);
