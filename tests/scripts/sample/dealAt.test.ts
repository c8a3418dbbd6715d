import { describe, expect, it } from 'vitest';
import { weeklyReportRows } from '../../../scripts/sample/buildSample.ts';
import { dayFromIso as day, isoFromDay } from '../../../scripts/sample/dates.ts';
import { dealAt } from '../../../scripts/sample/dealAt.ts';
import type { DealTruth } from '../../../scripts/sample/truth.ts';

/** A won deal: pushed once, cut once, handed from A to B, closed 2026-07-31. */
function wonDeal(): DealTruth {
  return {
    seq: 1, id: 'D1', name: 'Acme - Pilot', account: 'Acme', type: 'New Business', leadSource: 'Web',
    segment: 'Commercial', team: 'T', region: 'R',
    created: day('2026-06-01'), outcome: 'won', closed: day('2026-07-31'), deleted: null, lossReason: null, staleFrom: null,
    stages: [
      { day: day('2026-06-01'), stage: 0, category: 'Pipeline', nextStep: 'Intro call' },
      { day: day('2026-06-20'), stage: 3, category: 'Best Case', nextStep: 'Build ROI model' },
      { day: day('2026-07-31'), stage: 8, category: 'Closed', nextStep: 'Kickoff scheduled' },
    ],
    closeDates: [
      { day: day('2026-06-01'), value: day('2026-06-30') },
      { day: day('2026-06-25'), value: day('2026-07-31') },
    ],
    amounts: [
      { day: day('2026-06-01'), value: 50000 },
      { day: day('2026-07-10'), value: 40000 },
    ],
    owners: [
      { day: day('2026-06-01'), owner: 'A' },
      { day: day('2026-07-01'), owner: 'B' },
    ],
    activities: [day('2026-06-01'), day('2026-06-10'), day('2026-06-20'), day('2026-07-31')],
  };
}

function simpleDeal(id: string, created: string, closed: string | null, outcome: DealTruth['outcome']): DealTruth {
  const c = day(created);
  const end = closed === null ? null : day(closed);
  return {
    ...wonDeal(), id, created: c, outcome, closed: outcome === 'deleted' ? null : end, deleted: outcome === 'deleted' ? end : null,
    lossReason: outcome === 'lost' ? 'Price' : null,
    stages: [
      { day: c, stage: 1, category: 'Pipeline', nextStep: '' },
      ...(end !== null && outcome !== 'deleted'
        ? [{ day: end, stage: outcome === 'won' ? 8 : 9, category: outcome === 'won' ? ('Closed' as const) : ('Omitted' as const), nextStep: '' }]
        : []),
    ],
    closeDates: [{ day: c, value: end ?? c + 60 }],
    amounts: [{ day: c, value: 1000 }],
    owners: [{ day: c, owner: 'A' }],
    activities: [c],
  };
}

describe('dealAt', () => {
  const deal = wonDeal();
  it('is null before the deal was created', () => {
    expect(dealAt(deal, day('2026-05-31'))).toBeNull();
  });
  it('shows the first state in the first weeks', () => {
    const v = dealAt(deal, day('2026-06-15'));
    expect(v).toMatchObject({ stage: 0, status: 'open', probability: 10, amount: 50000, owner: 'A', category: 'Pipeline', nextStep: 'Intro call' });
    expect(isoFromDay(v?.closeDate ?? 0)).toBe('2026-06-30');
    expect(isoFromDay(v?.lastActivity ?? 0)).toBe('2026-06-10');
  });
  it('shows the stage move and the pushed close date', () => {
    const v = dealAt(deal, day('2026-06-30'));
    expect(v).toMatchObject({ stage: 3, probability: 50, category: 'Best Case', owner: 'A', amount: 50000 });
    expect(isoFromDay(v?.closeDate ?? 0)).toBe('2026-07-31');
    expect(isoFromDay(v?.lastActivity ?? 0)).toBe('2026-06-20');
  });
  it('shows the new owner and the cut amount', () => {
    expect(dealAt(deal, day('2026-07-15'))).toMatchObject({ owner: 'B', amount: 40000, status: 'open' });
  });
  it('shows the close', () => {
    const v = dealAt(deal, day('2026-08-05'));
    expect(v).toMatchObject({ stage: 8, status: 'won', probability: 100, category: 'Closed', lossReason: '' });
    expect(isoFromDay(v?.lastActivity ?? 0)).toBe('2026-07-31');
  });
  it('is null from the day a deleted deal vanished', () => {
    const gone = simpleDeal('G', '2026-06-01', '2026-06-20', 'deleted');
    expect(dealAt(gone, day('2026-06-19'))?.status).toBe('open');
    expect(dealAt(gone, day('2026-06-20'))).toBeNull();
  });
  it('gives the loss reason only once the deal is lost', () => {
    const lost = simpleDeal('L', '2026-06-01', '2026-07-01', 'lost');
    expect(dealAt(lost, day('2026-06-30'))?.lossReason).toBe('');
    expect(dealAt(lost, day('2026-07-01'))?.lossReason).toBe('Price');
  });
});

describe('weeklyReportRows (open deals plus deals closed this fiscal quarter or the previous one)', () => {
  // On 2026-08-05 (FY2027 Q3): Q2 is 2026-05-01 .. 2026-07-31, Q1 is 2026-02-01 .. 2026-04-30.
  const deals = [
    simpleDeal('open', '2026-07-01', '2026-09-30', 'won'), // still open on 08-05
    simpleDeal('wonThisQ', '2026-06-01', '2026-08-03', 'won'),
    simpleDeal('lostLastQ', '2026-06-01', '2026-07-31', 'lost'),
    simpleDeal('wonTwoQAgo', '2026-01-05', '2026-04-30', 'won'),
    simpleDeal('notYet', '2026-08-06', '2026-10-30', 'won'),
    simpleDeal('deleted', '2026-06-01', '2026-08-01', 'deleted'),
  ];
  it('keeps open, this-quarter and last-quarter closes, and drops older closes, future and deleted deals', () => {
    const ids = weeklyReportRows(deals, day('2026-08-05')).map((r) => r.id).sort();
    expect(ids).toEqual(['lostLastQ', 'open', 'wonThisQ']);
  });
});
