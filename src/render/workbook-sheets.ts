import type { CategoryRate } from '../domain/rates.js';
import type { BureauScore, BureauStanding } from '../domain/scoring.js';
import { type FreshnessState, GROUPS, LEVELS, type Level, UNKNOWN_STATES } from '../domain/types.js';
import { GROUP_LABELS, LEVEL_LABELS, STATE_LABELS } from './labels.js';
import { ANNEX_TOP, type ReportInput, VETO_NAMES } from './report.js';

/**
 * The inspection workbook as plain sheets: what each sheet holds, row by row, with typed cells (numbers,
 * real dates, links). The same data as the report (report.ts), laid out for sorting and filtering in a
 * spreadsheet; workbook.ts writes it with exceljs. Pure; rows are generated so a national list streams.
 */

export type Cell = string | number | Date | null | { text: string; hyperlink: string };
export type CellFormat = 'text' | 'integer' | 'score' | 'percent' | 'date' | 'datetime' | 'link';

export interface SheetColumn {
  header: string;
  width: number;
  format?: CellFormat;
}

/** How a row is marked: stale sections red, due yellow, blank grey, unreadable blue-grey. */
export type RowMark = 'stale' | 'due' | 'blank' | 'unknown';

export interface SheetRow {
  cells: Cell[];
  mark?: RowMark | undefined;
}

export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  rows: Iterable<SheetRow>;
}

export interface WorkbookInput extends ReportInput {
  standings: BureauStanding[];
}

/** A China calendar day as the spreadsheet date it names (spreadsheets have no time zones). */
export function dayCell(day: string | null | undefined): Date | null {
  return day ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : null;
}

/** An instant shown as China wall-clock time. */
function chinaTime(at: string): Date {
  return new Date(Date.parse(at) + 8 * 3_600_000);
}

function markOf(state: FreshnessState): RowMark | undefined {
  if (state === 'stale') return 'stale';
  if (state === 'due') return 'due';
  if (state === 'blank' || state === 'missing') return 'blank';
  return UNKNOWN_STATES.has(state) ? 'unknown' : undefined;
}

function vetoText(score: BureauScore): string {
  return score.vetoes.map((v) => VETO_NAMES[v.code]).join('；');
}

function overview(input: WorkbookInput): SheetSpec {
  const checkedAt = chinaTime(input.at);
  const rows = LEVELS.filter((l) => input.scores.some((s) => s.level === l)).map((level): SheetRow => {
    const scores = input.scores.filter((s) => s.level === level);
    const totals = scores.flatMap((s) => (s.total === null ? [] : [s.total]));
    const items = scores.flatMap((s) => s.items);
    const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
    return {
      cells: [
        LEVEL_LABELS[level],
        scores.length,
        input.coverage.find((c) => c.level === level)?.rate ?? null,
        totals.length > 0 ? totals.reduce((a, b) => a + b, 0) / totals.length : null,
        scores.filter((s) => s.vetoes.length > 0).length,
        items.length,
        count((i) => i.state === 'stale'),
        count((i) => i.state === 'blank'),
        count((i) => i.verdict === 'unknown'),
        checkedAt,
      ],
    };
  });
  return {
    name: '总体情况',
    columns: [
      { header: '层级', width: 8 },
      { header: '单位数', width: 8, format: 'integer' },
      { header: '开展网上公开', width: 14, format: 'percent' },
      { header: '平均得分', width: 10, format: 'score' },
      { header: '单项否决单位', width: 14, format: 'integer' },
      { header: '检查栏目', width: 10, format: 'integer' },
      { header: '超期栏目', width: 10, format: 'integer' },
      { header: '空白栏目', width: 10, format: 'integer' },
      { header: '无法读取', width: 10, format: 'integer' },
      { header: '检查时间', width: 20, format: 'datetime' },
    ],
    rows,
  };
}

function annex(n: number, level: Level, input: WorkbookInput): SheetSpec {
  return {
    name: `附件${n} ${LEVEL_LABELS[level]}前${ANNEX_TOP[level]}名`,
    columns: [
      { header: '排名', width: 6, format: 'integer' },
      { header: '单位', width: 30 },
      { header: '省份', width: 12 },
      { header: '得分', width: 8, format: 'score' },
      { header: '覆盖率', width: 8, format: 'percent' },
      { header: '变化', width: 6, format: 'integer' },
      { header: '单项否决', width: 30 },
    ],
    rows: input.rankings[level].slice(0, ANNEX_TOP[level]).map((r) => ({
      cells: [r.rank, r.score.name, r.score.province, r.score.total, r.score.coverage, r.movement, vetoText(r.score)],
    })),
  };
}

