import { describe, expect, it } from 'vitest';
import { attainmentBandsChart } from '../../src/charts/attainmentBandsChart.ts';
import { attainmentSparkline } from '../../src/charts/attainmentSparkline.ts';
import { moneyShort, percent, points, shortQuarter } from '../../src/charts/chartKit.ts';
import { rampChart } from '../../src/charts/rampChart.ts';
import { renderChart } from '../../src/charts/renderChart.ts';
import { renderSparkline } from '../../src/charts/renderSparkline.ts';
import { repAttainmentChart } from '../../src/charts/repAttainmentChart.ts';
import { repMultiplesChart } from '../../src/charts/repMultiplesChart.ts';
import { repVsMedianChart } from '../../src/charts/repVsMedianChart.ts';
import { kinds, marksOf } from './chartMarks.ts';

describe('chartKit formats', () => {
  it('moneyShort writes compact amounts without a trailing .0, full below 1,000', () => {
    expect(moneyShort(1_234_567, 'USD')).toBe('$1.2M');
    expect(moneyShort(210_000, 'USD')).toBe('$210K');
    expect(moneyShort(950, 'USD')).toBe('$950');
    expect(moneyShort(-0.2, 'USD')).toBe('$0');
  });

  it('percent, points and shortQuarter', () => {
    expect(percent(0.945)).toBe('95%');
    expect(percent(null)).toBe('unknown');
    expect(points(7.43)).toBe('+7.4 pts');
    expect(points(-18.28)).toBe('−18.3 pts');
    expect(points(0.01)).toBe('±0.0 pts');
    expect(shortQuarter('FY2027-Q2')).toBe('FY27 Q2');
  });
});

