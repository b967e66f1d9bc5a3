import { LEVELS } from '../domain/types.js';
import type { Inspection } from '../inspection.js';
import { type ChatReply, COLORS, escapeMarkdown, fitEmbed, type Page } from '../render/chat-pages.js';
import { type Locale, levelLabel, stateLabel } from '../render/i18n.js';
import { movementLabel, percent, totalLabel } from '../render/inspection-text.js';

/**
 * The weekly digest from an inspection: the top of each ranking with movement, section states, the
 * lowest disclosure rates and vetoes. Pure; several embeds, always within one message's limits.
 */
export function composeDigest(inspection: Inspection, locale: Locale): ChatReply {
  const counts = new Map<string, number>();
  for (const b of inspection.standings) for (const s of b.sections) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
  const states = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `${stateLabel(s as never, locale)} ${n}`)
    .join(' · ');
  const vetoed = inspection.scores.filter((s) => s.vetoes.length > 0);
  const overview = fitEmbed({
    title:
      locale === 'en' ? `Weekly digest · ${inspection.at.slice(0, 10)}` : `每周简报 · ${inspection.at.slice(0, 10)}`,
    color: COLORS.info,
    description: [
      `${inspection.standings.length} ${locale === 'en' ? 'bureaus' : '个单位'} · ${states || '—'}`,
      `${locale === 'en' ? 'Vetoed' : '单项否决'}：${vetoed.length}${
        vetoed.length > 0
          ? `（${vetoed
              .slice(0, 10)
              .map((s) => escapeMarkdown(s.name))
              .join('、')}${vetoed.length > 10 ? '…' : ''}）`
          : ''
      }`,
    ].join('\n'),
  });
  const rankings = LEVELS.filter((l) => inspection.rankings[l].length > 0).map((level) =>
    fitEmbed({
      title: levelLabel(level, locale),
      color: COLORS.info,
      description: inspection.rankings[level]
        .slice(0, 10)
        .map(
          (r) =>
            `**${r.rank}** ${escapeMarkdown(r.score.name)} · ${totalLabel(r.score)} · ${movementLabel(r.movement)}`,
        )
        .join('\n'),
    }),
  );
  const lowest = [...inspection.rates]
    .filter((r) => r.rate !== null)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))
    .slice(0, 10);
  const rates = fitEmbed({
    title: locale === 'en' ? 'Lowest disclosure rates' : '公开率最低的指标项',
    color: COLORS.alert,
    description: lowest.map((r) => `${levelLabel(r.level, locale)} · ${r.name} · ${percent(r.rate)}`).join('\n') || '—',
  });
  const page: Page = { embeds: [overview, ...rankings, rates] };
  return { pages: [page] };
}
