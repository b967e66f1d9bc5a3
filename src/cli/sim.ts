import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_DIR } from '../config/config.js';
import { loadCalendar } from '../config/holidays.js';
import { parseIndicators } from '../config/indicators.js';
import { chinaDay } from '../domain/day.js';
import { generateNetwork } from '../sim/network.js';
import { bureausYaml, startSimServer } from '../sim/server.js';
import { networkTruth } from '../sim/truth.js';
import { type Io, UsageError } from './common.js';

export const simHelp = `landwatch sim [--size N] [--seed N] [--day YYYY-MM-DD] [--faults RATE] [--redesigns RATE]
              [--latency MS] [--warm] [--bureaus-out FILE] [--truth-out FILE]

Serves a simulated network of bureau sites on loopback (one 127.x.y.z address per bureau) until stopped,
and writes its bureaus.yaml and the truth (newest date and expected state of every section).
--warm renders every list page before serving, so a benchmark times the client, not the simulator.`;

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name}: not a non-negative number (value: "${value}")`);
  return n;
}

function rate(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--${name}: a share between 0 and 1 (value: "${value}")`);
  return n;
}

export async function simCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      size: { type: 'string' },
      seed: { type: 'string' },
      day: { type: 'string' },
      faults: { type: 'string' },
      redesigns: { type: 'string' },
      latency: { type: 'string' },
      warm: { type: 'boolean', default: false },
      'bureaus-out': { type: 'string', default: 'sim-bureaus.yaml' },
      'truth-out': { type: 'string', default: 'sim-truth.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(simHelp);
    return 0;
  }
  const day = values.day ?? chinaDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`--day: expected YYYY-MM-DD (value: "${day}")`);
  const network = generateNetwork({
    seed: int('seed', values.seed, 2009),
    size: int('size', values.size, 40),
    origin: day,
    faultRate: rate('faults', values.faults),
    redesignRate: rate('redesigns', values.redesigns),
  });
  const latencyMs = int('latency', values.latency, 0);
  const sim = await startSimServer(network, { today: day, latencyMs, jitterMs: latencyMs / 2, warm: values.warm });
  await writeFile(values['bureaus-out'], bureausYaml(sim.bureaus()));
  const truth = networkTruth(
    network,
    parseIndicators(`${DEFAULT_CONFIG_DIR}/indicators.yaml`),
    day,
    loadCalendar(`${DEFAULT_CONFIG_DIR}/holidays.yaml`),
  );
  await writeFile(values['truth-out'], `${JSON.stringify({ day, seed: network.seed, sections: truth }, null, 1)}\n`);
  io.out(
    `serving ${network.bureaus.length} bureaus on port ${sim.port} (e.g. http://${network.bureaus[0]?.address}:${sim.port}/)`,
  );
  io.out(
    `wrote ${values['bureaus-out']} and ${values['truth-out']}; try: landwatch check --bureaus ${values['bureaus-out']} --now ${day}`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sim.close();
  return 0;
}
