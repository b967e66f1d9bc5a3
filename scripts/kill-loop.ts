/**
 * Kill-loop campaign: runs `landwatch check` (or `landwatch bot --once`) against the simulated network
 * and kill -9s it at random points, again and again, then checks what a crash may never do to the store:
 * it must open, every record must be whole and valid, no temporary file may be left once it is open,
 * journal segments must end on a whole line, and no record written before may be lost. Bot mode puts
 * messages in the outbox before each run; after a last clean run each must have reached the Discord and
 * webhook stand-ins exactly once. Half the kills aim at the last writes (final flush, outbox drain).
 * `npx tsx scripts/kill-loop.ts [--bot] [--kills N] [--size BUREAUS] [--seed-size BUREAUS] [--faults R] [--seed N]`
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../src/config/config.js';
import { chinaDay } from '../src/domain/day.js';
import { generateNetwork } from '../src/sim/network.js';
import { bureausYaml, startSimServer } from '../src/sim/server.js';
import { JOURNAL_FILE, openStore } from '../src/store/store.js';
import { CHANNELS, DiscordFake, GUILD_ID, TOKEN } from '../tests/harness/discord-fake.js';
import { seedStoreFromTruth } from '../tests/harness/seed-store.js';
import { startWebhook, type Tally, tally } from './kill-loop-standins.js';

const root = path.resolve(import.meta.dirname, '..');

export interface KillLoopOptions {
  kills: number;
  /** Kill `bot --once` (with Discord and webhook stand-ins) instead of `check`. */
  bot?: boolean;
  /** Bureaus on the simulated network that the command checks. */
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
  /** Kills aimed at the run's last writes (the final flush, or the outbox drain). */
  lateKills: number;
  runs: { killedAfterMs: number; exit: string; storedSections: number }[];
  /** Problems found; empty when the store survived every kill. */
  problems: string[];
  finalSections: number;
  expectedSections: number;
  /** Bot mode: messages put in the outbox, and how many reached each stand-in once, twice, never. */
  delivery?: { messages: number; discord: Tally; webhook: Tally };
}

/** A deterministic generator (Park–Miller), so a failing campaign can be replayed with its seed. */
function random(seed: number): () => number {
  let s = (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

async function configDir(dir: string, bureaus: string, webhook: string | null): Promise<string> {
  const out = path.join(dir, 'config');
  await mkdir(out, { recursive: true });
  await copyFile(path.join(DEFAULT_CONFIG_DIR, 'indicators.yaml'), path.join(out, 'indicators.yaml'));
  const { fetch, store, alerts } = loadConfig({ dir: DEFAULT_CONFIG_DIR }).settings;
  // Loopback sites: no politeness wait, so a run is short and the kills land all over it. No quiet hours.
  const settings = {
    timezone: 'Asia/Shanghai',
    fetch: { ...fetch, perHostSpacingMs: 0, timeoutMs: 3000, retries: 0 },
    store,
    alerts: { ...alerts, quietHours: { start: 0, end: 0 } },
    ...(webhook ? { webhooks: [{ kind: 'wecom', url: webhook, channels: ['alerts', 'ops', 'digest'] }] } : {}),
  };
  await writeFile(path.join(out, 'settings.yaml'), stringify(settings));
  await writeFile(path.join(out, 'bureaus.yaml'), bureaus);
  return out;
}

interface Run {
  args: string[];
  env?: Record<string, string>;
  /** Kill `delayMs` after this text is first printed, or after this many stdout lines, or after start. */
  killAfter: { text?: string; lines?: number; delayMs: number } | null;
}

async function run(r: Run): Promise<{ code: number | null; stderr: string; killedAfterMs: number }> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts'), ...r.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...r.env },
  });
  let stderr = '';
  let killedAfterMs = -1;
  let armed = false;
  let lines = 0;
  const arm = () => {
    if (armed || !r.killAfter) return;
    armed = true;
    setTimeout(() => {
      killedAfterMs = Math.round(performance.now() - started);
      child.kill('SIGKILL');
    }, r.killAfter.delayMs);
  };
  const watch = (d: Buffer) => {
    if (r.killAfter?.text && d.toString().includes(r.killAfter.text)) arm();
  };
  child.stdout?.on('data', (d: Buffer) => {
    lines += d.toString().split('\n').length - 1;
    if (r.killAfter?.lines !== undefined && lines >= r.killAfter.lines) arm();
    watch(d);
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    watch(d);
  });
  if (r.killAfter && r.killAfter.text === undefined && r.killAfter.lines === undefined) arm();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr: stderr.slice(-2000), killedAfterMs };
}

