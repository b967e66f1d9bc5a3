import { parseArgs } from 'node:util';
import { searchBureaus } from '../domain/bureau-search.js';
import { renderScore } from '../render/inspection-text.js';
import { commonOptions, type Io, loadInspection, UsageError } from './common.js';

export const scoreHelp = `landwatch score <bureau id or name> [--json] [--data DIR] [--now ISO]

A bureau's score breakdown: groups, each category's state, newest item and why it earned its points.`;

export async function scoreCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: commonOptions });
  if (values.help) {
    io.out(scoreHelp);
    return 0;
  }
  const query = positionals.join(' ');
  if (!query) throw new UsageError('score needs a bureau id or name');
  const { inspection } = await loadInspection(values, io);
  const matches = searchBureaus(query, inspection.scores, 10);
  const exact = matches.filter((m) => m.id === query || m.name === query);
  const chosen = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : undefined;
  if (!chosen) {
    io.err(
      matches.length === 0
        ? `no bureau matches "${query}"`
        : `"${query}" matches several bureaus: ${matches.map((m) => `${m.name} (${m.id})`).join(', ')}`,
    );
    return 1;
  }
  io.out(values.json ? JSON.stringify(chosen, null, 2) : renderScore(chosen));
  return 0;
}
