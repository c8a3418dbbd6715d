import { describe, expect, it } from 'vitest';
import { retrospectives } from '../../src/metrics/retrospectives.ts';
import { model } from './riskFixtures.ts';

// FY2027 Q2 is 2026-05-01 .. 2026-07-31 (February fiscal start). One deal, created 2026-01-15
// (FY2026 Q4) and won on 2026-07-20: FY2026 Q4 and FY2027 Q1 have nothing won, lost, due or
// created-and-closed in them.
const m = model({
  asOf: '2026-07-31',
  deals: [
    {
      id: 'W',
      createdDate: '2026-01-15',
      obs: [
        { date: '2026-06-01', stage: 'Proposal/Price Quote', amount: 50_000, closeDate: '2026-07-25' },
        { date: '2026-07-31', stage: 'Closed Won', status: 'won', amount: 50_000, closeDate: '2026-07-20' },
      ],
    },
  ],
});

describe('retrospectives: which quarters get a review', () => {
  it('a quarter that ends on the as-of date gets one; quarters with nothing in them get none', () => {
    const all = retrospectives(m);
    expect(all.map((r) => r.quarter.key)).toEqual(['FY2027-Q2']);
    expect(all[0]!.bookings).toBe(50_000);
  });

  it('the day before the quarter ends it is still open: no review yet', () => {
    expect(retrospectives(m, { asOf: '2026-07-30' }).map((r) => r.quarter.key)).toEqual([]);
  });
});
