import { describe, expect, it } from 'vitest';
import { periodMetrics } from '../../src/metrics/periodMetrics.ts';
import { scopes, type Scope } from '../../src/metrics/scopes.ts';
import { calendar, days, fiscalQuota, makeDeal, makeModel, makeRep } from './fixtures.ts';

// FY2027 Q1 = 2026-02-01..2026-04-30; as of 2026-06-15 (FY2027 Q2). Each deal is seen once, in
// the snapshot of the as-of date: earlier states are reconstructed from created and close dates.
const Q1 = calendar.period('quarter', 2027, 1);
const ana = { owner: 'Ana', team: 'East', region: 'NA' } as const;
const deals = [
  makeDeal({ id: 'A1', ...ana, status: 'won', amount: 30_000, createdDate: '2026-01-10', closeDate: '2026-02-20' }),
  makeDeal({ id: 'A2', ...ana, status: 'won', amount: 20_000, createdDate: '2026-02-05', closeDate: '2026-04-20' }),
  makeDeal({ id: 'A3', ...ana, status: 'won', amount: 10_000, createdDate: '2026-03-01', closeDate: '2026-04-10' }),
  makeDeal({ id: 'A4', ...ana, status: 'lost', amount: 40_000, createdDate: '2026-02-10', closeDate: '2026-03-15' }),
  makeDeal({ id: 'A5', ...ana, status: 'lost', amount: null, createdDate: '2025-12-01', closeDate: '2026-04-30' }),
  makeDeal({ id: 'A6', ...ana, status: 'open', amount: 50_000, createdDate: '2026-03-20', closeDate: '2026-04-25' }),
  makeDeal({ id: 'A7', ...ana, status: 'open', amount: 70_000, createdDate: '2026-04-02', closeDate: '2026-06-30' }),
  makeDeal({ id: 'A8', ...ana, status: 'won', amount: 5_000, createdDate: '2025-11-01', closeDate: '2026-01-31' }),
  makeDeal({ id: 'A9', ...ana, status: 'won', amount: 8_000, createdDate: '2026-01-20', closeDate: '2026-02-01' }),
  makeDeal({ id: 'A10', ...ana, status: 'lost', amount: 15_000, createdDate: '2025-05-01', closeDate: '2025-06-10' }),
  makeDeal({ id: 'D1', owner: 'Dan', team: 'Nordics', region: 'EMEA', status: 'won', amount: 12_000, createdDate: '2026-02-02', closeDate: '2026-03-03' }),
];
const model = makeModel({
  deals,
  reps: [makeRep('Ana', { team: 'East', region: 'NA' }), makeRep('Ben', { team: 'East', region: 'NA' }), makeRep('Dan', { team: 'Nordics', region: 'EMEA' })],
  quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 1, 100_000), fiscalQuota('rep', 'Ben', 'quarter', 2027, 1, 80_000)],
});
const scope = (key: string): Scope => scopes(model, 'Acme').find((s) => s.key === key)!;

