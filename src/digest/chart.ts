import { createRequire } from 'node:module';
import path from 'node:path';
import type * as ResvgModule from '@resvg/resvg-js';
import type * as Echarts from 'echarts';
import { LEVELS, type Level } from '../domain/types.js';
import { LEVEL_LABELS } from '../render/labels.js';

/**
 * The digest's chart: average score per level, week by week, drawn server-side (ECharts to SVG, resvg to
 * PNG) with a CJK font shipped as an npm package, so Chinese renders as text and not as boxes anywhere.
 */

// Loaded on first use: together they are ~75 MiB of resident memory that a bot checking sections and
// answering commands never needs until a digest or a dashboard chart is drawn.
const require = createRequire(import.meta.url);
function onFirstUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
const echarts = onFirstUse(() => require('echarts') as typeof Echarts);
const resvg = onFirstUse(() => require('@resvg/resvg-js') as typeof ResvgModule);

export interface TrendPoint {
  at: string;
  averages: Partial<Record<Level, number>>;
}

const FONT_FAMILY = 'Noto Sans Hans';
// The package exports only its JS entry (dist/index.js); the fonts sit beside dist/.
export const CJK_FONT_FILE = path.join(
  path.dirname(require.resolve('@embedpdf/fonts-sc')),
  '..',
  'fonts',
  'NotoSansHans-Regular.otf',
);

/** The ECharts option for the trend; pure, so its content can be tested without drawing. */
export function trendOption(points: TrendPoint[]) {
  const levels = LEVELS.filter((l) => points.some((p) => p.averages[l] !== undefined));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    title: { text: '各层级平均得分（每周）', left: 'center', textStyle: { fontFamily: FONT_FAMILY, fontSize: 18 } },
    legend: { bottom: 8, data: levels.map((l) => LEVEL_LABELS[l]) },
    grid: { left: 50, right: 30, top: 60, bottom: 60 },
    xAxis: { type: 'category', data: points.map((p) => p.at.slice(5, 10)) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: levels.map((l) => ({
      name: LEVEL_LABELS[l],
      type: 'line',
      data: points.map((p) => p.averages[l] ?? null),
      connectNulls: true,
    })),
  };
}

/** Any ECharts option drawn server-side as SVG, its text in the shipped CJK font family. */
export function renderSvg(option: Echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** An SVG from renderSvg as PNG, with the shipped font so Chinese renders anywhere. */
export function svgToPng(svg: string): Buffer {
  const png = new (resvg().Resvg)(svg, {
    font: { fontFiles: [CJK_FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}

export function renderTrendPng(points: TrendPoint[], width = 800, height = 400): Buffer {
  return svgToPng(renderSvg(trendOption(points), width, height));
}
