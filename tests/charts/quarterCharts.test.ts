import { describe, expect, it } from 'vitest';
import { forecastCategoriesChart } from '../../src/charts/forecastCategoriesChart.ts';
import { quarterBookingsChart } from '../../src/charts/quarterBookingsChart.ts';
import { renderChart } from '../../src/charts/renderChart.ts';
import { retroForecastChart } from '../../src/charts/retroForecastChart.ts';
import { waterfallChart, waterfallSteps, type WaterfallParts } from '../../src/charts/waterfallChart.ts';
import { kinds, marksOf } from './chartMarks.ts';
import { rendered } from './chartTestKit.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

/*
 * A quarter's pipeline by hand: 100 due at the start (4 deals), 20 pulled in (1), 50 created (2),
 * amounts cut by 10 in all, 60 won (3), 30 lost (2), 25 pushed out (1); the end is
 * 100 + 20 + 50 - 10 - 60 - 30 - 25 = 45 (1 deal).
 */
const parts: WaterfallParts = {
  start: 100, startCount: 4, pulledIn: 20, pulledInCount: 1, created: 50, createdCount: 2, amountChanges: -10,
  won: 60, wonCount: 3, lost: 30, lostCount: 2, pushedOut: 25, pushedOutCount: 1, end: 45, endCount: 1,
};

describe('waterfallSteps', () => {
  it('floats each step from the running total and stands the totals on zero', () => {
    expect(waterfallSteps(parts).map((s) => [s.label, s.kind, s.value, s.from, s.to])).toEqual([
      ['Start', 'total', 100, 0, 100],
      ['Pulled in', 'added', 20, 100, 120],
      ['Created', 'added', 50, 120, 170],
      ['Amount changes', 'removed', -10, 170, 160],
      ['Won', 'removed', -60, 160, 100],
      ['Lost', 'removed', -30, 100, 70],
      ['Pushed out', 'removed', -25, 70, 45],
      ['End', 'total', 45, 0, 45],
    ]);
  });

  it('the last floating step ends where the end total stands (the parts add up)', () => {
    const steps = waterfallSteps(parts);
    expect(steps[6]!.to).toBe(steps[7]!.to);
  });
});

describe('waterfallChart', () => {
  const chart = waterfallChart(parts, { currency: 'USD', quarter: 'FY2027 Q1' });

  it('floating bars, dashed connectors between steps, signed amount and deal-count labels', () => {
    expect(kinds(chart)).toEqual(['bar', 'link', 'text', 'text', 'rule']);
    const [bars, links] = marksOf(chart);
    expect(bars!.data).toHaveLength(8);
    expect(links!.data.map((l) => (l as { y: number }).y)).toEqual([100, 120, 170, 160, 100, 70, 45]);
    expect(chart.title).toBe('Of $100 due at the start of FY2027 Q1 plus $70 added, $60 was won, $30 lost and $25 pushed out');
    expect(chart.description).toBe(
      'Pipeline waterfall for FY2027 Q1: Start $100 (4 deals), Pulled in +$20 (1 deal), Created +$50 (2 deals), Amount changes −$10, Won −$60 (3 deals), Lost −$30 (2 deals), Pushed out −$25 (1 deal), End $45 (1 deal). Start plus the additions and amount changes minus won, lost and pushed out equals the end.',
    );
  });

  it('renders', () => {
    expect(renderChart({ id: 'w', ...chart })).toContain('<title>Won: −$60 (3 deals); running total $100</title>');
  });
});