describe('periodMetrics for one rep and one quarter', () => {
  const m = periodMetrics(model, scope('rep:Ana'), Q1);

  it('bookings: won deals closed in the quarter, boundaries included (A9 on Feb 1 in, A8 on Jan 31 out)', () => {
    // A1 30,000 + A2 20,000 + A3 10,000 + A9 8,000 = 68,000
    expect(m.bookings).toBe(68_000);
    expect(m.wonCount).toBe(4);
    expect(m.wonValue).toBe(68_000);
  });

  it('quota and attainment: 68,000 / 100,000', () => {
    expect(m.quota).toBe(100_000);
    expect(m.quotaSource).toBe('rep row');
    expect(m.attainment).toBeCloseTo(0.68, 12);
  });

  it('win rates by count and value; a lost deal without amount counts only in the count', () => {
    // lost: A4 40,000 and A5 (no amount). By count 4 / (4 + 2); by value 68,000 / (68,000 + 40,000).
    expect(m.lostCount).toBe(2);
    expect(m.lostValue).toBe(40_000);
    expect(m.winRateByCount).toBeCloseTo(4 / 6, 12);
    expect(m.winRateByValue).toBeCloseTo(68_000 / 108_000, 12);
    expect(m.missingAmountCount).toBe(1);
  });

  it('average won size and median cycle', () => {
    expect(m.averageWonSize).toBe(17_000); // 68,000 / 4
    // Cycles: A1 Jan 10 -> Feb 20 = 41; A2 Feb 5 -> Apr 20 = 74; A3 Mar 1 -> Apr 10 = 40; A9 Jan 20 -> Feb 1 = 12.
    expect([days('2026-01-10', '2026-02-20'), days('2026-02-05', '2026-04-20'), days('2026-03-01', '2026-04-10'), days('2026-01-20', '2026-02-01')]).toEqual([41, 74, 40, 12]);
    expect(m.medianCycleDays).toBe(40.5); // sorted 12, 40, 41, 74
  });

  it('pipeline created: deals created in the quarter, any status', () => {
    // A2 20,000 + A3 10,000 + A4 40,000 + A6 50,000 + A7 70,000
    expect(m.pipelineCreated).toBe(190_000);
    expect(m.pipelineCreatedCount).toBe(5);
  });

  it('open pipeline, quota remaining and coverage', () => {
    // A6 is still open (past due) with a close date in Q1: 50,000; remaining 100,000 - 68,000 = 32,000.
    expect(m.openPipeline).toBe(50_000);
    expect(m.openCount).toBe(1);
    expect(m.quotaRemaining).toBe(32_000);
    expect(m.coverage).toBeCloseTo(50_000 / 32_000, 12); // 1.5625
  });

  it('coverage target from the four quarters before: FY2026 Q1-Q4', () => {
    // Closed 2025-02-01..2026-01-31: A8 won 5,000 and A10 lost 15,000 -> 5,000 / 20,000 = 0.25 -> target 4.
    expect(m.trailingWindow).toEqual({ start: '2025-02-01', end: '2026-01-31' });
    expect(m.trailingWinRateByValue).toBe(0.25);
    expect(m.coverageTarget).toBe(4);
  });

  it('linearity: last month (April) and last 14 days (Apr 17-30)', () => {
    // April: A2 20,000 + A3 10,000 = 30,000 / 68,000; Apr 17-30: A2 20,000 / 68,000.
    expect(m.linearity.lastMonthShare).toBeCloseTo(30_000 / 68_000, 12);
    expect(m.linearity.last14DaysShare).toBeCloseTo(20_000 / 68_000, 12);
  });

  it('velocity: deals open at the quarter end × win rate × average size / median cycle, per day', () => {
    // Open on 2026-04-30 (reconstructed): A6 and A7 -> 2 × (4/6) × 17,000 / 40.5
    expect(m.velocity.openOn).toBe('2026-04-30');
    expect(m.velocity.openDeals).toBe(2);
    expect(m.velocity.perDay).toBeCloseTo((2 * (4 / 6) * 17_000) / 40.5, 9);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('periodMetrics: empty inputs give null, never NaN or Infinity', () => {
  it('a rep with a quota and no deals', () => {
    const ben = periodMetrics(model, scope('rep:Ben'), Q1);
    expect(ben).toMatchObject({
      bookings: 0,
      quota: 80_000,
      attainment: 0,
      winRateByCount: null,
      winRateByValue: null,
      averageWonSize: null,
      medianCycleDays: null,
      coverage: 0,
      trailingWinRateByValue: null,
      coverageTarget: null,
      linearity: { lastMonthShare: null, last14DaysShare: null },
      velocity: { perDay: null },
    });
  });

  it('a rep without quota: attainment, remaining and coverage are null', () => {
    const dan = periodMetrics(model, scope('rep:Dan'), Q1);
    expect(dan).toMatchObject({ bookings: 12_000, quota: null, quotaSource: 'none', attainment: null, quotaRemaining: null, coverage: null });
  });

  it('quota met: nothing remains, coverage is null', () => {
    const rich = makeModel({ deals, reps: model.reps, quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 1, 60_000)] });
    expect(periodMetrics(rich, scope('rep:Ana'), Q1)).toMatchObject({ quotaRemaining: 0, coverage: null });
  });
});

describe('periodMetrics for teams, the company and plain date ranges', () => {
  it('a team: deals of the team, quota summed from its reps', () => {
    const east = periodMetrics(model, scope('team:East'), Q1);
    expect(east.bookings).toBe(68_000);
    expect(east).toMatchObject({ quota: 180_000, quotaSource: 'sum of reps' });
    expect(east.attainment).toBeCloseTo(68_000 / 180_000, 12);
  });

  it('the company: every deal', () => {
    const company = periodMetrics(model, scope('company'), Q1);
    expect(company.bookings).toBe(80_000); // 68,000 + D1 12,000
    expect(company.wonCount).toBe(5);
  });

  it('a date range: March 2026 only', () => {
    const march = periodMetrics(model, scope('rep:Ana'), { start: '2026-03-01', end: '2026-03-31' });
    expect(march.period).toEqual({ key: '2026-03-01..2026-03-31', label: '2026-03-01..2026-03-31', start: '2026-03-01', end: '2026-03-31' });
    expect(march.bookings).toBe(0);
    expect(march.lostCount).toBe(1); // A4 on Mar 15
    expect(march.winRateByCount).toBe(0);
  });

  it('a reopened deal counts by its state as of the as-of date: no longer won', () => {
    const reopened = makeDeal({
      id: 'R1',
      ...ana,
      amount: 9_000,
      createdDate: '2026-02-01',
      closeDate: '2026-03-10',
      steps: [
        { date: '2026-03-10', status: 'won', stage: 'Closed Won' },
        { date: '2026-04-01', status: 'open', stage: 'Negotiation/Review', closeDate: '2026-04-20' },
      ],
    });
    const m = periodMetrics(makeModel({ deals: [reopened], asOf: '2026-06-15' }), scope('rep:Ana'), Q1);
    expect(m).toMatchObject({ bookings: 0, wonCount: 0, openPipeline: 9_000 });
  });
});

describe('periodMetrics without created dates', () => {
  it('pipeline created is null, not 0, when the exports have no created dates at all', () => {
    const noCreated = { ...model, columnsPresent: { ...model.columnsPresent, createdDate: false } };
    expect(periodMetrics(noCreated, scope('rep:Ana'), Q1)).toMatchObject({ pipelineCreated: null, pipelineCreatedCount: null });
  });
});
