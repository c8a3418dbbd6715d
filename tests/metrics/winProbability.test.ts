import { describe, expect, it } from 'vitest';
import { daysBucket, leftBucket, winProbability } from '../../src/metrics/winProbability.ts';
import { winRates } from '../../src/metrics/winRates.ts';
import { makeDeal, makeModel } from './fixtures.ts';
import { forecastModel } from './forecastFixture.ts';

const counts = (c: { trials: number; wins: number; slips: number; deals: number; dealWins: number; dealSlips: number }) => ({
  trials: c.trials,
  wins: c.wins,
  slips: c.slips,
  deals: c.deals,
  dealWins: c.dealWins,
  dealSlips: c.dealSlips,
});

describe('winProbability', () => {
  const table = winProbability(forecastModel());

  it('looks at the closed quarters only, at weekly points before the first snapshot and at each snapshot', () => {
    expect(table.quarters.map((q) => q.key)).toEqual(['FY2027-Q1']);
    // Feb 1, 8, 15, 22 (weekly, before the first snapshot on Mar 1), then snapshots Mar 1 and Apr 1.
    expect(table.pointCount).toBe(6);
  });

  it('counts trials, wins and slips per stage, days-in-stage and days-left bucket as worked out in the fixture', () => {
    // Mar 1 is 60 days before Apr 30 (31-60 left), Apr 1 is 29 days before (0-30 left).
    // L1 and L2 are seen twice at Proposal in Q1, so each look weighs 1/2 deal; L3 is still open
    // on Apr 30 (won May 15): a slip.
    expect(table.cells.map((c) => ({ stageKey: c.stageKey, bucket: c.bucket, left: c.left, ...counts(c.atEnd) }))).toEqual([
      { stageKey: 'proposal', bucket: '0-14', left: '0-30', trials: 1, wins: 0, slips: 0, deals: 1, dealWins: 0, dealSlips: 0 }, // L5 lost
      { stageKey: 'proposal', bucket: '0-14', left: '31-60', trials: 4, wins: 2, slips: 1, deals: 3, dealWins: 1.5, dealSlips: 1 }, // L1 W ½, L2 L ½, L3 S, L4 W
      { stageKey: 'proposal', bucket: '15-45', left: '0-30', trials: 2, wins: 1, slips: 0, deals: 1, dealWins: 0.5, dealSlips: 0 }, // L1 W ½, L2 L ½
      { stageKey: 'prospecting', bucket: '0-14', left: '31-60', trials: 1, wins: 0, slips: 0, deals: 1, dealWins: 0, dealSlips: 0 }, // L5
    ]);
  });

  it('winRates sums the quarters that ended before a date; a deal counts once per stage and quarter', () => {
    const rates = winRates(table, { before: '2026-05-01' });
    // Proposal: L1 W, L2 L, L3 S, L4 W, L5 L = 5 deals, 2 won, 1 slipped (7 looks, 3 of them won).
    expect(counts(rates.get('proposal')!)).toEqual({ trials: 7, wins: 3, slips: 1, deals: 5, dealWins: 2, dealSlips: 1 });
    expect(rates.get('proposal')).toMatchObject({ stage: 'Proposal' });
    expect(counts(rates.get('proposal')!.buckets.get('15-45')!)).toEqual({ trials: 2, wins: 1, slips: 0, deals: 1, dealWins: 0.5, dealSlips: 0 });
    expect(counts(rates.get('proposal')!.left.get('31-60')!)).toEqual({ trials: 4, wins: 2, slips: 1, deals: 3, dealWins: 1.5, dealSlips: 1 });
    expect(winRates(table, { before: '2026-04-30' }).size).toBe(0); // Q1 ends on Apr 30: not closed yet
  });

  it('buckets: days in stage 0-14, 15-45, 46+; days left 0-30, 31-60, 61+, boundaries inside', () => {
    expect([0, 14, 15, 45, 46, null].map(daysBucket)).toEqual(['0-14', '0-14', '15-45', '15-45', '46+', 'unknown']);
    expect([0, 30, 31, 60, 61].map(leftBucket)).toEqual(['0-30', '0-30', '31-60', '31-60', '61+']);
  });

  it('reconstructed states never count as trials: a deal counts only from its first observation on', () => {
    // Created Feb 10, first seen open at Proposal on Apr 1 (close Apr 20), then won. The weekly
    // points Feb 15 .. Mar 29 would reconstruct it at Proposal from its first observation: they
    // are not trials (only deals still open when first seen get a reconstructed stage, so
    // counting them would select losers... or, here, winners). One trial: the Apr 1 snapshot.
    const model = makeModel({
      asOf: '2026-06-15',
      snapshots: ['2026-04-01', '2026-06-15'],
      deals: [
        makeDeal({
          id: 'r',
          amount: 1,
          createdDate: '2026-02-10',
          exactStages: true,
          steps: [{ date: '2026-04-01', stage: 'Proposal', closeDate: '2026-04-20' }, { date: '2026-04-20', origin: 'history', status: 'won', stage: 'Closed Won' }],
        }),
        // Already won when first seen: no trial at all (the old bias counted none of these).
        makeDeal({ id: 'w', amount: 1, createdDate: '2026-02-10', closeDate: '2026-03-10', status: 'won', stage: 'Closed Won', seen: '2026-04-01' }),
      ],
    });
    const t = winProbability(model);
    expect(t.cells.map((c) => ({ stageKey: c.stageKey, ...counts(c.atEnd) }))).toEqual([
      { stageKey: 'proposal', trials: 1, wins: 1, slips: 0, deals: 1, dealWins: 1, dealSlips: 0 },
    ]);
  });

  it('with a single snapshot, there is no observation inside a closed quarter: no trials at all', () => {
    const single = makeModel({
      asOf: '2026-06-15',
      deals: [makeDeal({ id: 'x', status: 'won', stage: 'Closed Won', amount: 1, createdDate: '2026-02-10', closeDate: '2026-03-10' })],
    });
    const t = winProbability(single);
    expect(t.pointCount).toBeGreaterThan(0);
    expect(t.cells).toEqual([]);
  });

  it('a deal pushed across the quarter end slipped: it is not a win of the quarter it was expected in', () => {
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
    expect(winProbability(pushed).cells.map((c) => counts(c.settled))).toEqual([{ trials: 1, wins: 0, slips: 1, deals: 1, dealWins: 0, dealSlips: 1 }]);
  });

  it('no hindsight: an outcome entered after the quarter counts only once it was known (14 days after the end)', () => {
    // Open at Proposal on Apr 1 (close Apr 28); the May 6 snapshot says won on Apr 28. On Apr 30
    // the exports still said open: a forecast made on May 5 sees a slip, one made on May 20 a win.
    const late = makeModel({
      asOf: '2026-06-15',
      snapshots: ['2026-04-01', '2026-05-06', '2026-06-15'],
      deals: [
        makeDeal({
          id: 'l',
          amount: 1,
          createdDate: '2026-04-01',
          exactStages: true,
          steps: [{ date: '2026-04-01', stage: 'Proposal', closeDate: '2026-04-28' }, { date: '2026-05-06', status: 'won', stage: 'Closed Won' }],
        }),
      ],
    });
    const t = winProbability(late);
    expect(t.cells[0]).toMatchObject({ settledOn: '2026-05-14' });
    expect(counts(winRates(t, { before: '2026-05-01', asOf: '2026-05-05' }).get('proposal')!)).toMatchObject({ wins: 0, slips: 1 });
    expect(counts(winRates(t, { before: '2026-05-01', asOf: '2026-05-20' }).get('proposal')!)).toMatchObject({ wins: 1, slips: 0 });
  });
});
