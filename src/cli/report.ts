import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { reportBlocks, toHtml, toMarkdown } from '../render/report.js';
import { writeWorkbook } from '../render/workbook.js';
import { commonOptions, type Io, loadInspection, UsageError } from './common.js';

export const reportHelp = `landwatch report [--format md|html|xlsx] [--out FILE] [--data DIR] [--now ISO]

Writes an inspection report in the structure of the Ministry's notices: overview per level, 公开率 per
category, the main problems, and the top 10 provinces / 30 cities / 30 counties (附件 1–3).
--format xlsx writes a workbook (needs --out): 总体情况, 附件1–3, a sheet per level with every bureau's
score, coverage, vetoes and movement, every section (state, newest item, age, link) and 公开率.`;

const FORMATS = ['md', 'html', 'xlsx'];

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...commonOptions, format: { type: 'string', default: 'md' }, out: { type: 'string' } },
  });
  if (values.help) {
    io.out(reportHelp);
    return 0;
  }
  if (!FORMATS.includes(values.format)) {
    throw new UsageError(`--format: expected md, html or xlsx (value: "${values.format}")`);
  }
  if (values.format === 'xlsx' && !values.out) throw new UsageError('--format xlsx needs --out FILE');
  const { inspection } = await loadInspection(values, io);
  if (values.format === 'xlsx' && values.out) {
    const file = createWriteStream(values.out);
    await writeWorkbook(inspection, file);
    await finished(file);
    io.out(`wrote ${values.out}`);
    return 0;
  }
  const blocks = reportBlocks(inspection);
  const text = values.format === 'html' ? toHtml(blocks) : toMarkdown(blocks);
  if (values.out) {
    await writeFile(values.out, text);
    io.out(`wrote ${values.out}`);
  } else {
    io.out(text);
  }
  return 0;
}
