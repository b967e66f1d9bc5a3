import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/common.js';
import { runCli } from '../../src/cli/index.js';
import { generateNetwork } from '../../src/sim/network.js';
import { bureausYaml, type SimServer, startSimServer } from '../../src/sim/server.js';

let sim: SimServer;
let dir: string;
let args: string[];

function capture(): Io & { text: () => string; errors: string[] } {
  const out: string[] = [];
  const errors: string[] = [];
  return {
    out: (t) => out.push(t),
    err: (t) => errors.push(t),
    isTty: false,
    env: {},
    errors,
    text: () => out.join('\n'),
  };
}

async function cli(argv: string[]): Promise<string> {
  const io = capture();
  const code = await runCli(argv, io);
  expect(io.errors).toEqual([]);
  expect(code).toBe(0);
  return io.text();
}

beforeAll(async () => {
  sim = await startSimServer(generateNetwork({ seed: 3, size: 45, origin: '2026-11-27', faultRate: 0.1 }), {
    today: '2026-11-27',
  });
  dir = await mkdtemp(path.join(tmpdir(), 'landwatch-report-'));
  await writeFile(path.join(dir, 'bureaus.yaml'), bureausYaml(sim.bureaus()));
  await writeFile(
    path.join(dir, 'indicators.yaml'),
    await readFile(path.resolve(import.meta.dirname, '../../config/indicators.yaml')),
  );
  await writeFile(path.join(dir, 'settings.yaml'), 'fetch:\n  perHostSpacingMs: 0\n  timeoutMs: 3000\n');
  args = ['--config', dir, '--data', path.join(dir, 'data')];
  // Two weekly checks: the first leaves a ranking snapshot, the second is ranked against it.
  await cli(['check', ...args, '--now', '2026-11-20T04:00:00Z', '--json']);
  await cli(['check', ...args, '--now', '2026-11-27T04:00:00Z', '--json']);
}, 60_000);

afterAll(async () => {
  await sim.close();
});

describe('rankings, scores, rates and the report from stored states', () => {
  it('ranks every level with movement since last week', async () => {
    for (const level of ['province', 'city', 'county']) {
      const ranked = JSON.parse(
        await cli(['rankings', '--level', level, '--json', ...args, '--now', '2026-11-27T05:00:00Z']),
      ) as {
        rank: number;
        total: number | null;
        movement: number | null;
      }[];
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked[0]?.rank).toBe(1);
      expect(ranked.every((r) => r.movement !== null)).toBe(true);
    }
    const text = await cli(['rankings', '--level', 'city', '--top', '3', ...args, '--now', '2026-11-27T05:00:00Z']);
    expect(text).toMatch(/^市级单位排名（前 3 \/ 共 \d+）/);
  });

  it("explains a bureau's score by id or by part of its name", async () => {
    const byId = JSON.parse(await cli(['score', 'sx', '--json', ...args])) as {
      name: string;
      items: { why: string }[];
    };
    expect(byId.name).toMatch(/^山西省/);
    expect(byId.items).toHaveLength(15);
    const text = await cli(['score', '山西省', ...args]);
    expect(text).toContain('总分');
    expect(text).toContain('工作动态');
  });

  it('reports disclosure rates per category and level', async () => {
    const { rates, coverage } = JSON.parse(await cli(['rates', '--json', ...args])) as {
      rates: { level: string; rate: number | null }[];
      coverage: { level: string; rate: number | null }[];
    };
    expect(new Set(rates.map((r) => r.level))).toEqual(new Set(['province', 'city', 'county']));
    expect(coverage.map((c) => c.level)).toEqual(['province', 'city', 'county']);
  });

  it('writes the report in Markdown and HTML with Chinese intact', async () => {
    const md = await cli(['report', '--format', 'md', ...args, '--now', '2026-11-27T05:00:00Z']);
    for (const heading of [
      '# 国土资源（自然资源）部门政府信息网上公开检查情况报告',
      '## 一、总体情况',
      '## 二、各指标项公开率',
      '## 三、存在的主要问题',
      '## 附件1：省级单位排名（前 10 名）',
      '## 附件2：市级单位排名（前 30 名）',
      '## 附件3：县级单位排名（前 30 名）',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/在网站上开展了政府信息公开。/);
    const out = path.join(dir, 'report.html');
    await cli(['report', '--format', 'html', '--out', out, ...args]);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">/);
    expect(html).toContain('<h2>附件3：县级单位排名（前 30 名）</h2>');
    expect(html).not.toContain('\ufffd');
  });
});
