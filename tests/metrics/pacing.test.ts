import { describe, expect, it } from 'vitest';
import { pacing } from '../../src/metrics/pacing.ts';
import { pacingStatus } from '../../src/metrics/pacingStatus.ts';
import { scopeIndex } from '../../src/metrics/scopeIndex.ts';
import { calendar, makeDeal, makeModel, makeRep } from './fixtures.ts';

// As of 2026-06-15, day 46 of FY2027 Q2. The same day 46 is Dec 16 in FY2026 Q4 (Nov 1 + 45)
// and Mar 18 in FY2027 Q1 (Feb 1 + 45).
//   Ana, FY2026 Q4: 6,000 on Dec 1 (by day 46), 4,000 on Jan 20 -> 0.6
//   Ana, FY2027 Q1: 2,000 on Mar 1 (by day 46), 8,000 on Apr 1 -> 0.2        Ana: (0.6 + 0.2) / 2 = 0.4, her own
//   Ben, FY2027 Q1: 1,000 on Mar 10 (by day 46) -> 1.0, one quarter only      Ben: the company's
//   Company: Q4 6,000 / 10,000 = 0.6; Q1 3,000 / 11,000                        (0.6 + 3/11) / 2
const won = (id: string, owner: string, amount: number, closeDate: string) =>
  makeDeal({ id, owner, team: 'East', region: 'NA', status: 'won', amount, createdDate: '2025-11-02', closeDate });
const model = makeModel({
  asOf: '2026-06-15',
  reps: [makeRep('Ana', { team: 'East', region: 'NA' }), makeRep('Ben', { team: 'East', region: 'NA' })],
  deals: [
    won('a1', 'Ana', 6_000, '2025-12-01'),
    won('a2', 'Ana', 4_000, '2026-01-20'),
    won('a3', 'Ana', 2_000, '2026-03-01'),
    won('a4', 'Ana', 8_000, '2026-04-01'),
    won('b1', 'Ben', 1_000, '2026-03-10'),
  ],
});
const index = scopeIndex(model, 'Acme');
const at = (key: string) => index.scopes.findIndex((s) => s.key === key);

describe('pacing', () => {
  const curve = pacing(model, calendar.period('quarter', 2027, 2), { asOf: '2026-06-15', index });

  it('uses the closed quarters before the current one, newest first, at the same day', () => {
    expect(curve.day).toBe(46);
    expect(curve.quarters).toEqual(['FY2027-Q1', 'FY2026-Q4']);
  });

  it('averages the share closed by that day over the quarters; a scope with two quarters uses its own', () => {
    expect(curve.shares[at('rep:Ana')]).toBeCloseTo(0.4, 12);
    expect(curve.sources[at('rep:Ana')]).toBe('scope');
    expect(curve.shares[at('company')]).toBeCloseTo((0.6 + 3 / 11) / 2, 12);
  });

  it('a scope with one quarter of bookings uses the company curve', () => {
    expect(curve.quartersWithBookings[at('rep:Ben')]).toBe(1);
    expect(curve.sources[at('rep:Ben')]).toBe('company');
    expect(curve.shares[at('rep:Ben')]).toBeCloseTo((0.6 + 3 / 11) / 2, 12);
  });
});

describe('pacingStatus', () => {
  it('expected by now = share × quota; ahead when at or above it', () => {
    expect(pacingStatus(40_000, 0.4, 'scope', 100_000)).toEqual({
      bookingsToDate: 40_000,
      expectedShare: 0.4,
      shareSource: 'scope',
      expectedByNow: 40_000,
      difference: 0,
      status: 'ahead',
      projected: 100_000,
    });
    expect(pacingStatus(30_000, 0.4, 'scope', 100_000)).toMatchObject({ difference: -10_000, status: 'behind', projected: 75_000 });
  });

  it('without quota or share: blanks, not zeros', () => {
    expect(pacingStatus(30_000, 0.4, 'scope', null)).toMatchObject({ expectedByNow: null, status: null, projected: 75_000 });
    expect(pacingStatus(30_000, null, null, 100_000)).toMatchObject({ expectedByNow: null, status: null, projected: null });
    expect(pacingStatus(30_000, 0, 'company', 100_000)).toMatchObject({ expectedByNow: 0, projected: null });
  });
});
