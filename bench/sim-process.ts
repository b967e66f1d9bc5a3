import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const BENCH_ROOT = path.resolve(import.meta.dirname, '..');

export interface SimProcess {
  child: ChildProcess;
  bureausFile: string;
  truthFile: string;
}

/** The simulated network in its own process, every list page rendered in advance (`landwatch sim --warm`). */
export async function startSim(opts: {
  size: number;
  latencyMs: number;
  faults: number;
  families: 'classic' | 'realistic';
  day: string;
  dir: string;
}): Promise<SimProcess> {
  const bureausFile = path.join(opts.dir, 'bureaus.yaml');
  const truthFile = path.join(opts.dir, 'truth.json');
  const args = ['sim', '--size', String(opts.size), '--seed', '7', '--day', opts.day];
  args.push('--latency', String(opts.latencyMs), '--faults', String(opts.faults), '--families', opts.families);
  args.push('--bureaus-out', bureausFile, '--truth-out', truthFile, '--warm');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_ROOT, 'src/main.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('wrote')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { child, bureausFile, truthFile };
}

/** CPU seconds a child process has used so far (Linux /proc; clock ticks are 1/100 s). */
export async function childCpuS(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A TypeScript bench script in a fresh process (through tsx), its one JSON line read back. */
export async function runScript<T>(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<T> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(BENCH_ROOT, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  // The JSON is the last thing printed; anything before it is the script's own chatter.
  return JSON.parse(out.slice(out.search(/^[[{]/m))) as T;
}
