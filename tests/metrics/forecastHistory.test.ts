import { describe, expect, it } from 'vitest';
import { forecastHistory } from '../../src/metrics/forecastHistory.ts';
import { forecastHistory as fromForecastModule } from '../../src/metrics/forecast.ts';
import { calendar, makeDeal, makeModel, makeRep } from './fixtures.ts';

// FY2027 Q1 (2026-02-01..2026-04-30) seen in three snapshots (Feb 1, Mar 2, Apr 6); as of
// 2026-05-10 the quarter has closed. Nothing closed before Q1, so nothing is learned: each open
// deal weighs by its CRM probability.
//   H1 10,000 commit 80%, close 03-31: open Feb 1 and Mar 2, won by Apr 6
//   H2 20,000 best case 50%, close 04-15: pushed to 05-20 on Mar 2 (out of the quarter)
//   H3  5,000 pipeline 20%, created Feb 20, close 04-30: seen Mar 2; Apr 6 commit 60% at 6,000; won 04-28
//   H4  8,000 omitted 10%, close 04-10: lost by Apr 6
const Q1 = calendar.period('quarter', 2027, 1);
const who = { owner: 'Ana', team: 'East', region: 'NA' } as const;
const model = makeModel({
  asOf: '2026-05-10',
  reps: [makeRep('Ana', { team: 'East', region: 'NA' })],
  deals: [
    makeDeal({
      id: 'H1',
      ...who,
      createdDate: '2026-02-01',
      steps: [
        { date: '2026-02-01', amount: 10_000, stage: 'Negotiation', forecastCategory: 'commit', probability: 0.8, closeDate: '2026-03-31' },
        { date: '2026-04-06', status: 'won', stage: 'Closed Won', forecastCategory: 'closed', probability: 1 },
      ],
    }),
    makeDeal({
      id: 'H2',
      ...who,
      createdDate: '2026-02-01',
      steps: [
        { date: '2026-02-01', amount: 20_000, stage: 'Proposal', forecastCategory: 'bestCase', probability: 0.5, closeDate: '2026-04-15' },
        { date: '2026-03-02', closeDate: '2026-05-20' },
      ],
    }),
    makeDeal({
      id: 'H3',
      ...who,
      createdDate: '2026-02-20',
      steps: [
        { date: '2026-03-02', amount: 5_000, stage: 'Demo', forecastCategory: 'pipeline', probability: 0.2, closeDate: '2026-04-30' },
        { date: '2026-04-06', amount: 6_000, stage: 'Negotiation', forecastCategory: 'commit', probability: 0.6 },
        { date: '2026-04-28', origin: 'history', status: 'won', stage: 'Closed Won', closeDate: '2026-04-28' },
      ],
    }),
    makeDeal({
      id: 'H4',
      ...who,
      createdDate: '2026-02-01',
      steps: [
        { date: '2026-02-01', amount: 8_000, stage: 'Demo', forecastCategory: 'omitted', probability: 0.1, closeDate: '2026-04-10' },
        { date: '2026-04-06', status: 'lost', stage: 'Closed Lost' },
      ],
    }),
  ],
});

describe('forecastHistory on three snapshots of a closed quarter', () => {
  const h = forecastHistory(model, Q1, { companyName: 'Acme' });
  const company = h.scopes.find((s) => s.scope === 'company')!;

  it('has one point per snapshot date', () => {
    expect(h.closed).toBe(true);
    expect(h.points).toEqual([
      { date: '2026-02-01', origin: 'snapshot', dayOfPeriod: 1, reconstructedDeals: 0 },
      { date: '2026-03-02', origin: 'snapshot', dayOfPeriod: 30, reconstructedDeals: 0 },
      { date: '2026-04-06', origin: 'snapshot', dayOfPeriod: 65, reconstructedDeals: 0 },
    ]);
  });

  it('the forecast at each snapshot, worked by hand', () => {
    const values = company.points.map(({ accuracy: _, ...v }) => v);
    expect(values).toEqual([
      // Feb 1: H1 commit 10,000 (×0.8 = 8,000), H2 best case 20,000 (×0.5 = 10,000), H4 omitted 8,000 (×0.1 = 800)
      { date: '2026-02-01', closedWon: 0, commit: 10_000, bestCase: 30_000, pipeline: 30_000, weightedOpen: 18_800, expected: 18_800 },
      // Mar 2: H1 8,000; H2 pushed out; H3 pipeline 5,000 (×0.2 = 1,000); H4 800
      { date: '2026-03-02', closedWon: 0, commit: 10_000, bestCase: 10_000, pipeline: 15_000, weightedOpen: 9_800, expected: 9_800 },
      // Apr 6: H1 won 10,000; H3 commit 6,000 (×0.6 = 3,600); H4 lost
      { date: '2026-04-06', closedWon: 10_000, commit: 16_000, bestCase: 16_000, pipeline: 16_000, weightedOpen: 3_600, expected: 13_600 },
    ]);
  });

  it('accuracy against the 16,000 booked (H1 10,000 + H3 6,000)', () => {
    expect(company.actual).toBe(16_000);
    expect(company.points.map((p) => p.accuracy!.expected)).toEqual([
      { error: 2_800, ratio: 18_800 / 16_000, absolutePercentageError: 2_800 / 16_000 }, // 1.175, 0.175
      { error: -6_200, ratio: 9_800 / 16_000, absolutePercentageError: 6_200 / 16_000 }, // 0.6125, 0.3875
      { error: -2_400, ratio: 13_600 / 16_000, absolutePercentageError: 2_400 / 16_000 }, // 0.85, 0.15
    ]);
    expect(company.points[2]!.accuracy!.commit).toEqual({ error: 0, ratio: 1, absolutePercentageError: 0 });
  });

  it('bias: mean signed error (2,800 - 6,200 - 2,400) / 3 and mean absolute percentage error 0.7125 / 3', () => {
    expect(company.bias!.meanSignedError).toBeCloseTo(-5_800 / 3, 9);
    expect(company.bias!.meanAbsolutePercentageError).toBeCloseTo(0.2375, 12);
  });

  it('every scope is there, from the same pass', () => {
    expect(h.scopes.map((s) => s.scope)).toEqual(['company', 'region:NA', 'team:East', 'rep:Ana']);
    expect(h.scopes.find((s) => s.scope === 'rep:Ana')!.points).toEqual(company.points);
  });

  it('is also exported from forecast.ts', () => {
    expect(fromForecastModule).toBe(forecastHistory);
  });
});

