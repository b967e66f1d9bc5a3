/**
 * Kill-loop campaign: runs `landwatch check` against the simulated network and kill -9s it at random
 * points, again and again, then checks what a crash may never do to the store: it must open, every record
 * must be whole and valid, no temporary file may be left once it is open, the journal must end on a whole
 * line, and nothing written before may be lost or changed.
 *
 * `npx tsx scripts/kill-loop.ts [--kills N] [--size BUREAUS] [--seed-size BUREAUS] [--faults RATE] [--seed N]`
 * Kills are aimed at random moments of the run and, half the time, just after the last section is
 * printed, which is when the final flush writes.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { generateNetwork } from '../src/sim/network.js';
import { bureausYaml, startSimServer } from '../src/sim/server.js';
import { JOURNAL_FILE, openStore } from '../src/store/store.js';
import { seedStoreFromTruth } from '../tests/harness/seed-store.js';

const root = path.resolve(import.meta.dirname, '..');
const DAY = '2026-11-27';

export interface KillLoopOptions {
  kills: number;
  /** Bureaus on the simulated network that `check` reads. */
  size: number;
  /** Bureaus of another network whose records are in the store before the first run (0: none). */
  seedSize: number;
  /** Share of sections with a fault (slow, failing, blocked); they make runs longer. */
  faults: number;
  seed: number;
  log?: (line: string) => void;
}

export interface KillLoopReport {
  kills: number;
  /** Kills that landed after the last section was printed, during or near the final flush. */
  killsAfterLastSection: number;
  runs: { killedAfterMs: number; sectionsPrinted: number; storedSections: number }[];
  /** Problems found; empty when the store survived every kill. */
  problems: string[];
  finalSections: number;
  expectedSections: number;
}

/** A small deterministic generator, so a failing campaign can be replayed with its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

async function configDir(dir: string, bureaus: string): Promise<string> {
  const out = path.join(dir, 'config');
  await mkdir(out, { recursive: true });
  await copyFile(path.join(DEFAULT_CONFIG_DIR, 'indicators.yaml'), path.join(out, 'indicators.yaml'));
  const settings = loadConfig({ dir: DEFAULT_CONFIG_DIR }).settings;
  // Loopback sites: no politeness wait, so a run is short and the kills land all over it.
  const fetch = { ...settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000, retries: 0 };
  const raw = (await readFile(path.join(DEFAULT_CONFIG_DIR, 'settings.yaml'), 'utf8')).split('\nfetch:')[0];
  await writeFile(path.join(out, 'settings.yaml'), `${raw}\n${stringify({ fetch, store: settings.store })}`);
  await writeFile(path.join(out, 'bureaus.yaml'), bureaus);
  return out;
}

function startCheck(config: string, data: string): ChildProcess {
  const args = ['--import', 'tsx', path.join(root, 'src/main.ts'), 'check', '--config', config, '--data', data];
  return spawn(process.execPath, [...args, '--now', `${DAY}T04:00:00Z`, '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs check; kills it `delayMs` after it printed `afterLines` sections (never, when null). */