describe('quarterBookingsChart', () => {
  it('counts closed quarters with a quota at or above it; the quarter in progress does not count', () => {
    const chart = quarterBookingsChart(
      [
        { period: 'FY2026-Q4', bookings: 185_000, quota: 230_000, current: false },
        { period: 'FY2027-Q1', bookings: 270_000, quota: 270_000, current: false },
        { period: 'FY2027-Q2', bookings: 300_000, quota: 190_000, current: true },
        { period: 'FY2025-Q4', bookings: 5_000, quota: null, current: false },
      ],
      { currency: 'USD', scopeName: 'the company' },
    );
    expect(chart.title).toBe('The company met quota in 1 of 2 closed quarters with a quota');
    const [bars, ticks, labels] = marksOf(chart);
    expect(bars!.data).toHaveLength(4);
    expect(ticks!.data).toHaveLength(3);
    expect(labels!.data).toHaveLength(3);
    expect(chart.description).toContain('FY27 Q2 to date $300K of $190K (158%)');
    expect(chart.description).toContain('FY25 Q4 $5K, no quota');
  });

  it('says when the quota file has no quota', () => {
    const chart = quarterBookingsChart([{ period: 'FY2027-Q1', bookings: 1, quota: null, current: false }], { currency: 'USD', scopeName: 'West' });
    expect(chart.title).toBe('Bookings by quarter for West; the quota file gives no quota for these quarters');
  });
});

describe('forecastCategoriesChart', () => {
  const chart = forecastCategoriesChart(
    [
      { label: 'FY2027 Q2', closedWon: 40_000, commit: 20_000, bestCase: 10_000, pipeline: 60_000, quota: 150_000, p50: 90_000 },
      { label: 'FY2027 Q3', closedWon: 0, commit: 0, bestCase: 0, pipeline: 5_000, quota: null, p50: null },
    ],
    { currency: 'USD', scopeName: 'East' },
  );

  it('stacks closed won, commit, best case and pipeline so each boundary is a roll-up', () => {
    expect(chart.title).toBe('Closed won plus Commit is $60K, 40% of the FY2027 Q2 quota of $150K');
    const [bars, ticks, dots] = marksOf(chart);
    expect(bars!.data.slice(0, 4).map((s) => (s as { cumulative: number }).cumulative)).toEqual([40_000, 60_000, 70_000, 130_000]);
    expect(ticks!.data).toHaveLength(1);
    expect(dots!.data).toHaveLength(1);
  });
});

describe('retroForecastChart', () => {
  const points = [
    { point: 'start', date: '2026-02-01', reconstructed: true, closedWon: 0, commit: 50, bestCase: 80, weighted: 70 },
    { point: 'middle', date: null, reconstructed: false, closedWon: null, commit: null, bestCase: null, weighted: null },
    { point: 'last week', date: '2026-04-24', reconstructed: false, closedWon: 90, commit: 100, bestCase: 120, weighted: 104 },
  ];

  it('plots the points that have a date, four series each, and compares the last weighted forecast with bookings', () => {
    const chart = retroForecastChart(points, { currency: 'USD', quarter: 'FY2027 Q1', actual: 100, quota: 150 });
    // 104 against 100 booked: 4% above.
    expect(chart.title).toBe('The weighted forecast in the last week was 4.0% above the $100 booked');
    const m = marksOf(chart);
    expect(m.map((x) => x.kind)).toEqual(['rule', 'rule', 'text', 'line', 'dot']);
    expect(m[3]!.data).toHaveLength(8);
    expect(m[2]!.data.map((r) => (r as { label: string }).label)).toEqual(['Booked $100', 'Quota $150']);
    expect(chart.plot.x?.domain).toEqual(['Start (02-01)†', 'Last week (04-24)']);
  });

  it('says so when no point fell in the quarter', () => {
    const chart = retroForecastChart([points[1]!], { currency: 'USD', quarter: 'FY2027 Q1', actual: 100, quota: null });
    expect(chart.title).toBe('No forecast was recorded during FY2027 Q1');
  });
});

describe('waterfallChart output', () => {
  it('waterfallChart renders the SVG pinned in tests/charts/snapshots/waterfallChart.html', () => {
    expectSvgSnapshot('waterfallChart', rendered(waterfallChart(parts, { currency: 'USD', quarter: 'FY2027 Q1' })));
  });
});
