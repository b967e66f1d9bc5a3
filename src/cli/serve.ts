import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalogSource } from '../app/catalog.js';
import { averageScores, inspect } from '../app/inspection.js';
import { DashboardAccessError } from '../dashboard/access.js';
import { startDashboard } from '../dashboard/server.js';
import { renderTrendPng } from '../digest/chart.js';
import type { Inspection } from '../domain/inspection.js';
import { sectionKey } from '../domain/types.js';
import { openStore, type Store } from '../store/store.js';
import { commonOptions, dataDir, type Io, parseNow, UsageError } from './common.js';
import { configForData } from './data-catalog.js';

export const serveHelp = `landwatch serve [--port N] [--host H] [--data DIR] [--config DIR | --bureaus FILE] [--now ISO]

Serves the read-only dashboard: rankings per level (with a province filter), a page per bureau with each
section's history chart, the stale list, rates and the report (Markdown, HTML, xlsx). Chinese by default,
English with ?lang=en. Port and host default to settings.yaml (dashboard: 8080 on 127.0.0.1); any host
other than loopback needs DASHBOARD_TOKEN, sent as "Authorization: Bearer …" or ?token=…. The store is
re-read when another process (landwatch check) changes it. --port 0 picks a free port.`;

/** Recomputed when the store file changes, and at least once a minute (movement depends on the date). */
const INSPECTION_TTL_MS = 60_000;

/** Runs until SIGINT or SIGTERM, or until `until` settles (tests serve in-process). */
export async function serveCommand(args: string[], io: Io, until: Promise<unknown> = signalled()): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...commonOptions, port: { type: 'string' }, host: { type: 'string' } },
  });
  if (values.help) {
    io.out(serveHelp);
    return 0;
  }
  const config = configForData(dataDir(values.data, io), values);
  const now = parseNow(values.now);
  const port = values.port === undefined ? config.settings.dashboard.port : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port: expected 0–65535 (value: "${values.port}")`);
  }
  const host = values.host ?? config.settings.dashboard.host;
  const dir = dataDir(values.data, io);
  let opened: { mtimeMs: number; store: Store } | null = null;
  const store = async (): Promise<Store> => {
    const mtimeMs = opened ? mtimeOf(opened.store.file) : 0;
    if (!opened || mtimeMs !== opened.mtimeMs) {
      const s = await openStore(dir);
      opened = { mtimeMs: mtimeOf(s.file), store: s };
    }
    return opened.store;
  };
  let memo: { store: Store; at: number; value: Inspection } | null = null;
  const inspection = async (): Promise<Inspection> => {
    const s = await store();
    if (!memo || memo.store !== s || Date.now() - memo.at > INSPECTION_TTL_MS) {
      memo = { store: s, at: Date.now(), value: inspect(catalogSource(config, s)(), s, now(), config.calendar) };
    }
    return memo.value;
  };
  let running: Awaited<ReturnType<typeof startDashboard>>;
  try {
    running = await startDashboard(
      {
        inspection,
        history: async (bureauId, category) => (await store()).section(sectionKey(bureauId, category))?.history ?? null,
        trendPng: async () => {
          const s = await store();
          const past = s.snapshots().flatMap((x) => (x.averages ? [{ at: x.at, averages: x.averages }] : []));
          return renderTrendPng([...past, { at: now().toISOString(), averages: averageScores(await inspection()) }]);
        },
      },
      { port, host, token: io.env.DASHBOARD_TOKEN },
    );
  } catch (e) {
    if (e instanceof DashboardAccessError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
  await inspection();
  io.out(`dashboard on ${running.url}${io.env.DASHBOARD_TOKEN ? ' (token required)' : ''}`);
  await until;
  await running.close();
  return 0;
}

function signalled(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
