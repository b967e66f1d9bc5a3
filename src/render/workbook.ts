import { PassThrough, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { chinaDay } from '../domain/day.js';
import { type Cell, type CellFormat, type RowMark, type WorkbookInput, workbookSheets } from './workbook-sheets.js';

/**
 * Writes the inspection workbook (.xlsx) with exceljs's streaming writer: rows are committed as they are
 * written, so a national list (3,200 bureaus, ~80,000 sections) never sits in memory as a sheet model.
 * Headers are frozen and filterable, dates are real date cells in Chinese format, links are hyperlinks.
 */

const NUMBER_FORMATS: Partial<Record<CellFormat, string>> = {
  integer: '0',
  score: '0.0',
  percent: '0.0%',
  date: 'yyyy"年"m"月"d"日"',
  datetime: 'yyyy"年"m"月"d"日" hh:mm',
};

const MARK_FILLS: Record<RowMark, string> = {
  stale: 'FFF8CBAD',
  due: 'FFFFF2CC',
  blank: 'FFE7E6E6',
  unknown: 'FFDDEBF7',
};

const HEADER_FILL = 'FFD9E1F2';
const YIELD_EVERY_ROWS = 500;

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export async function writeWorkbook(input: WorkbookInput, stream: Writable): Promise<void> {
  // Shared strings: exceljs reads its own inline strings back with "&amp;" turned into "&" (4.4.0).
  // Loaded when a workbook is first written: the bot runs for weeks without one.
  const { default: excel } = await import('exceljs');
  const book = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  book.creator = 'landwatch';
  book.created = new Date(input.at);
  let written = 0;
  for (const sheet of workbookSheets(input)) {
    const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.autoFilter = `A1:${columnLetter(sheet.columns.length)}1`;
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = fill(HEADER_FILL);
    });
    header.commit();
    for (const row of sheet.rows) {
      const r = ws.addRow(row.cells.map((c: Cell) => c ?? null));
      sheet.columns.forEach((column, i) => {
        const cell = r.getCell(i + 1);
        const format = column.format && NUMBER_FORMATS[column.format];
        if (format) cell.numFmt = format;
        if (column.format === 'link' && cell.value) cell.font = { color: { argb: 'FF0563C1' }, underline: true };
        if (row.mark) cell.fill = fill(MARK_FILLS[row.mark]);
      });
      r.commit();
      // Let the bot answer others meanwhile: a national workbook takes seconds of CPU.
      if (++written % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
  }
  await book.commit();
}

/** The workbook in memory, for a chat attachment or an HTTP download. */
export async function workbookBuffer(input: WorkbookInput): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeWorkbook(input, sink);
  await done;
  return Buffer.concat(chunks);
}

/** Discord's upload limit for a server without boosts; a larger workbook is offered by other means. */
export const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;

export function workbookName(at: string): string {
  return `landwatch-${chinaDay(new Date(at))}.xlsx`;
}

/**
 * The files the weekly digest sends with it (settings.yaml `digest.attachWorkbook`): the workbook, or none
 * when it is off or too large to upload. The digest's outbox entry takes them beside its chart.
 */
export async function digestWorkbookFiles(
  digest: { attachWorkbook: boolean },
  input: WorkbookInput,
): Promise<{ name: string; base64: string }[]> {
  if (!digest.attachWorkbook) return [];
  const data = await workbookBuffer(input);
  if (data.byteLength > ATTACHMENT_LIMIT_BYTES) return [];
  return [{ name: workbookName(input.at), base64: data.toString('base64') }];
}
