import { renderSvg } from '../digest/chart.js';
import { chinaDay, daysBetween } from '../domain/day.js';
import type { HistoryEntry } from '../domain/section-record.js';
import type { FreshnessState } from '../domain/types.js';
import { type Locale, stateLabel } from '../render/i18n.js';

/**
 * One section's history as a small chart: at each check, how many days old its newest item was, each
 * point coloured by the state judged then. Drawn server-side to SVG, as the digest's chart is.
 */

const STATE_COLORS: Record<FreshnessState, string> = {
  fresh: '#3c9a5f',
  due: '#d9a22b',
  stale: '#d9542b',
  blank: '#8a8a8a',
  undated: '#c07a3a',
  missing: '#5a5a5a',
  unreachable: '#4a7ab0',
  blocked: '#4a7ab0',
  unparsed: '#4a7ab0',
};

/** No text but digits and dates: an SVG shown as an image cannot use the page's fonts, so the caption names it. */
export function historyOption(history: HistoryEntry[], locale: Locale) {
  const points = history.map((h) => ({
    at: h.at,
    age: h.newest ? daysBetween(h.newest, chinaDay(new Date(h.at))) : null,
    state: h.state,
  }));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    grid: { left: 40, right: 12, top: 14, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => p.at.slice(5, 10)), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        type: 'line',
        connectNulls: false,
        symbolSize: 7,
        lineStyle: { color: '#9aa8b6' },
        data: points.map((p) => ({
          value: p.age,
          name: stateLabel(p.state, locale),
          itemStyle: { color: STATE_COLORS[p.state] },
        })),
      },
    ],
  };
}

export function renderHistorySvg(history: HistoryEntry[], locale: Locale): string {
  return renderSvg(historyOption(history, locale), 360, 170);
}
