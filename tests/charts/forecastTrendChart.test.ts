import { describe, expect, it } from 'vitest';
import { forecastTrendChart, type ForecastTrendData } from '../../src/charts/forecastTrendChart.ts';
import { markData, markTypes, rendered, tooltips } from './chartTestKit.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

const base: ForecastTrendData = {
  label: 'FY2027 Q3',
  start: '2026-08-01',
  end: '2026-10-31',
  points: [
    { date: '2026-08-05', reconstructed: true, closedWon: 100, commit: 200, bestCase: 300, expected: 400 },
    { date: '2026-08-12', reconstructed: false, closedWon: 150, commit: 250, bestCase: 350, expected: 500 },
  ],
  quota: 1_000,
};

describe('forecastTrendChart', () => {
  it('forecastTrendChart titles how the weighted forecast moved and where it stands against quota', () => {
    // 500 / 400 - 1 = 25%; 500 / 1,000 = 50%.
    expect(forecastTrendChart(base, { currency: 'USD' }).title).toBe('The weighted forecast rose 25% to $500 since Aug 5: 50% of quota');
  });

  it('forecastTrendChart draws a line and symbols per series, reconstructed points hollow, and names each line at its end', () => {
    const chart = forecastTrendChart(base, { currency: 'USD' });
    expect(markTypes(chart)).toEqual(['RuleY', 'RuleY', 'Text', 'Line', 'Dot', 'Line', 'Dot', 'Line', 'Dot', 'Line', 'Dot', 'Text']);
    expect(markData<{ value: number }>(chart, 'Line').map((l) => l.map((p) => p.value))).toEqual([[400, 500], [300, 350], [200, 250], [100, 150]]);
    expect(markData<{ text: string }>(chart, 'Text').at(-1)!.map((l) => l.text)).toEqual([
      '● Weighted forecast $500',
      '■ Best case (incl.) $350',
      '▲ Commit (incl.) $250',
      '◆ Closed won $150',
    ]);
    const tips = tooltips(rendered(chart));
    expect(tips).toContain('Aug 5 (reconstructed): Weighted forecast $400');
    expect(tips).toContain('Aug 12: Closed won $150');
    expect(chart.description).toContain('(1 reconstructed weekly, shown hollow)');
  });

  it('forecastTrendChart with one point says there is no trend yet', () => {
    const chart = forecastTrendChart({ ...base, points: [base.points[1]!] }, { currency: 'USD' });
    expect(chart.title).toBe('One forecast point so far (Aug 12): the weighted forecast is $500, 50% of quota');
  });
});

describe('forecastTrendChart output', () => {
  it('forecastTrendChart renders the SVG pinned in tests/charts/snapshots/forecastTrendChart.html', () => {
    expectSvgSnapshot('forecastTrendChart', rendered(forecastTrendChart(base, { currency: 'USD' })));
  });
});
