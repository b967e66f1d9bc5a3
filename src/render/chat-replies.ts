import type { RankedBureau } from '../domain/rankings.js';
import type { CategoryRate } from '../domain/rates.js';
import { reasonText } from '../domain/read-reasons.js';
import type { BureauScore, CategoryScore } from '../domain/scoring.js';
import type { HistoryEntry } from '../domain/section-record.js';
import { GROUPS, type Level } from '../domain/types.js';
import { type ChatReply, COLORS, escapeMarkdown, fitEmbed, link, paginate } from './chat-pages.js';
import { type Locale, levelLabel, stateLabel, t } from './i18n.js';
import { movementLabel, percent, totalLabel } from './inspection-text.js';
import { GROUP_LABELS } from './labels.js';

/** Chat answers for each command, as pages that fit Discord's limits. Pure. */

export function message(text: string, ephemeral = true): ChatReply {
  return { pages: [{ content: text, embeds: [] }], ephemeral };
}

export function rankingsReply(level: Level, ranked: RankedBureau[], locale: Locale): ChatReply {
  const lines = ranked.map((r) => {
    const veto = r.score.vetoes.length > 0 ? ` ⛔ ${t(locale, 'veto')}` : '';
    return `**${r.rank}** ${escapeMarkdown(r.score.name)} · ${totalLabel(r.score)} · ${t(locale, 'coverage')} ${percent(r.score.coverage)} · ${movementLabel(r.movement)}${veto}`;
  });
  if (lines.length === 0) return message(t(locale, 'noData'));
  return {
    pages: paginate(t(locale, 'rankingsTitle', { level: levelLabel(level, locale) }), lines, {
      head: t(locale, 'rankingsHead', { n: ranked.length }),
      color: COLORS.info,
    }),
  };
}

function itemLine(i: CategoryScore, locale: Locale): string {
  const newest = i.newest ? ` · ${link(i.newest.title || i.newest.date, i.newest.url)}（${i.newest.date}）` : '';
  return `${i.verdict === 'full' ? '✅' : i.verdict === 'unknown' ? '❔' : '⚠️'} **${i.name}** ${stateLabel(i.state, locale)} · ${Math.round(i.points * 10) / 10}/${i.max}${newest}`;
}

export function scoreReply(score: BureauScore, locale: Locale): ChatReply {
  const summary = fitEmbed({
    title: score.name,
    color: score.vetoes.length > 0 ? COLORS.alert : COLORS.info,
    description: [
      `**${t(locale, 'total')} ${totalLabel(score)}** · ${t(locale, 'coverage')} ${percent(score.coverage)} · ${levelLabel(score.level, locale)} · ${score.province}`,
      ...score.vetoes.map((v) => `⛔ ${t(locale, 'veto')}：${v.detail}`),
    ].join('\n'),
    fields: GROUPS.filter((g) => score.groups[g].max > 0).map((g) => ({
      name: GROUP_LABELS[g],
      value: `${Math.round(score.groups[g].earned * 10) / 10} / ${score.groups[g].possible}（${score.groups[g].max}）`,
      inline: true,
    })),
    footer: { text: score.id },
  });
  const toFix = score.items.filter((i) => i.verdict === 'none' || i.verdict === 'partial');
  const fixLines = toFix.map((i) => `• **${i.name}**：${escapeMarkdown(i.why)}\n  ${link(i.url, i.url)}`);
  const itemPages = paginate(
    `${score.name} · ${t(locale, 'items')}`,
    score.items.map((i) => itemLine(i, locale)),
    { color: COLORS.info },
  );
  const fixPages = paginate(
    `${score.name} · ${t(locale, 'toFix')}`,
    fixLines.length > 0 ? fixLines : [t(locale, 'nothingToFix')],
    {
      color: toFix.length > 0 ? COLORS.alert : COLORS.ok,
    },
  );
  return { pages: [{ embeds: [summary, ...(itemPages[0]?.embeds ?? [])] }, ...itemPages.slice(1), ...fixPages] };
}

export interface StaleRow {
  bureau: string;
  category: string;
  state: 'stale' | 'blank' | 'due';
  ageDays: number | null;
  newest: string | null;
  url: string;
}

export function staleReply(rows: StaleRow[], locale: Locale): ChatReply {
  if (rows.length === 0) return message(t(locale, 'noneStale'), false);
  const lines = rows.map(
    (r) =>
      `${r.state === 'blank' ? '⬜' : r.state === 'due' ? '🟡' : '🔴'} ${escapeMarkdown(r.bureau)} · **${r.category}** · ${stateLabel(r.state, locale)}${r.newest ? ` · ${t(locale, 'newest')} ${r.newest}（${t(locale, 'days', { n: r.ageDays ?? '?' })}）` : ''} · ${link('↗', r.url)}`,
  );
  return {
    pages: paginate(t(locale, 'staleTitle'), lines, {
      head: t(locale, 'staleHead', { n: rows.length }),
      color: COLORS.alert,
    }),
  };
}

export function ratesReply(rates: CategoryRate[], locale: Locale): ChatReply {
  if (rates.length === 0) return message(t(locale, 'noData'));
  const lines = rates.map(
    (r) =>
      `${levelLabel(r.level, locale)} · **${r.name}** · ${percent(r.rate)}（${r.published}/${r.inspected}${r.unknown > 0 ? `，❔${r.unknown}` : ''}）`,
  );
  return { pages: paginate(t(locale, 'ratesTitle'), lines, { color: COLORS.info }) };
}

export function historyReply(bureau: string, category: string, history: HistoryEntry[], locale: Locale): ChatReply {
  if (history.length === 0) return message(t(locale, 'noHistory'));
  const lines = [...history].reverse().map((h) => {
    const mark = h.changed ? '🔸' : '·';
    const said = locale === 'zh-CN' ? reasonText(h.reason) : (h.reason ?? '');
    const reason = said ? ` (${escapeMarkdown(said)})` : '';
    return `${mark} ${h.at.slice(0, 16).replace('T', ' ')} · ${stateLabel(h.state, locale)} · ${t(locale, 'newest')} ${h.newest ?? '-'} · ${h.itemCount}${reason}`;
  });
  return { pages: paginate(t(locale, 'historyTitle', { bureau, category }), lines, { color: COLORS.info }) };
}

export function checkProgressReply(bureau: string, done: number, total: number, locale: Locale): ChatReply {
  return {
    pages: [
      {
        embeds: [
          fitEmbed({
            title: t(locale, 'checkTitle', { bureau }),
            description: t(locale, 'progress', { done, total }),
            color: COLORS.ops,
          }),
        ],
      },
    ],
  };
}