describe('forecastHistory for an open quarter and before the snapshots', () => {
  it('an open quarter has no accuracy', () => {
    const q2 = forecastHistory(model, calendar.period('quarter', 2027, 2), { companyName: 'Acme' });
    expect(q2.closed).toBe(false);
    expect(q2.scopes[0]!.actual).toBeNull();
    expect(q2.scopes[0]!.bias).toBeNull();
    expect(q2.points).toEqual([]); // no snapshot in May 1..May 10, and snapshots began before
  });

  it('an open quarter with a snapshot inside has points without accuracy', () => {
    // One open deal seen on 2026-05-08, inside FY2027 Q2 (2026-05-01..07-31), which is still open on 2026-05-10.
    const open = makeModel({
      asOf: '2026-05-10',
      deals: [makeDeal({ id: 'y', status: 'open', stage: 'Qualification', amount: 500, createdDate: '2026-05-01', closeDate: '2026-06-30', seen: '2026-05-08' })],
    });
    const h = forecastHistory(open, calendar.period('quarter', 2027, 2), { companyName: 'Acme' });
    expect(h.closed).toBe(false);
    // A weekly reconstructed point at the quarter start (before the first snapshot), then the snapshot.
    expect(h.points.map((p) => p.date)).toEqual(['2026-05-01', '2026-05-08']);
    expect(h.scopes[0]!.points[1]).toMatchObject({ date: '2026-05-08', closedWon: 0, pipeline: 500, accuracy: null });
    expect(h.scopes[0]!.points.every((p) => p.accuracy === null)).toBe(true);
    expect(h.scopes[0]!.bias).toBeNull();
  });

  it('weekly reconstructed points before the first snapshot', () => {
    // One deal, seen once (as of 2026-05-10) won on 2026-01-20, created 2025-11-10. FY2026 Q4 =
    // 2025-11-01..2026-01-31: weekly points Nov 1, 8, ..., Jan 31 (14 points).
    const single = makeModel({
      asOf: '2026-05-10',
      deals: [makeDeal({ id: 'x', status: 'won', stage: 'Closed Won', amount: 1_000, createdDate: '2025-11-10', closeDate: '2026-01-20', seen: '2026-05-10' })],
    });
    const h = forecastHistory(single, calendar.period('quarter', 2026, 4), { companyName: 'Acme' });
    expect(h.points).toHaveLength(14);
    expect(h.points.every((p) => p.origin === 'weekly')).toBe(true);
    const values = h.scopes[0]!.points;
    // Nov 1 and 8: not created yet. Nov 15 .. Jan 17: open (reconstructed, no stage: Pipeline, probability 0). Jan 24, 31: won.
    expect(values[0]).toMatchObject({ date: '2025-11-01', pipeline: 0, closedWon: 0 });
    expect(values[2]).toMatchObject({ date: '2025-11-15', pipeline: 1_000, weightedOpen: 0, closedWon: 0 });
    expect(h.points[2]!.reconstructedDeals).toBe(1);
    expect(values[13]).toMatchObject({ date: '2026-01-31', closedWon: 1_000, expected: 1_000 });
    expect(h.scopes[0]!.actual).toBe(1_000);
  });

  it('atDay keeps only the latest point on or before that day of the period', () => {
    const h = forecastHistory(model, Q1, { companyName: 'Acme', atDay: 40 });
    expect(h.points.map((p) => p.date)).toEqual(['2026-03-02']);
  });
});
