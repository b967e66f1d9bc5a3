import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { reportBlocks, toHtml, toMarkdown } from '../render/report.js';
import { commonOptions, type Io, loadInspection, UsageError } from './common.js';

export const reportHelp = `landwatch report [--format md|html] [--out FILE] [--data DIR] [--now ISO]

Writes an inspection report in the structure of the Ministry's notices: overview per level, 公开率 per
category, the main problems, and the top 10 provinces / 30 cities / 30 counties (附件 1–3).`;

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...commonOptions, format: { type: 'string', default: 'md' }, out: { type: 'string' } },
  });
  if (values.help) {
    io.out(reportHelp);
    return 0;
  }
  if (values.format !== 'md' && values.format !== 'html') {
    throw new UsageError(`--format: expected md or html (value: "${values.format}")`);
  }
  const { inspection } = await loadInspection(values, io);
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