/** What a crash may never do; returns the problems found and the record contents by key. */
async function inspectStore(data: string): Promise<{ problems: string[]; records: Set<string> }> {
  const problems: string[] = [];
  const records = new Set<string>();
  try {
    for (const r of (await openStore(data)).sections()) records.add(`${r.bureauId}/${r.category}`);
  } catch (e) {
    problems.push(`store does not open: ${(e as Error).message}`);
  }
  for (const name of await readdir(data).catch(() => [])) {
    if (name.endsWith('.tmp')) problems.push(`temporary file left after open: ${name}`);
    if (!name.startsWith(`${JOURNAL_FILE}.`)) continue;
    const journal = await readFile(path.join(data, name));
    if (journal.byteLength > 0 && journal.at(-1) !== 10) problems.push(`${name} does not end on a whole line`);
  }
  return { problems, records };
}

/** Twelve messages for run `n` to deliver, each with a text no other message has; returns the texts. */
async function enqueueRound(data: string, n: number): Promise<string[]> {
  const store = await openStore(data);
  const at = new Date().toISOString();
  // Bracketed, so that no text is part of another (message 1.1 of 1.10).
  const texts = Array.from({ length: 12 }, (_, i) => `[kill-loop message ${n}.${i + 1}]`);
  const channel = (i: number) => (i % 3 === 0 ? 'ops' : 'alerts') as 'ops' | 'alerts';
  const page = (text: string) => ({ content: text, embeds: [] });
  const messages = texts.map((text, i) => ({
    channel: channel(i),
    createdAt: at,
    notBefore: at,
    text,
    page: page(text),
  }));
  store.enqueue(
    messages.map((m) => ({ ...m, sectionKeys: [] })),
    new Date(),
  );
  await store.flush();
  return texts;
}

