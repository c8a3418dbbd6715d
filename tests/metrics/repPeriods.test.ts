import { describe, expect, it } from 'vitest';
import { repPeriods, type RepPeriodRow } from '../../src/metrics/repPeriods.ts';
import { model, quarterQuota, quota, rep } from './repFixtures.ts';

/*
 * February fiscal start. As of 2026-03-20, in FY2027 Q1 (2026-02-01 .. 2026-04-30).
 * Quarters in the data: FY2026 Q3 (2025-08-01 .. 2025-10-31, 92 days), FY2026 Q4
 * (2025-11-01 .. 2026-01-31, 92 days), FY2027 Q1. One snapshot (the as-of date): earlier
 * states are inferred from created and close dates.
 *
 * Ana (East): roster start 2025-03-01 (FY2026 Q1 -> tenure 1 there, 3 in FY2026 Q3).
 *   Quota: FY2026 yearly row 365,000 over 365 days -> 1,000 a day -> 92,000 a quarter;
 *   FY2027 Q1 quarterly row 100,000.
 * Ben (East): joins 2025-12-01, mid fiscal year (FY2026 Q4 -> tenure 1). Monthly quotas for
 *   Dec 2025 and Jan 2026, 20,000 each; none in FY2027 Q1 -> attainment null.
 * Cleo (West): no start date, left 2026-01-15; first created deal in FY2026 Q3 -> tenure 1 there.
 * Dan (West): no start date, left 2025-10-15, but owns a deal lost on 2025-12-05: he stays in
 *   FY2026 Q4 for it, and is not in FY2027 Q1.
 */
const AS_OF = '2026-03-20';
const m = model({
  asOf: AS_OF,
  reps: [
    rep('Ana', 'East', 'Americas', { startDate: '2025-03-01' }),
    rep('Ben', 'East', 'Americas', { startDate: '2025-12-01' }),
    rep('Cleo', 'West', 'Americas', { endDate: '2026-01-15' }),
    rep('Dan', 'West', 'Americas', { endDate: '2025-10-15' }),
  ],
  quotas: [
    quota('rep', 'Ana', '2025-02-01', '2026-01-31', 'year', 365_000),
    quarterQuota('rep', 'Ana', 2027, 1, 100_000),
    quota('rep', 'Ben', '2025-12-01', '2025-12-31', 'month', 20_000),
    quota('rep', 'Ben', '2026-01-01', '2026-01-31', 'month', 20_000),
    quarterQuota('rep', 'Cleo', 2026, 3, 50_000),
    quarterQuota('rep', 'Cleo', 2026, 4, 50_000),
  ],
  deals: [
    { id: 'A1', owner: 'Ana', createdDate: '2025-08-20', status: 'won', closeDate: '2025-10-10', amount: 46_000 },
    { id: 'A2', owner: 'Ana', createdDate: '2025-09-01', status: 'lost', closeDate: '2025-10-20', amount: 20_000 },
    // Won on the last day of FY2026 (FY2026 Q4).
    { id: 'A3', owner: 'Ana', createdDate: '2025-10-05', status: 'won', closeDate: '2026-01-31', amount: 60_000 },
    // Won on the first day of FY2027.
    { id: 'A4', owner: 'Ana', createdDate: '2025-11-15', status: 'won', closeDate: '2026-02-01', amount: 30_000 },
    { id: 'A5', owner: 'Ana', createdDate: '2026-01-10', status: 'open', closeDate: '2026-04-15', amount: 80_000 },
    { id: 'A6', owner: 'Ana', createdDate: '2026-03-01', status: 'open', closeDate: '2026-06-30', amount: 10_000 },
    { id: 'B1', owner: 'Ben', createdDate: '2025-12-05', status: 'won', closeDate: '2026-01-20', amount: 25_000 },
    { id: 'B2', owner: 'Ben', createdDate: '2026-01-05', status: 'lost', closeDate: '2026-03-10', amount: 15_000 },
    { id: 'B3', owner: 'Ben', createdDate: '2026-02-10', status: 'won', closeDate: '2026-03-15', amount: 12_000 },
    { id: 'C1', owner: 'Cleo', createdDate: '2025-08-10', status: 'won', closeDate: '2025-09-30', amount: 40_000 },
    { id: 'C2', owner: 'Cleo', createdDate: '2025-09-15', status: 'won', closeDate: '2025-12-20', amount: 30_000 },
    { id: 'C3', owner: 'Cleo', createdDate: '2025-10-01', status: 'lost', closeDate: '2025-11-10', amount: 10_000 },
    { id: 'D1', owner: 'Dan', createdDate: '2025-09-01', status: 'lost', closeDate: '2025-12-05', amount: 5_000 },
  ],
});

