import { describe, expect, it } from 'vitest';
import { additiveTotals, columnAdditive } from '../../src/site/tables/additiveTotals.ts';
import type { TableColumn } from '../../src/site/tables/tableTypes.ts';

const columns: TableColumn[] = [
  { key: 'rep', label: 'Rep', kind: 'text' },
  { key: 'quota', label: 'Quota', kind: 'money' },
  { key: 'avgWon', label: 'Average won deal', kind: 'money', additive: false },
  { key: 'won', label: 'Won', kind: 'number', digits: 0 },
  { key: 'attainment', label: 'Attainment', kind: 'percent' },
  { key: 'cycle', label: 'Median cycle', kind: 'days' },
  { key: 'flagged', label: 'Flagged', kind: 'number' },
];

describe('additiveTotals', () => {
  it('money and number columns add up unless marked otherwise; percents, days and text never do', () => {
    expect(columns.map(columnAdditive)).toEqual([false, true, false, true, false, false, true]);
    expect(columnAdditive({ key: 'share', label: 'Share', kind: 'percent', additive: true })).toBe(true);
  });

  it('sums each additive column over the rows, unknown cells left out, and unknown when none is known', () => {
    const rows = [
      { rep: 'Ana', quota: 100_000, avgWon: 20_000, won: 3, attainment: 0.5, cycle: 40, flagged: null },
      { rep: 'Bo', quota: null, avgWon: 10_000, won: 2, attainment: null, cycle: 30, flagged: null },
      { rep: 'Cy', quota: 50_000.5, avgWon: null, won: 0, attainment: 1.2, cycle: null, flagged: null },
    ];
    // quota 100,000 + 50,000.5 (Bo unknown) = 150,000.5; won 3 + 2 + 0 = 5; flagged: no known cell.
    expect(additiveTotals(columns, rows)).toEqual({ quota: 150_000.5, won: 5, flagged: null });
    expect(additiveTotals(columns, [])).toEqual({ quota: null, won: null, flagged: null });
  });
});
