import type { ChatField, ChatLine, ChatMessage, ChatSection } from '../domain/chat-message.js';
import { ageText } from '../domain/freshness.js';
import type { Inspection } from '../domain/inspection.js';
import { LEVELS } from '../domain/types.js';
import type { ChatReply } from '../render/chat-pages.js';
import { discordPage } from '../render/discord-message.js';
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

/** Where the dashboard serves the digest's chart, for platforms that link it rather than upload it. */
export const DASHBOARD_CHART_PATH = '/chart/trend.png';

function list(items: string[], max = 15): ChatLine {
  if (items.length === 0) return ['—'];
  return [`${items.slice(0, max).join('、')}${items.length > max ? ` 等 ${items.length} 个` : ''}`];
}

function field(name: string, lines: ChatLine[]): ChatField {
  return { name, lines: lines.length > 0 ? lines : [['—']] };
}

/**
 * The weekly digest from an inspection, platform-neutral: the top of each ranking with movement, the week's
 * newly stale and recovered sections, the longest silent ones, the lowest disclosure rates, vetoes and
 * active exceptions. Pure; at most ten sections, so it is one Discord message.
 */
export function composeDigestMessage(
  inspection: Inspection,
  locale: Locale,
  weekReview: WeekInReview = EMPTY_WEEK,
): ChatMessage {
  const en = locale === 'en';
  const counts = new Map<string, number>();
  for (const b of inspection.standings) for (const s of b.sections) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
  const states = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `${stateLabel(s as never, locale)} ${n}`)
    .join(' · ');
  const vetoed = inspection.scores.filter((s) => s.vetoes.length > 0);
  const vetoNames =
    vetoed.length > 0
      ? `（${vetoed
          .slice(0, 10)
          .map((s) => s.name)
          .join('、')}${vetoed.length > 10 ? '…' : ''}）`
      : '';
  const rankings: ChatSection[] = LEVELS.filter((l) => inspection.rankings[l].length > 0).map((level) => ({
    title: levelLabel(level, locale),
    tone: 'info',
    lines: inspection.rankings[level]
      .slice(0, 10)
      .map((r) => [
        { strong: String(r.rank) },
        ` ${r.score.name} · ${totalLabel(r.score)} · ${movementLabel(r.movement)}`,
      ]),
  }));
  const lowest = [...inspection.rates]
    .filter((r) => r.rate !== null)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))
    .slice(0, 10);
  const rates: ChatSection = {
    title: en ? 'Lowest disclosure rates' : '公开率最低的指标项',
    tone: 'alert',
    lines:
      lowest.length > 0
        ? lowest.map((r) => [`${levelLabel(r.level, locale)} · ${r.name} · ${percent(r.rate)}`])
        : [['—']],
  };
  const names = new Map(inspection.standings.map((b) => [b.id, b.name]));
  const categoryNames = new Map(inspection.rates.map((r) => [r.category, r.name]));
  const longest: ChatLine[] = inspection.standings
    .flatMap((b) => b.sections.filter((s) => s.state === 'stale').map((s) => ({ b, s })))
    .sort((x, y) => (y.s.ageDays ?? 0) - (x.s.ageDays ?? 0))
    .slice(0, 8)
    .map(({ b, s }) => [`${names.get(b.id) ?? b.id} · ${categoryNames.get(s.category) ?? s.category} · ${ageText(s)}`]);
  const week: ChatSection = {
    title: en ? 'This week' : '本周变化',
    tone: 'alert',
    lines: [],
    fields: [
      field(en ? `Newly stale (${weekReview.newlyStale.length})` : `新增超期（${weekReview.newlyStale.length}）`, [
        list(weekReview.newlyStale),
      ]),
      field(en ? `Recovered (${weekReview.recovered.length})` : `恢复更新（${weekReview.recovered.length}）`, [
        list(weekReview.recovered),
      ]),
      field(en ? 'Silent longest' : '超期最久', longest),
      field(
        en ? 'Active exceptions' : '有效例外',
        weekReview.exceptions.map((e) => [`${e.section}：${e.reason}（至 ${e.until.slice(0, 10)}）`]),
      ),
    ],
  };
  return {
    title: en ? `Weekly digest · ${inspection.at.slice(0, 10)}` : `每周简报 · ${inspection.at.slice(0, 10)}`,
    tone: 'info',
    lines: [
      [`${inspection.standings.length} ${en ? 'bureaus' : '个单位'} · ${states || '—'}`],
      [`${en ? 'Vetoed' : '单项否决'}：${vetoed.length}${vetoNames}`],
    ],
    more: [week, ...rankings, rates],
  };
}

/** The digest as a command reply (the `/digest` preview). */
export function composeDigest(
  inspection: Inspection,
  locale: Locale,
  weekReview: WeekInReview = EMPTY_WEEK,
): ChatReply {
  return { pages: [discordPage(composeDigestMessage(inspection, locale, weekReview))] };
}
