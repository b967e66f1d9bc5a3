import type { Inspection } from '../app/inspection.js';
import { ageText } from '../domain/freshness.js';
import { LEVELS } from '../domain/types.js';
import { type ChatReply, COLORS, escapeMarkdown, fitEmbed, type Page } from '../render/chat-pages.js';
import { type Locale, levelLabel, stateLabel } from '../render/i18n.js';
import { movementLabel, percent, totalLabel } from '../render/inspection-text.js';

/** What changed during the week, read from the sections' histories and the alert memory. */
export interface WeekInReview {
  newlyStale: string[];
  recovered: string[];
  /** Sections silenced by a manager's exception or a snooze, with why and until when. */
  exceptions: { section: string; until: string; reason: string }[];
}

export const EMPTY_WEEK: WeekInReview = { newlyStale: [], recovered: [], exceptions: [] };

function list(items: string[], max = 15): string {
  if (items.length === 0) return '—';
  return `${items.slice(0, max).map(escapeMarkdown).join('、')}${items.length > max ? ` 等 ${items.length} 个` : ''}`;
}

/**
 * The weekly digest from an inspection: the top of each ranking with movement, the week's newly stale
 * and recovered sections, the longest silent ones, the lowest disclosure rates, vetoes and active
 * exceptions. Pure; at most ten embeds within 6000 characters, so it is one message.
 */
export function composeDigest(
  inspection: Inspection,
  locale: Locale,
  weekReview: WeekInReview = EMPTY_WEEK,
): ChatReply {
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
  const names = new Map(inspection.standings.map((b) => [b.id, b.name]));
  const categoryNames = new Map(inspection.rates.map((r) => [r.category, r.name]));
  const longest = inspection.standings
    .flatMap((b) => b.sections.filter((s) => s.state === 'stale').map((s) => ({ b, s })))
    .sort((x, y) => (y.s.ageDays ?? 0) - (x.s.ageDays ?? 0))
    .slice(0, 8)
    .map(
      ({ b, s }) =>
        `${escapeMarkdown(names.get(b.id) ?? b.id)} · ${categoryNames.get(s.category) ?? s.category} · ${ageText(s)}`,
    );
  const week = fitEmbed({
    title: locale === 'en' ? 'This week' : '本周变化',
    color: COLORS.alert,
    fields: [
      {
        name:
          locale === 'en'
            ? `Newly stale (${weekReview.newlyStale.length})`
            : `新增超期（${weekReview.newlyStale.length}）`,
        value: list(weekReview.newlyStale),
      },
      {
        name:
          locale === 'en' ? `Recovered (${weekReview.recovered.length})` : `恢复更新（${weekReview.recovered.length}）`,
        value: list(weekReview.recovered),
      },
      { name: locale === 'en' ? 'Silent longest' : '超期最久', value: longest.join('\n') || '—' },
      {
        name: locale === 'en' ? 'Active exceptions' : '有效例外',
        value:
          weekReview.exceptions
            .map((e) => `${escapeMarkdown(e.section)}：${escapeMarkdown(e.reason)}（至 ${e.until.slice(0, 10)}）`)
            .join('\n') || '—',
      },
    ],
  });
  const page: Page = { embeds: [overview, week, ...rankings, rates] };
  return { pages: [page] };
}
