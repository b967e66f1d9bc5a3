import { describe, expect, it } from 'vitest';
import { renderTrendPng, trendOption } from '../../src/digest/chart.js';

const points = [
  { at: '2026-11-13T01:00:00.000Z', averages: { province: 88.2, city: 80.1, county: 75 } },
  { at: '2026-11-20T01:00:00.000Z', averages: { province: 89, city: 81.4, county: 74.2 } },
  { at: '2026-11-27T01:00:00.000Z', averages: { province: 90.5, city: 82, county: 76.8 } },
];

describe('the digest trend chart', () => {
  it('plots each level week by week with Chinese labels', () => {
    const option = trendOption(points);
    expect(option.xAxis.data).toEqual(['11-13', '11-20', '11-27']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['省级', [88.2, 89, 90.5]],
      ['市级', [80.1, 81.4, 82]],
      ['县级', [75, 74.2, 76.8]],
    ]);
  });

  it('renders a PNG of the requested size', () => {
    const png = renderTrendPng(points, 800, 400);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 400]);
    // Glyphs, not empty boxes: a chart with the CJK font draws far more than axes and lines.
    expect(png.length).toBeGreaterThan(10_000);
  });
});
