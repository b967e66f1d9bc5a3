import { parseArgs } from 'node:util';
import { renderRankings } from '../render/inspection-text.js';
import { commonOptions, type Io, levelOption, loadInspection, UsageError } from './common.js';

export const rankingsHelp = `landwatch rankings --level province|city|county [--top N] [--province NAME] [--json] [--data DIR] [--now ISO]

Ranks one level's bureaus by score from the stored states: vetoed bureaus last, ties share a rank,
movement against last week's snapshot.`;

export async function rankingsCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...commonOptions, level: { type: 'string' }, top: { type: 'string' }, province: { type: 'string' } },
  });
  if (values.help) {
    io.out(rankingsHelp);
    return 0;
  }
  const level = levelOption(values.level, true) ?? 'province';
  const top = values.top === undefined ? Number.POSITIVE_INFINITY : Number(values.top);
  if (!(top > 0)) throw new UsageError(`--top: expected a positive number (value: "${values.top}")`);
  const { inspection } = await loadInspection(values, io);
  const ranked = inspection.rankings[level].filter(
    (r) => !values.province || r.score.province.includes(values.province),
  );
  if (values.json) {
    io.out(
      JSON.stringify(
        ranked.slice(0, top).map((r) => ({
          rank: r.rank,
          bureau: r.score.id,
          name: r.score.name,
          province: r.score.province,
          total: r.score.total,
          coverage: Math.round(r.score.coverage * 1000) / 1000,
          vetoes: r.score.vetoes.map((v) => v.code),
          movement: r.movement,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(renderRankings(level, ranked, top, inspection.unranked[level]));
  return 0;
}
