import { describe, expect, it } from 'vitest';
import { quarterPaceChart, type QuarterPaceData } from '../../src/charts/quarterPaceChart.ts';
import { markData, markTypes, rendered, tooltips } from './chartTestKit.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

// A ten-day quarter, as of day 5. Usual pace: day d has d/10 of the bookings (day 5: 50%, so
// 500 of the 1,000 quota expected by now); 400 booked, so 20% behind (400 / 500 - 1 = -0.2).
const base: QuarterPaceData = {
  label: 'FY2027 Q3',
  start: '2026-08-01',
  end: '2026-08-10',
  asOf: '2026-08-05',
  points: Array.from({ length: 10 }, (_, i) => ({
    date: `2026-08-${String(i + 1).padStart(2, '0')}`,
    expectedShare: (i + 1) / 10,
    bookings: i < 5 ? [0, 100, 100, 300, 400][i]! : null,
  })),
  quota: 1_000,
  closedWon: 400,
  commit: 600,
  bestCase: 800,
  p10: 700,
  p50: 900,
  p90: 1_100,
  probabilityOfQuota: 0.4,
  expectedByNow: 500,
};

describe('quarterPaceChart', () => {
  it('quarterPaceChart states the pace and the P50 against quota in its title', () => {
    const chart = quarterPaceChart(base, { currency: 'USD' });
    expect(chart.title).toBe('Bookings of $400 are 20% behind the usual pace; the P50 forecast of $900 is 90% of quota');
    expect(chart.description).toContain('at the usual pace $500 would be booked by now');
    expect(chart.description).toContain('with a 40% chance of reaching quota');
  });

  it('quarterPaceChart draws the pace line over the whole quarter and bookings up to the as-of date, with the range and roll-ups at its end', () => {
    const chart = quarterPaceChart(base, { currency: 'USD' });
    expect(markTypes(chart)).toEqual(['RuleY', 'RuleX', 'Text', 'RuleY', 'Line', 'Text', 'Line', 'Dot', 'Text', 'Dot', 'RuleX', 'Dot', 'Dot', 'Dot', 'Text']);
    const [pace, bookings] = markData<{ value: number }>(chart, 'Line');
    expect(pace!.map((p) => p.value)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000].map((v) => expect.closeTo(v, 9)));
    expect(bookings!.map((p) => p.value)).toEqual([0, 100, 100, 300, 400]);
    // The labels at the quarter's end name every value.
    const labels = markData<{ text: string }>(chart, 'Text').at(-1)!.map((l) => l.text);
    expect(labels).toEqual(['P90 $1.1K', 'P50 $900', 'P10 $700', '■ Best case $800', '▲ Commit $600', 'Quota $1K']);
  });

  it('quarterPaceChart renders with tooltips carrying full amounts', () => {
    const tips = tooltips(rendered(quarterPaceChart(base, { currency: 'USD' })));
    expect(tips).toContain('Quota: $1,000');
    expect(tips).toContain('Commit including closed: $600');
    expect(tips).toContain('Aug 5: bookings to date $400; usual pace $500');
    expect(tips).toContain('Expected by now at the usual pace: $500');
  });

  it('quarterPaceChart without quota draws no pace line and says so', () => {
    const chart = quarterPaceChart({ ...base, quota: null, expectedByNow: null, probabilityOfQuota: null }, { currency: 'USD' });
    expect(chart.title).toBe('Bookings are $400; the P50 forecast is $900 (no quota is set)');
    expect(chart.description).toContain('No quota is set, so there is no pace line.');
    expect(markData(chart, 'Line')).toHaveLength(1);
  });

  it('quarterPaceChart ahead of the usual pace', () => {
    const chart = quarterPaceChart({ ...base, closedWon: 600, expectedByNow: 500 }, { currency: 'USD' });
    expect(chart.title.startsWith('Bookings of $600 are 20% ahead of the usual pace')).toBe(true);
  });
});

describe('quarterPaceChart output', () => {
  it('quarterPaceChart renders the SVG pinned in tests/charts/snapshots/quarterPaceChart.html', () => {
    expectSvgSnapshot('quarterPaceChart', rendered(quarterPaceChart(base, { currency: 'USD' })));
  });
});
