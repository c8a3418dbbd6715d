import { describe, expect, it } from 'vitest';
import { linearRegression } from '../../src/metrics/linearRegression.ts';
import type { RepPeriodRow } from '../../src/metrics/repPeriods.ts';
import { repTrends } from '../../src/metrics/repTrends.ts';
import { repTrendsRanks } from '../../src/metrics/repTrendsRanks.ts';
import type { DealSpec } from './repFixtures.ts';
import { model, quarterQuota, rep } from './repFixtures.ts';

/*
 * As of 2026-06-15, in FY2027 Q2 (2026-05-01 .. 2026-07-31, February fiscal start). The last four
 * completed quarters are FY2026 Q2, FY2026 Q3, FY2026 Q4 and FY2027 Q1 (x = 0, 1, 2, 3).
 * Every rep has a 100,000 quota per quarter unless said otherwise; one won deal per quarter with
 * the bookings below (thousands), closed mid-quarter.
 *
 *            FY26Q2 FY26Q3 FY26Q4 FY27Q1 | FY27Q2 (current)
 *   Imp  E     60     70     85     95   |  50
 *   Sted E     90    100     95     97   |  50
 *   Dec  W    120    100     90     60   |  20
 *   Gap  W     50    (40,    70     80   |  10   (no quota in FY26Q3 nor FY27Q2)
 *                    no quota)
 *   Nova W      -      -      -     30   |  30   (joined 2026-02-10; quota 60,000)
 */
const CLOSE = ['2025-06-15', '2025-09-15', '2025-12-15', '2026-03-15', '2026-05-20'];
const QUARTERS: [number, number][] = [
  [2026, 2],
  [2026, 3],
  [2026, 4],
  [2027, 1],
  [2027, 2],
];

function wins(owner: string, thousands: (number | null)[]): DealSpec[] {
  return thousands.flatMap((k, i) =>
    k === null
      ? []
      : [{ id: `${owner}-${i}`, owner, createdDate: CLOSE[i]!.slice(0, 8) + '01', status: 'won' as const, closeDate: CLOSE[i]!, amount: k * 1000 }],
  );
}

function quotas(owner: string, amount: number, which: number[]) {
  return which.map((i) => quarterQuota('rep', owner, QUARTERS[i]![0], QUARTERS[i]![1], amount));
}

const start = { startDate: '2025-01-01' };
const m = model({
  asOf: '2026-06-15',
  reps: [
    rep('Imp', 'East', 'Americas', start),
    rep('Sted', 'East', 'Americas', start),
    rep('Dec', 'West', 'Americas', start),
    rep('Gap', 'West', 'Americas', start),
    rep('Nova', 'West', 'Americas', { startDate: '2026-02-10' }),
  ],
  quotas: [
    ...quotas('Imp', 100_000, [0, 1, 2, 3, 4]),
    ...quotas('Sted', 100_000, [0, 1, 2, 3, 4]),
    ...quotas('Dec', 100_000, [0, 1, 2, 3, 4]),
    ...quotas('Gap', 100_000, [0, 2, 3]),
    ...quotas('Nova', 60_000, [3, 4]),
  ],
  deals: [
    ...wins('Imp', [60, 70, 85, 95, 50]),
    ...wins('Sted', [90, 100, 95, 97, 50]),
    ...wins('Dec', [120, 100, 90, 60, 20]),
    ...wins('Gap', [50, 40, 70, 80, 10]),
    ...wins('Nova', [null, null, null, 30, 30]),
  ],
});

const result = repTrends(m);
const trend = (name: string) => result.reps.find((r) => r.rep === name)!;

describe('linearRegression', () => {
  it('fits the least-squares slope and intercept', () => {
    // x mean 1.5, y mean 77.5; sum (dx*dy) = 26.25 + 3.75 + 3.75 + 26.25 = 60; sum dx^2 = 5 -> slope 12;
    // intercept 77.5 - 12 * 1.5 = 59.5.
    expect(linearRegression([{ x: 0, y: 60 }, { x: 1, y: 70 }, { x: 2, y: 85 }, { x: 3, y: 95 }])).toEqual({ slope: 12, intercept: 59.5, n: 4 });
  });

  it('is null with fewer than two points or a single x', () => {
    expect(linearRegression([{ x: 0, y: 1 }])).toBeNull();
    expect(linearRegression([{ x: 2, y: 1 }, { x: 2, y: 5 }])).toBeNull();
  });
});

