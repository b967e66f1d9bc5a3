import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let out = '';

// The build `npm install` runs (`prepare`), into a scratch folder inside the package so the compiled code
// finds config/ the way dist/ does.
beforeAll(async () => {
  await mkdir(path.join(root, '.scratch'), { recursive: true });
  out = await mkdtemp(path.join(root, '.scratch', 'build-'));
  await run(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
    {
      cwd: root,
    },
  );
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe('the compiled build', () => {
  it('runs the CLI with plain node, no TypeScript loader', async () => {
    const { stdout } = await run(process.execPath, [path.join(out, 'src/main.js'), '--help']);
    expect(stdout).toMatch(/^landwatch <command>/);
    expect(stdout).toContain('check');
  });

  it('starts the compiled parser thread, which reads a GBK page as the TypeScript one does', async () => {
    const pool = path.join(out, 'src/crawl/extraction-pool.js');
    const script = `
      const { extractionPool } = await import(${JSON.stringify(pool)});
      const iconv = (await import('iconv-lite')).default;
      const html = '<html><head><meta charset="gbk"></head><body><ul>' +
        ['2026-11-20','2026-11-25','2026-11-18'].map((d, i) => '<li><a href="/a' + i + '.html">关于国有建设用地使用权出让公告第' + i + '号</a><span>' + d + '</span></li>').join('') +
        '</ul></body></html>';
      const read = extractionPool(1);
      const bytes = new Uint8Array(iconv.encode(html, 'gbk'));
      const x = await read({ bytes, contentType: 'text/html', url: 'http://127.0.0.1/col/', today: '2026-11-27' });
      console.log(JSON.stringify({ status: x.status, newest: x.newest, items: x.items.length, kept: bytes.byteLength > 0 }));
    `;
    // A file rather than `--input-type=module -e`: the thread would inherit that flag and refuse to start.
    const probe = path.join(out, 'probe.mjs');
    await writeFile(probe, script);
    const { stdout } = await run(process.execPath, [probe], { cwd: root });
    expect(JSON.parse(stdout)).toEqual({ status: 'ok', newest: '2026-11-25', items: 3, kept: true });
  });
});
