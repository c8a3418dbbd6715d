import { describe, expect, it } from 'vitest';
import { forecastDistributionChart, type ForecastDistributionData } from '../../src/charts/forecastDistributionChart.ts';
import { markData, markTypes, rendered, tooltips } from './chartTestKit.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

// Ten trials: 2 in [0,100), 5 in [100,200), 3 in [200,300]; quota 150.
const base: ForecastDistributionData = {
  label: 'FY2027 Q3',
  histogram: [
    { x0: 0, x1: 100, trials: 2 },
    { x0: 100, x1: 200, trials: 5 },
    { x0: 200, x1: 300, trials: 3 },
  ],
  p10: 50,
  p50: 150,
  p90: 250,
  quota: 150,
  probabilityOfQuota: 0.4,
  closedWon: 20,
};

describe('forecastDistributionChart', () => {
  it('forecastDistributionChart titles the chance of quota and the median', () => {
    const chart = forecastDistributionChart(base, { currency: 'USD' });
    expect(chart.title).toBe('40% chance of reaching the $150 quota in FY2027 Q3; the median outcome is $150');
    expect(chart.description).toContain('Histogram of 10 simulated period-end bookings');
  });

  it('forecastDistributionChart draws bins as shares of trials, those starting at or above quota as reaching it', () => {
    const chart = forecastDistributionChart(base, { currency: 'USD' });
    expect(markTypes(chart)).toEqual(['Rect', 'RuleY', 'RuleX', 'Text', 'RuleX', 'Text']);
    const bins = markData<{ share: number; group: string }>(chart, 'Rect')[0]!;
    expect(bins.map((b) => b.share)).toEqual([0.2, 0.5, 0.3]);
    expect(bins.map((b) => b.group)).toEqual(['Below quota', 'Below quota', 'At or above quota']);
    const tips = tooltips(rendered(chart));
    expect(tips).toContain('$100 to $200: 50.0% of trials (5)');
    expect(tips).toContain('Quota: $150');
    expect(tips).toContain('P50: $150');
  });

  it('forecastDistributionChart falls back to a range when every trial ends the same', () => {
    const chart = forecastDistributionChart({ ...base, histogram: [{ x0: 70, x1: 70, trials: 10 }], p10: 70, p50: 70, p90: 70, quota: null, probabilityOfQuota: null }, { currency: 'USD' });
    expect(chart.title).toBe('The median simulated outcome for FY2027 Q3 is $70, P10 $70 to P90 $70; no quota is set');
    expect(markTypes(chart)).toEqual(['RuleY', 'Dot', 'Text']);
  });
});

describe('forecastDistributionChart output', () => {
  it('forecastDistributionChart renders the SVG pinned in tests/charts/snapshots/forecastDistributionChart.html', () => {
    expectSvgSnapshot('forecastDistributionChart', rendered(forecastDistributionChart(base, { currency: 'USD' })));
  });
});