describe('repTrends attainment trends over the last four completed quarters', () => {
  it('names the current, last completed and trend quarters', () => {
    expect(result.currentQuarter).toBe('FY2027-Q2');
    expect(result.lastCompletedQuarter).toBe('FY2027-Q1');
    expect(result.trendQuarters).toEqual(['FY2026-Q2', 'FY2026-Q3', 'FY2026-Q4', 'FY2027-Q1']);
    expect(result.steadyThreshold).toBe(5);
  });

  it('improving: 60, 70, 85, 95 -> slope +12 points a quarter', () => {
    const t = trend('Imp');
    // See linearRegression above: slope 12.
    expect(t.slope).toBeCloseTo(12, 9);
    expect(t.trend).toBe('improving');
    expect(t.trendPoints).toBe(4);
    expect(t.quarters.map((q) => q.attainment)).toEqual([0.6, 0.7, 0.85, 0.95]);
  });

  it('steady: 90, 100, 95, 97 -> slope +1.6, below the 5-point threshold', () => {
    // y mean 95.5; dy = -5.5, 4.5, -0.5, 1.5; sum dx*dy = 8.25 - 2.25 - 0.25 + 2.25 = 8; / 5 = 1.6.
    const t = trend('Sted');
    expect(t.slope).toBeCloseTo(1.6, 9);
    expect(t.trend).toBe('steady');
  });

  it('declining: 120, 100, 90, 60 -> slope -19', () => {
    // y mean 92.5; dy = 27.5, 7.5, -2.5, -32.5; sum dx*dy = -41.25 - 3.75 - 1.25 - 48.75 = -95; / 5 = -19.
    const t = trend('Dec');
    expect(t.slope).toBeCloseTo(-19, 9);
    expect(t.trend).toBe('declining');
  });

  it('a quarter without quota is skipped but keeps the others in place: x = 0, 2, 3', () => {
    // Points (0, 50), (2, 70), (3, 80): x mean 5/3, y mean 200/3;
    // sum dx*dy = (-5/3)(-50/3) + (1/3)(10/3) + (4/3)(40/3) = 420/9; sum dx^2 = (25 + 1 + 16)/9 = 42/9 -> slope 10.
    const t = trend('Gap');
    expect(t.quarters.map((q) => q.attainment)).toEqual([0.5, null, 0.7, 0.8]);
    expect(t.trendPoints).toBe(3);
    expect(t.slope).toBeCloseTo(10, 9);
    expect(t.trend).toBe('improving');
  });

  it('a new rep with one completed quarter has no trend (null), not steady', () => {
    const t = trend('Nova');
    expect(t.quarters.map((q) => q.attainment)).toEqual([null, null, null, 0.5]);
    expect(t.slope).toBeNull();
    expect(t.trend).toBeNull();
    expect(t.trendPoints).toBe(1);
  });

  it('the threshold is an option', () => {
    const strict = repTrends(m, { steadyThreshold: 1 });
    expect(strict.reps.find((r) => r.rep === 'Sted')!.trend).toBe('improving');
  });
});

