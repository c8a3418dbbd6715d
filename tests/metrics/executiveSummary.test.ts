import { describe, expect, it } from 'vitest';
import { executiveSummary, type ExecutiveSummaryInput } from '../../src/metrics/executiveSummary.ts';

const comparison = (available: boolean, bookings: number | null, other: number | null) => ({
  period: 'FY2027-Q1',
  label: 'FY2027 Q1',
  available,
  bookings: { value: bookings, other, delta: bookings !== null && other !== null ? bookings - other : null },
  attainment: { value: null, other: null, delta: null },
  winRateCount: { value: null, other: null, delta: null },
  winRateValue: { value: null, other: null, delta: null },
  wonCount: { value: null, other: null, delta: null },
}) as unknown as ExecutiveSummaryInput['comparisons']['previousQuarter'];

const point = (point: 'start' | 'middle' | 'last week', weighted: number | null, commit: number | null) => ({
  point, target: '2026-05-01', date: '2026-05-01', daysFromTarget: 0, origin: 'snapshot' as const, reconstructed: false, reconstructedDeals: 0,
  closedWon: 0, commit, bestCase: null, weighted, commitAccuracy: null, weightedAccuracy: null,
});

const slip = (name: string, owner: string, amount: number, exit: 'pushed out' | 'open' | 'lost') => ({
  id: name, name, owner, entry: 'start', exit, entryAmount: amount, exitAmount: amount, entryCloseDate: '2026-06-30', exitCloseDate: '2026-08-15', pushes: 1,
});

const win = (name: string, owner: string, amount: number) => ({ id: name, name, account: null, owner, amount, closeDate: '2026-07-20', cycleDays: 40, lossReason: null });

// FY2027 Q2: quota 1,000,000; booked 900,000 (90%, 100,000 short) from 12 wins. Weighted forecast on
// day one 1,200,000, commit 800,000: 300,000 below the forecast (off by 300,000 / 900,000 = 33%).
// Largest wins 200,000 + 150,000 + 100,000 = 450,000 = 50% of bookings. FY2027 Q1 booked 750,000:
// up 150,000. Two deals slipped: 120,000 (Zed, pushed out) and 30,000 (still open) = 150,000.
// Lost: 5 deals, 260,000 in all, "Price" 200,000 the largest reason. 45% in the last 14 days.
const q2: ExecutiveSummaryInput = {
  quarter: { key: 'FY2027-Q2', label: 'FY2027 Q2', start: '2026-05-01', end: '2026-07-31' },
  bookings: 900_000,
  quota: 1_000_000,
  attainment: 0.9,
  wonCount: 12,
  lostCount: 5,
  forecast: [point('start', 1_200_000, 800_000), point('middle', 1_000_000, 850_000)],
  slipped: [slip('Zed Corp - Renewal', 'Ana', 120_000, 'pushed out'), slip('Yak Ltd - Pilot', 'Bo', 30_000, 'open')],
  topWins: [win('Alpha - Suite', 'Ana', 200_000), win('Beta - License', 'Bo', 150_000), win('Gamma - Pilot', 'Ana', 100_000), win('Delta', 'Cy', 50_000)],
  lossReasons: [{ reason: 'Price', count: 3, amount: 200_000 }, { reason: null, count: 2, amount: 60_000 }],
  linearity: { lastMonthShare: 0.6, last14DaysShare: 0.45 },
  comparisons: { previousQuarter: comparison(true, 900_000, 750_000), yearEarlier: comparison(false, 900_000, null) },
} as unknown as ExecutiveSummaryInput;

describe('executiveSummary', () => {
  const s = executiveSummary(q2, 'USD');

  it('the result against quota and the forecast on the first day', () => {
    expect(s.result).toBe(
      'FY2027 Q2 closed at $900,000 from 12 won deals, 90% of the $1,000,000 quota ($100,000 short). On the first day the weighted forecast was $1,200,000 and the commit $800,000: the result came in $300,000 below the forecast.',
    );
  });

  it('what drove it: the three largest wins and the change on the previous quarter', () => {
    expect(s.drivers).toBe(
      'The 3 largest wins brought $450,000 (50% of bookings): Alpha - Suite (Ana, $200,000); Beta - License (Bo, $150,000); Gamma - Pilot (Ana, $100,000). Bookings were $150,000 up on FY2027 Q1 ($750,000).',
    );
  });

  it('what slipped and what was lost', () => {
    expect(s.slipped).toBe(
      '2 deals worth $150,000 that were due in the quarter slipped to a later date, the largest Zed Corp - Renewal (Ana, $120,000). 5 deals worth $260,000 were lost, most of it to "Price" ($200,000).',
    );
  });

  it('what to watch next quarter', () => {
    expect(s.watch).toBe(
      "$150,000 of slipped deals is still open: check that they are real before counting them again. 45% of bookings came in the last 14 days: push for earlier closes. The forecast at the start was off by 33%: read next quarter's early forecast with that margin.",
    );
  });

  it('without a quota, a forecast or wins it says so, and guesses nothing', () => {
    const bare = executiveSummary({ ...q2, quota: null, attainment: null, bookings: 0, wonCount: 0, lostCount: 0, forecast: [], topWins: [], slipped: [], lossReasons: [], linearity: { lastMonthShare: null, last14DaysShare: null }, comparisons: { previousQuarter: comparison(false, 0, null), yearEarlier: comparison(false, 0, null) } }, 'EUR');
    expect(bare.result).toBe('FY2027 Q2 closed at €0 from 0 won deals, with no quota to measure it against.');
    expect(bare.drivers).toBe('No deal was won.');
    expect(bare.slipped).toBe('No deal due in the quarter slipped out of it.');
    expect(bare.watch).toBe('Nothing stands out: the quarter closed without a large slip, a late rush or a forecast miss.');
  });
});
