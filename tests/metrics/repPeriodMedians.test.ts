import { describe, expect, it } from 'vitest';
import type { RepPeriodRow } from '../../src/metrics/repPeriods.ts';
import { repPeriodMedians } from '../../src/metrics/repPeriodMedians.ts';
import { repRamp } from '../../src/metrics/repRamp.ts';

function row(rep: string, team: string | null, period: string, fields: Partial<RepPeriodRow>): RepPeriodRow {
  return {
    rep, team, region: 'Americas', period, quota: 100, bookings: 0, attainment: null, won_count: 0, lost_count: 0,
    win_rate_count: null, win_rate_value: null, avg_won_size: null, median_cycle_days: null, pipeline_created: null,
    coverage_entering: null, tenure_quarter: null, ...fields,
  };
}

/*
 * Team East in FY2027 Q1: Ana 0.9 (win rate 0.5), Bo 1.2 (win rate 1), Eve without a quota (a
 * manager: bookings 0); in FY2027 Q2: Ana 0.4, Bo 0 (no deal closed: win rate unknown).
 * Team West in FY2027 Q1: Cy 0.25.
 *   East FY2027 Q1 attainment median = (0.9 + 1.2) / 2 = 1.05; win rate median = (0.5 + 1) / 2 = 0.75.
 *   East FY2027 Q2 attainment median = (0.4 + 0) / 2 = 0.2; win rate: only Ana's 0.5.
 *   Everyone in FY2027 Q1: 0.25, 0.9, 1.2 -> 0.9.
 */
const rows: RepPeriodRow[] = [
  row('Ana', 'East', 'FY2027-Q1', { attainment: 0.9, bookings: 90, win_rate_count: 0.5 }),
  row('Bo', 'East', 'FY2027-Q1', { attainment: 1.2, bookings: 120, win_rate_count: 1 }),
  row('Eve', 'East', 'FY2027-Q1', { quota: null }),
  row('Cy', 'West', 'FY2027-Q1', { attainment: 0.25, bookings: 25, win_rate_count: 1 }),
  row('Ana', 'East', 'FY2027-Q2', { attainment: 0.4, bookings: 40, win_rate_count: 0.5 }),
  row('Bo', 'East', 'FY2027-Q2', { attainment: 0 }),
];

describe('repPeriodMedians', () => {
  it('repPeriodMedians(rows, { team }) takes the median of the team reps with a quota, per quarter, skipping unknown values', () => {
    const east = repPeriodMedians(rows, { team: 'East' });
    expect(east.map((m) => m.period)).toEqual(['FY2027-Q1', 'FY2027-Q2']);
    expect(east[0]!.reps).toBe(2);
    expect(east[0]!.medians.attainment).toBeCloseTo(1.05, 12);
    expect(east[0]!.medians.win_rate_count).toBeCloseTo(0.75, 12);
    expect(east[0]!.medians.bookings).toBe(105);
    expect(east[1]!.medians.attainment).toBeCloseTo(0.2, 12);
    expect(east[1]!.medians.win_rate_count).toBe(0.5);
    expect(east[1]!.counts.win_rate_count).toBe(1);
    expect(east[1]!.medians.avg_won_size).toBeNull();
  });

  it('repPeriodMedians(rows) over everyone; withQuotaOnly false keeps the rep without a quota', () => {
    expect(repPeriodMedians(rows)[0]!.medians.attainment).toBe(0.9);
    const all = repPeriodMedians(rows, { team: 'East', withQuotaOnly: false });
    // Bookings 90, 120 and Eve's 0: median 90.
    expect(all[0]!.reps).toBe(3);
    expect(all[0]!.medians.bookings).toBe(90);
  });

  it('repPeriodMedians(rows, { region }) filters by region; no rows gives no quarters', () => {
    expect(repPeriodMedians(rows, { region: 'EMEA' })).toEqual([]);
  });
});

/*
 * Tenure quarters: Ana 1 -> 0.5, 2 -> 0.8; Bo 1 -> 0.3, 2 -> null (no quota), 3 -> 1.1; Cy 1 -> 0.2.
 *   Tenure 1: 0.2, 0.3, 0.5 -> median 0.3 (3 reps); tenure 2: 0.8 (1); tenure 3: 1.1 (1).
 *   Without Cy: tenure 1: 0.3, 0.5 -> 0.4.
 */
const ramp: RepPeriodRow[] = [
  row('Ana', 'East', 'FY2026-Q1', { tenure_quarter: 1, attainment: 0.5 }),
  row('Ana', 'East', 'FY2026-Q2', { tenure_quarter: 2, attainment: 0.8 }),
  row('Bo', 'East', 'FY2026-Q2', { tenure_quarter: 1, attainment: 0.3 }),
  row('Bo', 'East', 'FY2026-Q3', { tenure_quarter: 2, attainment: null }),
  row('Bo', 'East', 'FY2026-Q4', { tenure_quarter: 3, attainment: 1.1 }),
  row('Cy', 'West', 'FY2027-Q1', { tenure_quarter: 1, attainment: 0.2 }),
  row('Old', 'West', 'FY2027-Q1', { tenure_quarter: 20, attainment: 1 }),
  row('Unknown', 'West', 'FY2027-Q1', { tenure_quarter: null, attainment: 1 }),
];

describe('repRamp', () => {
  it('repRamp(rows) gives the median attainment per tenure quarter, up to eight', () => {
    expect(repRamp(ramp)).toEqual([
      { tenureQuarter: 1, medianAttainment: 0.3, reps: 3 },
      { tenureQuarter: 2, medianAttainment: 0.8, reps: 1 },
      { tenureQuarter: 3, medianAttainment: 1.1, reps: 1 },
    ]);
  });

  it('repRamp(rows, { exceptRep, maxTenure }) leaves the compared rep out and stops at maxTenure', () => {
    const out = repRamp(ramp, { exceptRep: 'Cy', maxTenure: 2 });
    expect(out.map((p) => p.tenureQuarter)).toEqual([1, 2]);
    expect(out[0]!.medianAttainment).toBeCloseTo(0.4, 12);
    expect(out[0]!.reps).toBe(2);
  });
});
