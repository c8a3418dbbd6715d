import { describe, expect, it } from 'vitest';
import { daysBucket, winProbability } from '../../src/metrics/winProbability.ts';
import { winRates } from '../../src/metrics/winRates.ts';
import { makeDeal, makeModel } from './fixtures.ts';
import { forecastModel } from './forecastFixture.ts';

describe('winProbability', () => {
  const table = winProbability(forecastModel());

  it('looks at the closed quarters only, at weekly points before the first snapshot and at each snapshot', () => {
    expect(table.quarters.map((q) => q.key)).toEqual(['FY2027-Q1']);
    // Feb 1, 8, 15, 22 (weekly, before the first snapshot on Mar 1), then snapshots Mar 1 and Apr 1.
    expect(table.pointCount).toBe(6);
  });

  it('counts trials and wins per stage and days-in-stage bucket as worked out in the fixture', () => {
    expect(table.cells.map(({ stageKey, bucket, trials, wins }) => ({ stageKey, bucket, trials, wins }))).toEqual([
      { stageKey: 'proposal', bucket: '0-14', trials: 5, wins: 2 },
      { stageKey: 'proposal', bucket: '15-45', trials: 2, wins: 1 },
      { stageKey: 'prospecting', bucket: '0-14', trials: 1, wins: 0 },
    ]);
  });

  it('winRates sums the quarters that ended before a date', () => {
    const rates = winRates(table, { before: '2026-05-01' });
    expect(rates.get('proposal')).toMatchObject({ stage: 'Proposal', trials: 7, wins: 3 });
    expect(rates.get('proposal')!.buckets.get('15-45')).toEqual({ trials: 2, wins: 1 });
    expect(winRates(table, { before: '2026-04-30' }).size).toBe(0); // Q1 ends on Apr 30: not closed yet
  });

  it('daysBucket: 0-14, 15-45, 46+ with the boundaries inside', () => {
    expect([0, 14, 15, 45, 46, null].map(daysBucket)).toEqual(['0-14', '0-14', '15-45', '15-45', '46+', 'unknown']);
  });

  it('with a single snapshot, reconstructed states have no stage: no trials at all', () => {
    const single = makeModel({
      asOf: '2026-06-15',
      deals: [makeDeal({ id: 'x', status: 'won', stage: 'Closed Won', amount: 1, createdDate: '2026-02-10', closeDate: '2026-03-10' })],
    });
    const t = winProbability(single);
    expect(t.pointCount).toBeGreaterThan(0);
    expect(t.cells).toEqual([]);
  });

  it('a deal pushed across the quarter end is a failure for the quarter it was expected in', () => {
    const pushed = makeModel({
      asOf: '2026-06-15',
      snapshots: ['2026-04-01', '2026-06-15'],
      deals: [
        makeDeal({
          id: 'p',
          amount: 1,
          createdDate: '2026-04-01',
          exactStages: true,
          steps: [{ date: '2026-04-01', stage: 'Proposal', closeDate: '2026-04-30' }, { date: '2026-05-02', origin: 'history', status: 'won', stage: 'Closed Won', closeDate: '2026-05-02' }],
        }),
      ],
    });
    expect(winProbability(pushed).cells).toMatchObject([{ stageKey: 'proposal', bucket: '0-14', trials: 1, wins: 0 }]);
  });
});
