import { describe, expect, it } from 'vitest';
import { pacing } from '../../src/metrics/pacing.ts';
import { pacingCurve } from '../../src/metrics/pacingCurve.ts';
import { scopeIndex } from '../../src/metrics/scopeIndex.ts';
import { scopes } from '../../src/metrics/scopes.ts';
import { calendar, makeDeal, makeModel, makeRep } from './fixtures.ts';

// As of 2026-06-15, day 46 of FY2027 Q2 (May 1..Jul 31, 92 days). Past quarters:
//   FY2026 Q4 (Nov 1..Jan 31): Ana 6,000 on Dec 1 (day 31), Ana 4,000 on Jan 20 (day 81)      total 10,000
//   FY2027 Q1 (Feb 1..Apr 30, 89 days): Ana 2,000 on Mar 1 (day 29), Ben 1,000 on Mar 10 (day 38),
//                                         Ana 8,000 on Apr 1 (day 60)                          total 11,000
// This quarter: Ana 3,000 won May 10 (day 10); Ben 5,000 won with a close date of Jun 20 (after
// the as-of date: counts on day 46, as in closed won); an open deal (not bookings).
const won = (id: string, owner: string, amount: number, closeDate: string) =>
  makeDeal({ id, owner, team: 'East', region: 'NA', status: 'won', amount, createdDate: '2025-11-02', closeDate });
const model = makeModel({
  asOf: '2026-06-15',
  reps: [makeRep('Ana', { team: 'East', region: 'NA' }), makeRep('Ben', { team: 'East', region: 'NA' })],
  deals: [
    won('a1', 'Ana', 6_000, '2025-12-01'),
    won('a2', 'Ana', 4_000, '2026-01-20'),
    won('a3', 'Ana', 2_000, '2026-03-01'),
    won('b1', 'Ben', 1_000, '2026-03-10'),
    won('a4', 'Ana', 8_000, '2026-04-01'),
    won('c1', 'Ana', 3_000, '2026-05-10'),
    won('c2', 'Ben', 5_000, '2026-06-20'),
    makeDeal({ id: 'o1', owner: 'Ana', team: 'East', region: 'NA', amount: 50_000, closeDate: '2026-07-01', stage: 'Proposal' }),
  ],
});
const q2 = calendar.period('quarter', 2027, 2);
const scopeOf = (key: string) => scopes(model, 'Acme').find((s) => s.key === key)!;

describe('pacingCurve', () => {
  const curve = pacingCurve(model, q2, { asOf: '2026-06-15' });
  const at = (day: number) => curve.points[day - 1]!;

  it('has a point for every day of the period, the past quarters newest first, and today', () => {
    expect(curve.points).toHaveLength(92);
    expect(at(1).date).toBe('2026-05-01');
    expect(at(92).date).toBe('2026-07-31');
    expect(curve.quarters).toEqual(['FY2027-Q1', 'FY2026-Q4']);
    expect(curve.today).toBe(46);
    expect(curve.source).toBe('company');
    expect(curve.quartersWithBookings).toBe(2);
  });

  it('the usual share by day is the mean over the past quarters of the share closed by then', () => {
    expect(at(1).expectedShare).toBe(0);
    expect(at(29).expectedShare).toBeCloseTo((0 + 2 / 11) / 2, 12); // Mar 1 is day 29 of Q1
    expect(at(31).expectedShare).toBeCloseTo((0.6 + 2 / 11) / 2, 12); // Dec 1 is day 31 of Q4
    expect(at(46).expectedShare).toBeCloseTo((0.6 + 3 / 11) / 2, 12);
    // Day 90 is past Q1's 89 days: clamped to its last day, where Q1 is complete.
    expect(at(90).expectedShare).toBe(1);
  });

  it("matches pacing.ts's share on the as-of date's day", () => {
    const index = scopeIndex(model, 'Acme');
    expect(at(46).expectedShare).toBeCloseTo(pacing(model, q2, { asOf: '2026-06-15', index }).shares[0]!, 12);
  });

  it('bookings by close date up to the as-of date, a won deal dated later counted on that day, null after it', () => {
    expect(at(9).bookings).toBe(0);
    expect(at(10).bookings).toBe(3_000);
    expect(at(45).bookings).toBe(3_000);
    expect(at(46).bookings).toBe(8_000);
    expect(at(47).bookings).toBeNull();
  });

  it("a rep with two past quarters of bookings uses her own; one with a single quarter uses the company's", () => {
    const ana = pacingCurve(model, q2, { asOf: '2026-06-15', scope: scopeOf('rep:Ana') });
    expect(ana.source).toBe('scope');
    // Ana: Q4 6,000 / 10,000 by day 46; Q1 2,000 / 10,000.
    expect(ana.points[45]!.expectedShare).toBeCloseTo((0.6 + 0.2) / 2, 12);
    expect(ana.points[45]!.bookings).toBe(3_000);
    const ben = pacingCurve(model, q2, { asOf: '2026-06-15', scope: scopeOf('rep:Ben') });
    expect(ben.source).toBe('company');
    expect(ben.points[45]!.expectedShare).toBeCloseTo((0.6 + 3 / 11) / 2, 12);
    expect(ben.points[45]!.bookings).toBe(5_000);
  });

  it('without a closed past quarter the usual share is unknown, not zero', () => {
    const first = makeModel({ asOf: '2026-06-15', deals: [makeDeal({ id: 'c1', status: 'won', amount: 3_000, createdDate: '2026-05-02', closeDate: '2026-05-10' })] });
    const curve = pacingCurve(first, q2, { asOf: '2026-06-15' });
    expect(curve.quarters).toEqual([]);
    expect(curve.source).toBeNull();
    expect(curve.points.every((p) => p.expectedShare === null)).toBe(true);
    expect(curve.points[45]!.bookings).toBe(3_000);
  });
});