const rows = repPeriods(m);
const row = (rep: string, period: string): RepPeriodRow | undefined => rows.find((r) => r.rep === rep && r.period === period);

describe('repPeriods over quarters crossing a February fiscal year start', () => {
  it('has one row per rep and quarter they were there, sorted by rep then quarter', () => {
    expect(rows.map((r) => `${r.rep} ${r.period}`)).toEqual([
      'Ana FY2026-Q3',
      'Ana FY2026-Q4',
      'Ana FY2027-Q1',
      // Ben joined 2025-12-01: not in FY2026 Q3.
      'Ben FY2026-Q4',
      'Ben FY2027-Q1',
      // Cleo left 2026-01-15: not in FY2027 Q1.
      'Cleo FY2026-Q3',
      'Cleo FY2026-Q4',
      // Dan left 2025-10-15 but has a deal closed in FY2026 Q4.
      'Dan FY2026-Q3',
      'Dan FY2026-Q4',
    ]);
  });

  it('rows carry exactly the CSV columns', () => {
    expect(Object.keys(rows[0]!)).toEqual([
      'rep',
      'team',
      'region',
      'period',
      'quota',
      'bookings',
      'attainment',
      'won_count',
      'lost_count',
      'win_rate_count',
      'win_rate_value',
      'avg_won_size',
      'median_cycle_days',
      'pipeline_created',
      'coverage_entering',
      'tenure_quarter',
    ]);
  });

  it('Ana in FY2026 Q3: a yearly quota prorated by days, one win and one loss', () => {
    const r = row('Ana', 'FY2026-Q3')!;
    // 365,000 x 92 / 365 = 92,000.
    expect(r.quota).toBeCloseTo(92_000, 6);
    expect(r.bookings).toBe(46_000);
    // 46,000 / 92,000.
    expect(r.attainment).toBeCloseTo(0.5, 12);
    expect(r.won_count).toBe(1);
    expect(r.lost_count).toBe(1);
    expect(r.win_rate_count).toBe(0.5);
    // 46,000 / (46,000 + 20,000).
    expect(r.win_rate_value).toBeCloseTo(46 / 66, 12);
    expect(r.avg_won_size).toBe(46_000);
    // A1: 2025-08-20 -> 2025-10-10 = 11 (rest of Aug) + 30 (Sep) + 10 = 51 days.
    expect(r.median_cycle_days).toBe(51);
    // Created in the quarter: A1 46,000 + A2 20,000 + A3 60,000 (2025-10-05).
    expect(r.pipeline_created).toBe(126_000);
    // Nothing existed on 2025-08-01.
    expect(r.coverage_entering).toBe(0);
    // Started in FY2026 Q1 (Feb-Apr 2025): Q1 = 1, Q2 = 2, Q3 = 3.
    expect(r.tenure_quarter).toBe(3);
    expect(r.team).toBe('East');
    expect(r.region).toBe('Americas');
  });

  it('Ana in FY2026 Q4: a deal won on the fiscal year\'s last day counts in FY2026', () => {
    const r = row('Ana', 'FY2026-Q4')!;
    expect(r.quota).toBeCloseTo(92_000, 6);
    expect(r.bookings).toBe(60_000);
    expect(r.attainment).toBeCloseTo(60 / 92, 12);
    expect(r.won_count).toBe(1);
    expect(r.lost_count).toBe(0);
    expect(r.win_rate_count).toBe(1);
    expect(r.win_rate_value).toBe(1);
    // A3: 2025-10-05 -> 2026-01-31 = 26 + 30 + 31 + 31 = 118 days.
    expect(r.median_cycle_days).toBe(118);
    // A4 30,000 (2025-11-15) + A5 80,000 (2026-01-10).
    expect(r.pipeline_created).toBe(110_000);
    // On 2025-11-01 A3 was open (created 2025-10-05) due 2026-01-31: 60,000 / 92,000.
    expect(r.coverage_entering).toBeCloseTo(60 / 92, 12);
    expect(r.tenure_quarter).toBe(4);
  });

  it('Ana in FY2027 Q1: a deal won on the new fiscal year\'s first day counts in FY2027', () => {
    const r = row('Ana', 'FY2027-Q1')!;
    expect(r.quota).toBe(100_000);
    expect(r.bookings).toBe(30_000);
    expect(r.attainment).toBeCloseTo(0.3, 12);
    // A4: 2025-11-15 -> 2026-02-01 = 15 + 31 + 31 + 1 = 78 days.
    expect(r.median_cycle_days).toBe(78);
    expect(r.pipeline_created).toBe(10_000);
    // On 2026-02-01: A5 open due 2026-04-15 (80,000); A4 was won that day, so not open. 80,000 / 100,000.
    expect(r.coverage_entering).toBeCloseTo(0.8, 12);
    expect(r.tenure_quarter).toBe(5);
  });

  it('Ben joins mid-year: monthly quotas add up, tenure starts at 1, no quota gives null attainment', () => {
    const q4 = row('Ben', 'FY2026-Q4')!;
    // 20,000 (Dec) + 20,000 (Jan).
    expect(q4.quota).toBe(40_000);
    expect(q4.bookings).toBe(25_000);
    expect(q4.attainment).toBeCloseTo(0.625, 12);
    // B1: 2025-12-05 -> 2026-01-20 = 26 + 20 = 46 days.
    expect(q4.median_cycle_days).toBe(46);
    // B1 25,000 + B2 15,000 created in the quarter.
    expect(q4.pipeline_created).toBe(40_000);
    expect(q4.coverage_entering).toBe(0);
    expect(q4.tenure_quarter).toBe(1);

    const q1 = row('Ben', 'FY2027-Q1')!;
    expect(q1.quota).toBeNull();
    expect(q1.attainment).toBeNull();
    expect(q1.coverage_entering).toBeNull();
    expect(q1.bookings).toBe(12_000);
    expect(q1.won_count).toBe(1);
    expect(q1.lost_count).toBe(1);
    expect(q1.win_rate_count).toBe(0.5);
    // 12,000 / (12,000 + 15,000).
    expect(q1.win_rate_value).toBeCloseTo(12 / 27, 12);
    // B3: 2026-02-10 -> 2026-03-15 = 18 + 15 = 33 days.
    expect(q1.median_cycle_days).toBe(33);
    expect(q1.tenure_quarter).toBe(2);
  });

  it('Cleo: tenure from her first created deal; coverage entering counts deals open on the first day', () => {
    const q3 = row('Cleo', 'FY2026-Q3')!;
    expect(q3.attainment).toBeCloseTo(0.8, 12);
    expect(q3.tenure_quarter).toBe(1);
    // C1 40,000 + C2 30,000 + C3 10,000.
    expect(q3.pipeline_created).toBe(80_000);
    // C1: 2025-08-10 -> 2025-09-30 = 21 + 30 = 51 days.
    expect(q3.median_cycle_days).toBe(51);

    const q4 = row('Cleo', 'FY2026-Q4')!;
    expect(q4.attainment).toBeCloseTo(0.6, 12);
    expect(q4.win_rate_value).toBeCloseTo(0.75, 12);
    // C2: 2025-09-15 -> 2025-12-20 = 15 + 31 + 30 + 20 = 96 days.
    expect(q4.median_cycle_days).toBe(96);
    // On 2025-11-01: C2 open due 2025-12-20 (30,000) and C3 open due 2025-11-10 (10,000): 40,000 / 50,000.
    expect(q4.coverage_entering).toBeCloseTo(0.8, 12);
    expect(q4.pipeline_created).toBe(0);
    expect(q4.tenure_quarter).toBe(2);
  });

  it('Dan: nothing closed gives null rates; a lost deal with no amount won gives 0 rates', () => {
    const q3 = row('Dan', 'FY2026-Q3')!;
    expect(q3).toMatchObject({
      quota: null,
      bookings: 0,
      attainment: null,
      won_count: 0,
      lost_count: 0,
      win_rate_count: null,
      win_rate_value: null,
      avg_won_size: null,
      median_cycle_days: null,
      pipeline_created: 5_000,
      coverage_entering: null,
      tenure_quarter: 1,
    });
    const q4 = row('Dan', 'FY2026-Q4')!;
    expect(q4).toMatchObject({ lost_count: 1, win_rate_count: 0, win_rate_value: 0, pipeline_created: 0, tenure_quarter: 2 });
  });

  it('never puts NaN or Infinity in a row', () => {
    for (const r of rows) {
      for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('repPeriods edge cases', () => {
  it('a deal owner missing from the roster gets rows, with the team from the deal', () => {
    const m2 = model({
      asOf: '2026-03-20',
      reps: [],
      deals: [{ id: 'E1', owner: 'Eve', team: 'North', region: 'EMEA', createdDate: '2026-02-02', status: 'won', closeDate: '2026-03-01', amount: 7_000 }],
    });
    expect(repPeriods(m2)).toEqual([
      {
        rep: 'Eve',
        team: 'North',
        region: 'EMEA',
        period: 'FY2027-Q1',
        quota: null,
        bookings: 7_000,
        attainment: null,
        won_count: 1,
        lost_count: 0,
        win_rate_count: 1,
        win_rate_value: 1,
        avg_won_size: 7_000,
        // 2026-02-02 -> 2026-03-01 = 27 days.
        median_cycle_days: 27,
        pipeline_created: 7_000,
        coverage_entering: null,
        tenure_quarter: 1,
      },
    ]);
  });

  it('without any created date, pipeline created and tenure are unknown (null), not 0', () => {
    const m3 = model({
      asOf: '2026-03-20',
      reps: [rep('Fay', 'East', null)],
      quotas: [quarterQuota('rep', 'Fay', 2027, 1, 10_000)],
      deals: [{ id: 'F1', owner: 'Fay', status: 'won', closeDate: '2026-03-01', amount: 5_000 }],
    });
    const [r] = repPeriods(m3);
    expect(r).toMatchObject({ period: 'FY2027-Q1', pipeline_created: null, tenure_quarter: null, median_cycle_days: null, attainment: 0.5 });
  });

  it('a quota of 0 gives null attainment and coverage, not Infinity', () => {
    const m4 = model({
      asOf: '2026-03-20',
      reps: [rep('Gus', 'East', null, { startDate: '2026-02-01' })],
      quotas: [quarterQuota('rep', 'Gus', 2027, 1, 0)],
      deals: [{ id: 'G1', owner: 'Gus', createdDate: '2026-02-03', status: 'won', closeDate: '2026-03-01', amount: 5_000 }],
    });
    expect(repPeriods(m4)[0]).toMatchObject({ quota: 0, attainment: null, coverage_entering: null });
  });
});
