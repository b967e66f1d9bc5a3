import { parseArgs } from 'node:util';
import { renderRates } from '../render/inspection-text.js';
import { commonOptions, type Io, levelOption, loadInspection } from './common.js';

export const ratesHelp = `landwatch rates [--level province|city|county] [--json] [--data DIR] [--now ISO]

Disclosure rates (公开率) per category and level, and how many bureaus publish at all.`;

export async function ratesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { ...commonOptions, level: { type: 'string' } } });
  if (values.help) {
    io.out(ratesHelp);
    return 0;
  }
  const level = levelOption(values.level, false);
  const { inspection } = await loadInspection(values, io);
  if (values.json) {
    const rates = inspection.rates.filter((r) => !level || r.level === level);
    const coverage = inspection.coverage.filter((c) => !level || c.level === level);
    io.out(JSON.stringify({ rates, coverage }, null, 2));
    return 0;
  }
  io.out(renderRates(inspection.rates, inspection.coverage, level));
  return 0;
}
