/**
 * startup-rss: peak RSS of a process at start, compiled (dist/) against TypeScript through tsx, for
 * `landwatch --help` and for a process that starts a parser thread and reads one page. Needs `npm run build`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { median, round } from './figures.js';
import { BENCH_ROOT } from './sim-process.js';

const run = promisify(execFile);
/** Prints the process's peak RSS (KiB) on stderr as it exits. */
const REPORT = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const onePage = (pool: string) =>
  `const { extractionPool } = await import(${JSON.stringify(pool)});` +
  `const html = '<ul>' + '<li><a href="/a.html">关于国有建设用地使用权出让的公告</a><span>2026-11-20</span></li>'.repeat(20) + '</ul>';` +
  `await extractionPool(1)({ bytes: new TextEncoder().encode(html), contentType: 'text/html; charset=utf-8', today: '2026-11-27' });`;

async function peakMiB(args: string[], times = 3): Promise<number> {
  const peaks: number[] = [];
  for (let i = 0; i < times; i++) {
    const { stderr } = await run(process.execPath, ['--import', REPORT, ...args], { cwd: BENCH_ROOT });
    peaks.push(Number(/maxrss (\d+)/.exec(stderr)?.[1]) / 1024);
  }
  return round(median(peaks));
}

export async function startupRss() {
  const dist = path.join(BENCH_ROOT, 'dist/src');
  if (!existsSync(path.join(dist, 'main.js'))) throw new Error('startup-rss needs the build: run `npm run build`');
  const src = path.join(BENCH_ROOT, 'src');
  // Files rather than `--eval`: a worker inherits `--input-type` and refuses to start with it.
  const scratch = path.join(BENCH_ROOT, '.scratch');
  await mkdir(scratch, { recursive: true });
  const probe = async (name: string, pool: string) => {
    const file = path.join(scratch, name);
    await writeFile(file, onePage(pool));
    return file;
  };
  return {
    case: 'startup-rss',
    helpCompiledMiB: await peakMiB([path.join(dist, 'main.js'), '--help']),
    helpTsxMiB: await peakMiB(['--import', 'tsx', path.join(src, 'main.ts'), '--help']),
    helpBinMiB: await peakMiB([path.join(BENCH_ROOT, 'bin/landwatch.js'), '--help']),
    workerCompiledMiB: await peakMiB([await probe('rss-compiled.mjs', path.join(dist, 'crawl/extraction-pool.js'))]),
    workerTsxMiB: await peakMiB([
      '--import',
      'tsx',
      await probe('rss-tsx.mjs', path.join(src, 'crawl/extraction-pool.ts')),
    ]),
  };
}
