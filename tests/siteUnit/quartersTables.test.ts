import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src/site/tables/checkTable.ts';
import { quartersTable } from '../../src/site/quarters/tablesQuarters.ts';
import { retrospectiveTables } from '../../src/site/quarters/tablesQuartersRetro.ts';
import { peopleSite } from './peopleSiteFixture.ts';
import { siteData as emptyDashboardSite } from './siteDataFixture.ts';

describe('quartersTable', () => {
  it('every quarter of the data, company-wide, with sums of the quotas, bookings and deals', () => {
    const table = quartersTable(peopleSite);
    if (Array.isArray(table)) throw new Error('expected one table');
    // FY2026 Q4: won A1 120,000 + B1 25,000 + D1 40,000 = 185,000 against 230,000.
    // FY2027 Q1: won A2 90,000 + B2 60,000 + C1 10,000 = 160,000 against 270,000; lost A3 and D2: win rate 3 / 5.
    // FY2027 Q2 so far: A4 40,000 + C2 30,000 = 70,000 against 190,000.
    expect(table.rows.map((r) => [r.quarter, r.status, r.quota, r.bookings, r.won, r.lost])).toEqual([
      ['FY2026 Q4', 'Closed', 230_000, 185_000, 3, 0],
      ['FY2027 Q1', 'Closed', 270_000, 160_000, 3, 2],
      ['FY2027 Q2', 'In progress', 190_000, 70_000, 2, 0],
    ]);
    expect(table.rows[1]!.winRate).toBeCloseTo(0.6, 12);
    // Pipeline created: FY2026 Q4 A1 120,000 + B1 25,000 + D1 40,000 + D2 50,000 (created 2026-01-10) = 235,000;
    // FY2027 Q1 A2 90,000 + A3 30,000 + B2 60,000 + C1 10,000 = 190,000; FY2027 Q2 A4 40,000 + A5 60,000 + B3 20,000 + C2 30,000 = 150,000.
    expect(table.rows.map((r) => r.created)).toEqual([235_000, 190_000, 150_000]);
    expect(table.totals).toEqual({ quota: 690_000, bookings: 415_000, won: 8, lost: 2, created: 575_000 });
    expect(() => checkTable(table)).not.toThrow();
    expect(quartersTable(emptyDashboardSite)).toEqual([]);
  });
});

describe('retrospectiveTables', () => {
  const tables = retrospectiveTables(peopleSite);
  const byId = (id: string) => tables.find((t) => t.id === id)!;

  it('eight tables per closed quarter', () => {
    expect(tables.map((t) => t.id)).toEqual(
      ['fy2026-q4', 'fy2027-q1'].flatMap((q) =>
        ['forecast', 'waterfall', 'comparison', 'slipped', 'wins', 'losses', 'loss-reasons', 'leaderboard'].map((p) => `quarter-${q}-${p}`),
      ),
    );
    for (const t of tables) expect(() => checkTable(t)).not.toThrow();
  });

  it('FY2027 Q1: leaderboard, top wins with their cycles, losses with reasons, grouped by reason', () => {
    expect(byId('quarter-fy2027-q1-leaderboard').rows.map((r) => [r.rank, r.rep, r.bookings])).toEqual([
      [1, 'Bo', 60_000],
      [2, 'Ana', 90_000],
      [3, 'Cy', 10_000],
      [4, 'Dee', 0],
    ]);
    // A2 2026-02-01 -> 03-15: 42 days; B2 03-01 -> 04-20: 50; C1 02-20 -> 04-01: 40.
    expect(byId('quarter-fy2027-q1-wins').rows.map((r) => [r.name, r.amount, r.cycle])).toEqual([
      ['Deal A2', 90_000, 42],
      ['Deal B2', 60_000, 50],
      ['Deal C1', 10_000, 40],
    ]);
    expect(byId('quarter-fy2027-q1-losses').rows.map((r) => [r.name, r.amount, r.reason])).toEqual([
      ['Deal D2', 50_000, 'Competitor'],
      ['Deal A3', 30_000, 'Price'],
    ]);
    const reasons = byId('quarter-fy2027-q1-loss-reasons');
    expect(reasons.rows).toEqual([
      { reason: 'Competitor', deals: 1, amount: 50_000, share: 0.625 },
      { reason: 'Price', deals: 1, amount: 30_000, share: 0.375 },
    ]);
    expect(reasons.totals).toEqual({ deals: 2, amount: 80_000, share: 1 });
  });

  it('FY2027 Q1 against FY2026 Q4 (185,000 booked at 185/230) and FY2026 Q1, before the data starts', () => {
    const cmp = byId('quarter-fy2027-q1-comparison');
    expect(cmp.rows[0]).toEqual({ measure: 'Bookings', value: '$160,000', previous: '$185,000', previousDelta: '−$25,000', yearEarlier: null, yearDelta: null });
    // 160/270 - 185/230 = 0.59259 - 0.80435 = -0.21176: −21.2 points.
    expect(cmp.rows[1]).toMatchObject({ measure: 'Attainment', value: '59%', previous: '80%', previousDelta: '−21.2 pts' });
    expect(cmp.rows[4]).toMatchObject({ measure: 'Won deals', value: '3', previous: '3', previousDelta: '±0' });
    expect(cmp.caption).toContain('FY2026 Q1 (a year earlier), before the data starts');
  });

  it('the waterfall table lists the steps with the running total ending on the end amount', () => {
    const rows = byId('quarter-fy2027-q1-waterfall').rows;
    expect(rows.map((r) => r.step)).toEqual(['Start', 'Pulled in', 'Created', 'Amount changes', 'Won', 'Lost', 'Pushed out', 'End']);
    expect(rows[6]!.running).toBe(rows[7]!.amount);
    const won = rows.find((r) => r.step === 'Won')!;
    expect(won.amount).toBe(-160_000);
  });
});