function levelSheet(level: Level, input: WorkbookInput): SheetSpec {
  return {
    name: `${LEVEL_LABELS[level]}单位`,
    columns: [
      { header: '排名', width: 6, format: 'integer' },
      { header: '单位编号', width: 16 },
      { header: '单位', width: 30 },
      { header: '省份', width: 12 },
      { header: '得分', width: 8, format: 'score' },
      { header: '覆盖率', width: 8, format: 'percent' },
      { header: '变化', width: 6, format: 'integer' },
      { header: '单项否决', width: 30 },
      { header: '已得分值', width: 10, format: 'score' },
      { header: '可读分值', width: 10, format: 'score' },
      { header: '总分值', width: 8, format: 'score' },
      ...GROUPS.map((g) => ({ header: `${GROUP_LABELS[g]}得分`, width: 12, format: 'score' as const })),
    ],
    rows: input.rankings[level].map((r) => ({
      cells: [
        r.rank,
        r.score.id,
        r.score.name,
        r.score.province,
        r.score.total,
        r.score.coverage,
        r.movement,
        vetoText(r.score),
        r.score.earned,
        r.score.possible,
        r.score.max,
        ...GROUPS.map((g) => r.score.groups[g].earned),
      ],
      mark: r.score.vetoes.length > 0 ? ('stale' as const) : undefined,
    })),
  };
}

function* sectionRows(input: WorkbookInput, names: Map<string, string>): Generator<SheetRow> {
  for (const b of input.standings) {
    for (const s of b.sections) {
      yield {
        cells: [
          b.id,
          b.name,
          LEVEL_LABELS[b.level],
          b.province,
          names.get(s.category) ?? s.category,
          STATE_LABELS[s.state],
          s.newest?.title ?? null,
          dayCell(s.newest?.date),
          s.ageDays,
          typeof s.ageWorkingDays === 'number' ? s.ageWorkingDays : null,
          s.url ? { text: s.url, hyperlink: s.url } : null,
        ],
        mark: markOf(s.state),
      };
    }
  }
}

function sectionSheet(input: WorkbookInput): SheetSpec {
  const names = new Map(input.rates.map((r) => [r.category, r.name]));
  return {
    name: '栏目明细',
    columns: [
      { header: '单位编号', width: 16 },
      { header: '单位', width: 28 },
      { header: '层级', width: 6 },
      { header: '省份', width: 12 },
      { header: '指标项', width: 16 },
      { header: '状态', width: 10 },
      { header: '最新信息', width: 40 },
      { header: '最新日期', width: 14, format: 'date' },
      { header: '距今天数', width: 10, format: 'integer' },
      { header: '距今工作日', width: 10, format: 'integer' },
      { header: '栏目地址', width: 50, format: 'link' },
    ],
    rows: { [Symbol.iterator]: () => sectionRows(input, names) },
  };
}

function ratesSheet(rates: CategoryRate[]): SheetSpec {
  return {
    name: '公开率',
    columns: [
      { header: '指标项', width: 18 },
      { header: '指标编号', width: 20 },
      { header: '层级', width: 6 },
      { header: '检查单位', width: 10, format: 'integer' },
      { header: '公开单位', width: 10, format: 'integer' },
      { header: '无法读取', width: 10, format: 'integer' },
      { header: '公开率', width: 10, format: 'percent' },
    ],
    rows: rates.map((r) => ({
      cells: [r.name, r.category, LEVEL_LABELS[r.level], r.inspected, r.published, r.unknown, r.rate],
    })),
  };
}

export function workbookSheets(input: WorkbookInput): SheetSpec[] {
  return [
    overview(input),
    ...LEVELS.map((level, i) => annex(i + 1, level, input)),
    ...LEVELS.map((level) => levelSheet(level, input)),
    sectionSheet(input),
    ratesSheet(input.rates),
  ];
}