export async function killLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  const log = options.log ?? (() => {});
  const next = random(options.seed);
  // bot --once judges by the real clock, so the network's today is today.
  const day = options.bot ? chinaDay(new Date()) : '2026-11-27';
  const work = await mkdtemp(path.join(tmpdir(), 'landwatch-kill-loop-'));
  const network = generateNetwork({ seed: options.seed, size: options.size, origin: day, faultRate: options.faults });
  const sim = await startSimServer(network, { today: day });
  const discord = options.bot ? await new DiscordFake().start() : null;
  const webhook = options.bot ? await startWebhook() : null;
  try {
    const config = await configDir(work, bureausYaml(sim.bureaus()), webhook?.url ?? null);
    const data = path.join(work, 'data');
    if (options.seedSize > 0) {
      const seeded = await openStore(data);
      const other = generateNetwork({ seed: options.seed + 1, size: options.seedSize, origin: day });
      seedStoreFromTruth(seeded, other, loadConfig({ dir: DEFAULT_CONFIG_DIR }), day);
      await seeded.flush();
    }
    const expected = sim.bureaus().reduce((n, b) => n + b.sections.length, 0);
    const check = ['check', '--config', config, '--data', data, '--now', `${day}T04:00:00Z`, '--json'];
    const bot = ['bot', '--once', '--config', config, '--data', data];
    const env = discord && {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API: discord.api,
      DISCORD_GUILD_ID: GUILD_ID,
      ALERT_CHANNEL_ID: CHANNELS.alerts,
      OPS_CHANNEL_ID: CHANNELS.ops,
      DIGEST_CHANNEL_ID: CHANNELS.digest,
      LOG_LEVEL: 'info',
    };
    const texts: string[] = [];
    let known = (await inspectStore(data)).records;
    const problems: string[] = [];
    const runs: KillLoopReport['runs'] = [];
    let lateKills = 0;
    for (let k = 0; k <= options.kills; k++) {
      const final = k === options.kills;
      if (env) {
        const queued = await enqueueRound(data, k + 1).catch((e: Error) => e);
        if (queued instanceof Error) {
          problems.push(`before run ${k + 1}: ${queued.message}`);
          break;
        }
        texts.push(...queued);
      }
      const aimLate = !final && next() < 0.5;
      if (aimLate) lateKills++;
      // Late: while the outbox drains (bot), or once the last section is printed and the flush runs.
      // Early: anywhere in the check of the sections.
      const killAfter = final
        ? null
        : env
          ? {
              text: aimLate ? 'check cycle done' : 'discord ready',
              delayMs: Math.floor(next() * (aimLate ? 400 : 3000)),
            }
          : { lines: aimLate ? expected : 1 + Math.floor(next() * expected), delayMs: Math.floor(next() * 60) };
      const result = await run({ args: env ? bot : check, env: env ?? {}, killAfter });
      const found = await inspectStore(data);
      const label = final ? 'final run' : `kill ${k + 1}`;
      problems.push(...found.problems.map((p) => `${label}: ${p}`));
      for (const key of known) if (!found.records.has(key)) problems.push(`${label}: ${key} was lost`);
      if (result.killedAfterMs < 0 && result.code !== 0)
        problems.push(`${label}: exited ${result.code}: ${result.stderr}`);
      const exit = result.killedAfterMs >= 0 ? `killed after ${result.killedAfterMs} ms` : `exited ${result.code}`;
      runs.push({ killedAfterMs: result.killedAfterMs, exit, storedSections: found.records.size });
      log(
        `${label}: ${exit}; store opens with ${found.records.size} records${found.problems.length ? ` — ${found.problems.join('; ')}` : ''}`,
      );
      if (found.records.size > 0) known = found.records;
    }
    const checked = [...known].filter((key) => sim.bureaus().some((b) => key.startsWith(`${b.id}/`)));
    if (checked.length !== expected) problems.push(`the final run stored ${checked.length} of ${expected} sections`);
    const report: KillLoopReport = {
      kills: options.kills,
      lateKills,
      runs: runs.slice(0, options.kills),
      problems,
      finalSections: checked.length,
      expectedSections: expected,
    };
    if (discord && webhook) {
      const delivery = {
        messages: texts.length,
        discord: tally(
          texts,
          discord.messages.map((m) => m.content ?? ''),
        ),
        webhook: tally(texts, webhook.bodies),
      };
      for (const [sink, t] of [
        ['discord', delivery.discord],
        ['webhook', delivery.webhook],
      ] as const)
        if (t.twice > 0 || t.never > 0) problems.push(`${sink}: ${t.twice} messages delivered twice, ${t.never} never`);
      report.delivery = delivery;
    }
    return report;
  } finally {
    await webhook?.close();
    await discord?.stop();
    await sim.close();
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      bot: { type: 'boolean', default: false },
      kills: { type: 'string', default: '30' },
      size: { type: 'string', default: '20' },
      'seed-size': { type: 'string', default: '800' },
      faults: { type: 'string', default: '0.05' },
      seed: { type: 'string', default: '1' },
    },
  });
  const n = (name: 'kills' | 'size' | 'seed-size' | 'faults' | 'seed') => Number(values[name]);
  const report = await killLoop({
    bot: values.bot,
    kills: n('kills'),
    size: n('size'),
    seedSize: n('seed-size'),
    faults: n('faults'),
    seed: n('seed'),
    log: console.log,
  });
  const d = report.delivery;
  console.log(
    `\n${report.kills} kills (${report.lateKills} aimed at the last writes); the final run stored ${report.finalSections}/${report.expectedSections} sections${d ? `; ${d.messages} messages: Discord ${JSON.stringify(d.discord)}, webhook ${JSON.stringify(d.webhook)}` : ''}; ${report.problems.length} problems`,
  );
  for (const p of report.problems) console.log(`  ${p}`);
  process.exitCode = report.problems.length === 0 ? 0 : 1;
}