async function runCheck(
  config: string,
  data: string,
  kill: { afterLines: number; delayMs: number } | null,
): Promise<{ printed: number; code: number | null; stderr: string; killedAfterMs: number }> {
  const started = performance.now();
  const child = startCheck(config, data);
  let printed = 0;
  let stderr = '';
  let killedAfterMs = -1;
  const killNow = () => {
    killedAfterMs = Math.round(performance.now() - started);
    child.kill('SIGKILL');
  };
  child.stdout?.on('data', (d: Buffer) => {
    const before = printed;
    printed += d.toString().split('\n').length - 1;
    if (kill && before < kill.afterLines && printed >= kill.afterLines) setTimeout(killNow, kill.delayMs);
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  if (kill?.afterLines === 0) setTimeout(killNow, kill.delayMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { printed, code, stderr, killedAfterMs };
}

/** What a crash may never do; returns the problems found and the record contents by key. */
async function inspectStore(data: string): Promise<{ problems: string[]; records: Map<string, string> }> {
  const problems: string[] = [];
  const records = new Map<string, string>();
  try {
    const store = await openStore(data);
    for (const r of store.sections()) records.set(`${r.bureauId}/${r.category}`, JSON.stringify(r));
  } catch (e) {
    problems.push(`store does not open: ${(e as Error).message}`);
  }
  const left = (await readdir(data).catch(() => [])).filter((n) => n.endsWith('.tmp'));
  if (left.length > 0) problems.push(`temporary files left after open: ${left.join(', ')}`);
  for (const name of await readdir(data).catch(() => [])) {
    if (!name.startsWith(`${JOURNAL_FILE}.`)) continue;
    const journal = await readFile(path.join(data, name));
    if (journal.byteLength > 0 && journal.at(-1) !== 10) problems.push(`${name} does not end on a whole line`);
  }
  return { problems, records };
}

export async function killLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  const log = options.log ?? (() => {});
  const next = random(options.seed);
  const work = await mkdtemp(path.join(tmpdir(), 'landwatch-kill-loop-'));
  const sim = await startSimServer(
    generateNetwork({ seed: options.seed, size: options.size, origin: DAY, faultRate: options.faults }),
    {
      today: DAY,
    },
  );
  try {
    const config = await configDir(work, bureausYaml(sim.bureaus()));
    const data = path.join(work, 'data');
    if (options.seedSize > 0) {
      const seeded = await openStore(data);
      const other = generateNetwork({ seed: options.seed + 1, size: options.seedSize, origin: DAY });
      seedStoreFromTruth(seeded, other, loadConfig({ dir: DEFAULT_CONFIG_DIR }), DAY);
      await seeded.flush();
    }
    const expected = sim.bureaus().reduce((n, b) => n + b.sections.length, 0);
    let known = (await inspectStore(data)).records;
    const problems: string[] = [];
    const runs: KillLoopReport['runs'] = [];
    let late = 0;
    for (let k = 0; k < options.kills; k++) {
      const atEnd = next() < 0.5;
      if (atEnd) late++;
      const kill = atEnd
        ? { afterLines: expected, delayMs: Math.floor(next() * 60) }
        : { afterLines: Math.floor(next() * expected), delayMs: Math.floor(next() * 40) };
      const run = await runCheck(config, data, kill);
      const found = await inspectStore(data);
      for (const p of found.problems) problems.push(`kill ${k + 1}: ${p}`);
      // Records are only ever replaced by newer ones: none may disappear.
      for (const key of known.keys()) if (!found.records.has(key)) problems.push(`kill ${k + 1}: ${key} was lost`);
      if (run.code !== null && run.code !== 0) problems.push(`kill ${k + 1}: check exited ${run.code}: ${run.stderr}`);
      runs.push({ killedAfterMs: run.killedAfterMs, sectionsPrinted: run.printed, storedSections: found.records.size });
      log(
        `kill ${k + 1}/${options.kills}: after ${run.killedAfterMs} ms, ${run.printed}/${expected} sections printed; store opens with ${found.records.size} records${found.problems.length ? ` — ${found.problems.join('; ')}` : ''}`,
      );
      if (found.records.size > 0) known = found.records;
    }
    const last = await runCheck(config, data, null);
    if (last.code !== 0) problems.push(`final run exited ${last.code}: ${last.stderr}`);
    const final = await inspectStore(data);
    problems.push(...final.problems.map((p) => `after the final run: ${p}`));
    const checked = [...final.records.keys()].filter((key) => sim.bureaus().some((b) => key.startsWith(`${b.id}/`)));
    if (checked.length !== expected) problems.push(`final run stored ${checked.length} of ${expected} sections`);
    return {
      kills: options.kills,
      killsAfterLastSection: late,
      runs,
      problems,
      finalSections: checked.length,
      expectedSections: expected,
    };
  } finally {
    await sim.close();
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '30' },
      size: { type: 'string', default: '20' },
      'seed-size': { type: 'string', default: '800' },
      faults: { type: 'string', default: '0.05' },
      seed: { type: 'string', default: '1' },
    },
  });
  const report = await killLoop({
    kills: Number(values.kills),
    size: Number(values.size),
    seedSize: Number(values['seed-size']),
    faults: Number(values.faults),
    seed: Number(values.seed),
    log: console.log,
  });
  console.log(
    `\n${report.kills} kills (${report.killsAfterLastSection} after the last section was printed); final run stored ${report.finalSections}/${report.expectedSections} sections; ${report.problems.length} problems`,
  );
  for (const p of report.problems) console.log(`  ${p}`);
  process.exitCode = report.problems.length === 0 ? 0 : 1;
}
