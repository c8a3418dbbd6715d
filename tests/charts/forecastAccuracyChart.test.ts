import { describe, expect, it } from 'vitest';
import { forecastAccuracyChart } from '../../src/charts/forecastAccuracyChart.ts';
import { markData, markTypes, rendered, tooltips } from './chartTestKit.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

// Newest first, as the track record lists them. Errors: 130/100 - 1 = +30%, 80/100 - 1 = -20%: mean 25%, low once.
const quarters = [
  { label: 'FY2027 Q2', date: '2026-06-10', expected: 130, commit: 90, actual: 100 },
  { label: 'FY2027 Q1', date: '2026-03-15', expected: 80, commit: 50, actual: 100 },
];

describe('forecastAccuracyChart', () => {
  const chart = forecastAccuracyChart(quarters, { currency: 'USD', day: 47 });

  it('forecastAccuracyChart titles the mean absolute error and how often it ran low', () => {
    expect(chart.title).toBe('On day 47, the weighted forecast was off by 25% on average, low in 1 of 2 quarters');
  });

  it('forecastAccuracyChart puts the oldest quarter first, actuals as bars, forecast and commit as symbols', () => {
    expect((chart.plot.x as { domain: string[] }).domain).toEqual(['FY2027 Q1', 'FY2027 Q2']);
    expect(markTypes(chart)).toEqual(['BarY', 'Dot', 'Dot', 'Text', 'RuleY']);
    expect(markData<{ value: number }>(chart, 'Dot').map((d) => d.map((r) => r.value))).toEqual([[80, 130], [50, 90]]);
    expect(tooltips(rendered(chart))).toContain('FY2027 Q1, Weighted forecast then (2026-03-15): $80');
  });

  it('forecastAccuracyChart without bookings to compare says so', () => {
    expect(forecastAccuracyChart([], { currency: 'USD', day: 3 }).title).toBe('No past quarter with bookings to compare the forecast with');
  });
});

describe('forecastAccuracyChart output', () => {
  it('forecastAccuracyChart renders the SVG pinned in tests/charts/snapshots/forecastAccuracyChart.html', () => {
    expectSvgSnapshot('forecastAccuracyChart', rendered(forecastAccuracyChart(quarters, { currency: 'USD', day: 47 })));
  });
});