describe('repTrends ranks', () => {
  it('current quarter: by attainment, ties by bookings then name; reps without quota unranked', () => {
    // Attainment: Imp 50/100 = 0.5 (50k), Sted 0.5 (50k), Nova 30/60 = 0.5 (30k), Dec 0.2; Gap has no quota.
    expect(trend('Imp').rankCurrent).toEqual({ company: { rank: 1, of: 4 }, team: { rank: 1, of: 2 } });
    expect(trend('Sted').rankCurrent).toEqual({ company: { rank: 2, of: 4 }, team: { rank: 2, of: 2 } });
    expect(trend('Nova').rankCurrent).toEqual({ company: { rank: 3, of: 4 }, team: { rank: 1, of: 2 } });
    expect(trend('Dec').rankCurrent).toEqual({ company: { rank: 4, of: 4 }, team: { rank: 2, of: 2 } });
    expect(trend('Gap').rankCurrent).toEqual({ company: null, team: null });
  });

  it('last completed quarter: Sted 0.97, Imp 0.95, Gap 0.8, Dec 0.6, Nova 0.5', () => {
    expect(trend('Sted').rankLastCompleted).toEqual({ company: { rank: 1, of: 5 }, team: { rank: 1, of: 2 } });
    expect(trend('Imp').rankLastCompleted).toEqual({ company: { rank: 2, of: 5 }, team: { rank: 2, of: 2 } });
    expect(trend('Gap').rankLastCompleted).toEqual({ company: { rank: 3, of: 5 }, team: { rank: 1, of: 3 } });
    expect(trend('Dec').rankLastCompleted).toEqual({ company: { rank: 4, of: 5 }, team: { rank: 2, of: 3 } });
    expect(trend('Nova').rankLastCompleted).toEqual({ company: { rank: 5, of: 5 }, team: { rank: 3, of: 3 } });
  });

  it('repTrendsRanks lists reps without quota last, by bookings then name', () => {
    const row = (rep: string, attainment: number | null, bookings: number): RepPeriodRow => ({
      rep, team: null, region: null, period: 'FY2027-Q1', quota: attainment === null ? null : 1, bookings, attainment,
      won_count: 0, lost_count: 0, win_rate_count: null, win_rate_value: null, avg_won_size: null,
      median_cycle_days: null, pipeline_created: null, coverage_entering: null, tenure_quarter: null,
    });
    const ranks = repTrendsRanks([row('Zed', null, 5), row('Amy', null, 5), row('Bo', null, 9), row('Cal', 0.1, 1)]);
    // Cal ranked 1 of 1 (no team: team rank null); then Bo (9), Amy and Zed (5 each, by name).
    expect(ranks).toEqual([
      { rep: 'Cal', team: null, company: { rank: 1, of: 1 } },
      { rep: 'Bo', team: null, company: null },
      { rep: 'Amy', team: null, company: null },
      { rep: 'Zed', team: null, company: null },
    ]);
  });

  it('lists reps by name', () => {
    expect(result.reps.map((r) => r.rep)).toEqual(['Dec', 'Gap', 'Imp', 'Nova', 'Sted']);
  });
});

describe('repTrends team attainment distribution', () => {
  const team = (name: string, period: string) =>
    result.teams.find((t) => t.team === name)!.quarters.find((q) => q.period === period)!;

  it('covers every quarter of the rep table for each team', () => {
    expect(result.teams.map((t) => t.team)).toEqual(['East', 'West']);
    expect(result.teams[0]!.quarters.map((q) => q.period)).toEqual(['FY2026-Q2', 'FY2026-Q3', 'FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2']);
  });

  it('East FY2026 Q2: Imp 60% below 70, Sted 90% in 70-100', () => {
    expect(team('East', 'FY2026-Q2')).toEqual({
      period: 'FY2026-Q2',
      reps: 2,
      withQuota: 2,
      atOrAbove100: 0,
      from70To100: 1,
      below70: 1,
      shareAtOrAbove100: 0,
      share70To100: 0.5,
      shareBelow70: 0.5,
    });
  });

  it('West FY2026 Q3: exactly 100% counts as 100%+, a rep without quota is left out of the shares', () => {
    expect(team('West', 'FY2026-Q3')).toMatchObject({ reps: 2, withQuota: 1, atOrAbove100: 1, shareAtOrAbove100: 1, share70To100: 0, shareBelow70: 0 });
  });

  it('West FY2026 Q4: exactly 70% counts in 70-100', () => {
    // Dec 90%, Gap 70%.
    expect(team('West', 'FY2026-Q4')).toMatchObject({ withQuota: 2, from70To100: 2, below70: 0 });
  });

  it('West FY2027 Q1: Gap 80%, Dec 60%, Nova 50% -> 0, 1/3, 2/3', () => {
    const d = team('West', 'FY2027-Q1');
    expect(d).toMatchObject({ reps: 3, withQuota: 3, atOrAbove100: 0, from70To100: 1, below70: 2, shareAtOrAbove100: 0 });
    expect(d.share70To100).toBeCloseTo(1 / 3, 12);
    expect(d.shareBelow70).toBeCloseTo(2 / 3, 12);
  });

  it('West FY2026 Q2: Dec 120% and Gap 50%; Nova not there yet', () => {
    expect(team('West', 'FY2026-Q2')).toMatchObject({ reps: 2, atOrAbove100: 1, below70: 1, shareAtOrAbove100: 0.5 });
  });

  it('a team whose reps all lack quota has null shares', () => {
    const m2 = model({
      asOf: '2026-06-15',
      reps: [rep('Solo', 'North', null, { startDate: '2026-05-01' })],
      deals: [],
    });
    const d = repTrends(m2).teams[0]!.quarters[0]!;
    expect(d).toMatchObject({ reps: 1, withQuota: 0, shareAtOrAbove100: null, share70To100: null, shareBelow70: null });
  });
});
