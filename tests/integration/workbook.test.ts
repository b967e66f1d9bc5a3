import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogSource } from '../../src/app/catalog.js';
import { inspect } from '../../src/app/inspection.js';
import type { Io } from '../../src/cli/common.js';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config/config.js';
import { VETO_NAMES } from '../../src/render/report.js';
import { digestWorkbookFiles } from '../../src/render/workbook.js';
import { openStore } from '../../src/store/store.js';
import { HOSTILE, type SeededData, seedDataDir } from '../harness/seeded-data.js';

/** Runs one CLI command in-process and returns what it printed. */
async function cli(argv: string[]): Promise<string> {
  const out: string[] = [];
  const errors: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => errors.push(t), isTty: false, env: {} };
  const code = await runCli(argv, io);
  expect(errors).toEqual([]);
  expect(code).toBe(0);
  return out.join('\n');
}

interface RankingRow {
  rank: number;
  bureau: string;
  total: number | null;
  coverage: number;
  vetoes: string[];
  movement: number | null;
}

let seeded: SeededData;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  seeded = await seedDataDir(60);
  const file = path.join(seeded.dir, 'report.xlsx');
  expect(await cli(['report', '--format', 'xlsx', '--out', file, ...seeded.args])).toBe(`wrote ${file}`);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
}, 60_000);

/** A sheet's rows below the header, as objects keyed by header. */
function rowsOf(name: string): Record<string, ExcelJS.CellValue>[] {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" (have: ${book.worksheets.map((w) => w.name).join(', ')})`);
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

describe('the inspection workbook', () => {
  it('has the overview, the three annexes, a sheet per level, the sections and the rates', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '总体情况',
      '附件1 省级前10名',
      '附件2 市级前30名',
      '附件3 县级前30名',
      '省级单位',
      '市级单位',
      '县级单位',
      '栏目明细',
      '公开率',
    ]);
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toMatch(/^A1:[A-Z]+1$/);
    }
  });

  it('ranks every bureau as `landwatch rankings --json` does', async () => {
    const sheets = { province: '省级单位', city: '市级单位', county: '县级单位' } as const;
    for (const [level, sheet] of Object.entries(sheets)) {
      const expected = JSON.parse(await cli(['rankings', '--level', level, '--json', ...seeded.args])) as RankingRow[];
      const rows = rowsOf(sheet);
      expect(rows.length).toBe(expected.length);
      expect(
        rows.map((r) => ({
          rank: r.排名,
          bureau: r.单位编号,
          total: r.得分 ?? null,
          coverage: Math.round((r.覆盖率 as number) * 1000) / 1000,
          vetoes: r.单项否决 ? String(r.单项否决).split('；') : [],
          movement: r.变化 ?? null,
        })),
      ).toEqual(
        expected
          .map((e) => ({ ...e, vetoes: e.vetoes.map((v) => VETO_NAMES[v as keyof typeof VETO_NAMES]) }))
          .map(({ rank, bureau, total, coverage, vetoes, movement }) => ({
            rank,
            bureau,
            total,
            coverage,
            vetoes,
            movement,
          })),
      );
      expect(expected.some((e) => e.movement !== null && e.movement !== 0)).toBe(true);
    }
    const top = JSON.parse(await cli(['rankings', '--level', 'city', '--top', '30', '--json', ...seeded.args]));
    expect(rowsOf('附件2 市级前30名').map((r) => r.单位)).toEqual(top.map((t: { name: string }) => t.name));
  });

  it('gives the rates `landwatch rates --json` prints', async () => {
    const { rates } = JSON.parse(await cli(['rates', '--json', ...seeded.args])) as {
      rates: { category: string; inspected: number; published: number; unknown: number; rate: number | null }[];
    };
    const rows = rowsOf('公开率');
    expect(
      rows.map((r) => ({
        category: r.指标编号,
        inspected: r.检查单位,
        published: r.公开单位,
        unknown: r.无法读取,
        rate: r.公开率 ?? null,
      })),
    ).toEqual(
      rates.map(({ category, inspected, published, unknown, rate }) => ({
        category,
        inspected,
        published,
        unknown,
        rate,
      })),
    );
  });

  it('lists every section with real dates, links and stale rows marked', () => {
    const ws = book.getWorksheet('栏目明细') as ExcelJS.Worksheet;
    const rows = rowsOf('栏目明细');
    expect(rows.length).toBeGreaterThan(500);
    const dated = rows.findIndex((r) => r.最新日期 instanceof Date);
    expect(dated).toBeGreaterThanOrEqual(0);
    const dateCell = ws.getRow(dated + 2).getCell(8);
    expect(dateCell.type).toBe(ExcelJS.ValueType.Date);
    expect(dateCell.numFmt).toBe('yyyy"年"m"月"d"日"');
    const link = ws.getRow(2).getCell(11);
    expect(link.type).toBe(ExcelJS.ValueType.Hyperlink);
    expect((link.value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(/^http:\/\//);
    const staleRow = rows.findIndex((r) => r.状态 === '已超期');
    const fresh = rows.findIndex((r) => r.状态 === '正常');
    const fillOf = (i: number) => (ws.getRow(i + 2).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fillOf(staleRow)).toBe('FFF8CBAD');
    expect(fillOf(fresh)).toBeUndefined();
    // Scraped text is data in a spreadsheet: kept as written, as a string, never a formula.
    expect(rows.some((r) => r.最新信息 === HOSTILE)).toBe(true);
  });

  it('is attached to the weekly digest only when settings ask for it', async () => {
    const config = loadConfig({ dir: seeded.configDir });
    const store = await openStore(seeded.dataDir);
    const inspection = inspect(catalogSource(config, store)(), store, new Date(seeded.now), config.calendar);
    expect(await digestWorkbookFiles({ attachWorkbook: false }, inspection)).toEqual([]);
    const [file] = await digestWorkbookFiles({ attachWorkbook: true }, inspection);
    expect(file?.name).toBe('landwatch-2026-11-27.xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(file?.base64 ?? '', 'base64') as unknown as ArrayBuffer);
    expect(back.getWorksheet('省级单位')?.rowCount).toBe(rowsOf('省级单位').length + 1);
  });

  it('counts working-day ages where the rule does, as `landwatch score` says them', async () => {
    const rows = rowsOf('栏目明细').filter((r) => r.单位编号 === seeded.hostileBureau);
    const notices = rows.find((r) => r.指标项 === '通知公告');
    const news = rows.find((r) => r.指标项 === '工作动态');
    expect(typeof notices?.距今工作日).toBe('number');
    expect(notices?.距今工作日 as number).toBeLessThan(notices?.距今天数 as number);
    expect(news?.距今工作日 ?? null).toBeNull();
    const text = await cli(['score', seeded.hostileBureau, ...seeded.args]);
    expect(text).toContain(`（${notices?.距今工作日} 个工作日前），`);
    expect(text).toContain('应在 120 个工作日内更新');
  });
});