describe('attainmentSparkline', () => {
  const spark = attainmentSparkline(
    [
      { period: 'FY2027-Q1', attainment: 0.5 },
      { period: 'FY2027-Q2', attainment: null },
      { period: 'FY2027-Q3', attainment: 1.3 },
    ],
    { rep: 'Ana' },
  );

  it('draws the 100% rule, the line and a dot per known quarter, and reads every value in its description', () => {
    expect(kinds(spark)).toEqual(['rule', 'line', 'dot']);
    expect(marksOf(spark)[2]!.data).toHaveLength(2);
    expect(spark.description).toBe('Attainment by quarter, oldest first: FY27 Q1 50%; FY27 Q2 no quota; FY27 Q3 130%. The dashed line is 100%.');
    // The y axis reaches the best quarter (130%), not a fixed 120%.
    expect(spark.plot.y?.domain).toEqual([0, 1.3]);
  });

  it('renderSparkline gives a bare SVG named by its <title>, without inline styles, escaping the name', () => {
    const svg = renderSparkline(attainmentSparkline([{ period: 'FY2027-Q1', attainment: 0.5 }], { rep: '<b>Ana & "Bo"</b>' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>&lt;b&gt;Ana &amp; "Bo"&lt;/b&gt;: attainment by quarter.');
    expect(svg).not.toContain('style=');
    expect(svg).not.toContain('<b>');
  });

  it('says so when no quarter had a quota', () => {
    const none = attainmentSparkline([{ period: 'FY2027-Q1', attainment: null }], { rep: 'Mo' });
    expect(none.title).toBe('Mo: no quota in these quarters');
    expect(marksOf(none)[2]!.data).toEqual([]);
  });
});

describe('attainmentBandsChart', () => {
  const chart = attainmentBandsChart([
    { group: 'All reps', quarter: 'FY2027 Q1', atOrAbove100: 1, from70To100: 1, below70: 2 },
    { group: 'East', quarter: 'FY2027 Q1', atOrAbove100: 1, from70To100: 1, below70: 0 },
    { group: 'West', quarter: 'FY2027 Q1', atOrAbove100: 0, from70To100: 0, below70: 0 },
  ]);

  it('titles the first group, stacks one segment per band and labels only the non-empty ones', () => {
    expect(chart.title).toBe('1 of 4 reps with a quota reached 100% or more in FY2027 Q1');
    const [bars, labels] = marksOf(chart);
    // All reps: 3 bands; East: 3 bands; West has no rep with a quota: no segment. Labels: every
    // non-zero segment, All reps 3 (1, 1, 2) and East 2 (1, 1).
    expect(bars!.kind).toBe('bar');
    expect(bars!.data.map((d) => (d as { share: number }).share)).toEqual([0.25, 0.25, 0.5, 0.5, 0.5, 0]);
    expect(labels!.data).toHaveLength(5);
    expect(chart.description).toContain('No rep with a quota: West in FY2027 Q1.');
  });
});

describe('repAttainmentChart', () => {
  const data = [
    { period: 'FY2026-Q4', attainment: 1.2, teamMedian: 0.85, current: false },
    { period: 'FY2027-Q1', attainment: null, teamMedian: 1.05, current: false },
    { period: 'FY2027-Q2', attainment: 0.4, teamMedian: 0.2, current: true },
  ];

  it('states the trend when there is one', () => {
    const chart = repAttainmentChart(data, { rep: 'Ana', medianOf: 'team', trend: { label: 'declining', slope: -18.28, quarters: 4 } });
    expect(chart.title).toBe('Attainment declining: −18.3 pts per quarter over the last 4 completed quarters');
  });

  it('without a trend, states the last completed quarter with a quota against the median; bars for known quarters, "no quota" text for the others', () => {
    const chart = repAttainmentChart(data, { rep: 'Ana', medianOf: 'team', trend: null });
    expect(chart.title).toBe('Attainment 120% in FY26 Q4, against a team median of 85%');
    expect(kinds(chart)).toEqual(['bar', 'text', 'text', 'tick', 'rule', 'rule']);
    const [bars, , noQuota, ticks] = marksOf(chart);
    expect(bars!.data).toHaveLength(2);
    expect(noQuota!.data).toEqual([data[1]]);
    expect(ticks!.data).toHaveLength(3);
    expect(chart.description).toContain('FY27 Q2 (in progress) 40%, median 20%');
  });
});

describe('repVsMedianChart', () => {
  it('compares the last quarter where both are known and says which side is better', () => {
    const data = [
      { period: 'FY2026-Q4', rep: 80, median: 90 },
      { period: 'FY2027-Q1', rep: 100, median: 84 },
      { period: 'FY2027-Q2', rep: 70, median: null },
    ];
    const cycle = repVsMedianChart(data, { metric: 'cycleDays', rep: 'Ana', medianOf: 'team', currency: 'USD' });
    expect(cycle.title).toBe('Median sales cycle 100 days in FY27 Q1, above the team median of 84 days (worse)');
    const win = repVsMedianChart([{ period: 'FY2027-Q1', rep: 0.5, median: 0.4 }], { metric: 'winRate', rep: 'Ana', medianOf: 'company', currency: 'USD' });
    expect(win.title).toBe('Win rate 50% in FY27 Q1, above the company median of 40% (better)');
    // Two lines (solid rep, dashed median), filled dots for the rep, hollow for the median; unknown values leave gaps.
    expect(kinds(cycle)).toEqual(['line', 'line', 'dot', 'dot']);
    expect(marksOf(cycle)[3]!.data).toHaveLength(2);
  });

  it('average won deal is written as money', () => {
    const size = repVsMedianChart([{ period: 'FY2027-Q1', rep: 23_122, median: 23_122 }], { metric: 'avgWonSize', rep: 'Ana', medianOf: 'team', currency: 'USD' });
    expect(size.title).toBe('Average won deal $23.1K in FY27 Q1, level with the team median of $23.1K');
  });
});

describe('rampChart', () => {
  it('compares the latest tenure quarter where both are known', () => {
    const chart = rampChart(
      [
        { tenureQuarter: 1, rep: 0.25, median: 0.3, medianReps: 2 },
        { tenureQuarter: 2, rep: 0.75, median: 0.5, medianReps: 3 },
      ],
      { rep: 'Cy' },
    );
    expect(chart.title).toBe('In tenure quarter 2, Cy reached 75% against a median of 50% for reps at that point');
    expect(kinds(chart)).toEqual(['bar', 'text', 'line', 'dot', 'rule', 'rule']);
  });

  it('says when no earlier hire can be compared', () => {
    const chart = rampChart([{ tenureQuarter: 1, rep: 0.25, median: null, medianReps: 0 }], { rep: 'Cy' });
    expect(chart.title).toBe('Cy reached 25% in tenure quarter 1; no earlier hire to compare with');
  });
});

describe('repMultiplesChart', () => {
  const data = [
    { rep: 'Ana', period: 'FY2027-Q1', bookings: 90_000, quota: 100_000 },
    { rep: 'Bo', period: 'FY2027-Q1', bookings: 60_000, quota: 50_000 },
    { rep: 'Cy', period: 'FY2027-Q1', bookings: 10_000, quota: 40_000 },
    { rep: 'Dee', period: 'FY2027-Q1', bookings: 0, quota: null },
    { rep: 'Ana', period: 'FY2026-Q4', bookings: 120_000, quota: 100_000 },
  ];

  it('one panel per rep wrapped into rows, a quota tick only where there is a quota, and the count at quota in the title', () => {
    const chart = repMultiplesChart(data, { currency: 'USD', quarters: ['FY2026-Q4', 'FY2027-Q1'], focusQuarter: 'FY2027-Q1', columns: 3 });
    expect(chart.title).toBe('1 of 3 reps with a quota reached it in FY27 Q1');
    const [, bars, ticks, names] = marksOf(chart);
    expect(bars!.data.map((c) => [(c as { rep: string }).rep, (c as { col: number }).col, (c as { row: number }).row])).toEqual([
      ['Ana', 0, 0],
      ['Bo', 1, 0],
      ['Cy', 2, 0],
      ['Dee', 0, 1],
      ['Ana', 0, 0],
    ]);
    expect(ticks!.data).toHaveLength(4);
    expect(names!.data).toHaveLength(4);
    expect(chart.description).toContain('Ana: met quota in 1 of 2 quarters with a quota; FY27 Q1 $90K of $100K');
    expect(chart.description).toContain('Dee: met quota in 0 of 0 quarters with a quota; FY27 Q1 $0 without a quota');
  });
});

describe('the charts render at build time', () => {
  it('every chart above renders to an accessible figure with tooltips', () => {
    const specs = [
      attainmentBandsChart([{ group: 'All reps', quarter: 'FY2027 Q1', atOrAbove100: 1, from70To100: 0, below70: 1 }]),
      repAttainmentChart([{ period: 'FY2027-Q1', attainment: 0.9, teamMedian: 1, current: false }], { rep: 'Ana', medianOf: 'team', trend: null }),
      repVsMedianChart([{ period: 'FY2027-Q1', rep: 0.5, median: 0.4 }], { metric: 'winRate', rep: 'Ana', medianOf: 'team', currency: 'USD' }),
      rampChart([{ tenureQuarter: 1, rep: 0.2, median: 0.3, medianReps: 1 }], { rep: 'Cy' }),
      repMultiplesChart([{ rep: 'Ana', period: 'FY2027-Q1', bookings: 1, quota: 2 }], { currency: 'USD', quarters: ['FY2027-Q1'], focusQuarter: 'FY2027-Q1' }),
    ];
    specs.forEach((spec, i) => {
      const html = renderChart({ id: `c${i}`, ...spec });
      expect(html).toContain('role="img"');
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).not.toContain('style=');
    });
  });
});
