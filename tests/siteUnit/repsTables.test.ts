import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src/site/tables/checkTable.ts';
import { repsLeaderboardTables } from '../../src/site/reps/tablesRepsLeaderboard.ts';
import { repPageTables } from '../../src/site/reps/tablesRepsPages.ts';
import { slug } from '../../src/site/paths/slug.ts';
import { peopleSite } from './peopleSiteFixture.ts';
import { siteData as emptyDashboardSite } from './siteDataFixture.ts';

describe('repsLeaderboardTables', () => {
  const [current, last] = repsLeaderboardTables(peopleSite);

  it('the last completed quarter: every rep with a row, ranked by attainment, with team ranks, the leaver marked', () => {
    expect(last!.id).toBe('reps-last-quarter');
    expect(last!.title).toBe('FY2027 Q1 (last completed quarter)');
    // Bo 1.2, Ana 0.9, Cy 0.25, Dee 0 (see the fixture's header).
    expect(last!.rows.map((r) => [r.rank, r.rep, r.attainment, r.teamRank, r.status])).toEqual([
      [1, 'Bo', 1.2, '1 of 2', 'Active'],
      [2, 'Ana', 0.9, '2 of 2', 'Active'],
      [3, 'Cy', 0.25, '1 of 2', 'Active'],
      [4, 'Dee', 0, '2 of 2', 'Left 2026-03-31'],
    ]);
    // Ana won 1 of 2 closed deals; Dee lost her only one.
    expect(last!.rows[1]).toMatchObject({ winRate: 0.5, won: 1, lost: 1, quota: 100_000, bookings: 90_000 });
    expect(last!.rows[3]).toMatchObject({ winRate: 0, won: 0, lost: 1 });
    expect(last!.totals).toEqual({ quota: 270_000, bookings: 160_000, won: 3, lost: 2 });
  });

  it('the current quarter so far: Cy 75%, Ana 40%, Bo 0%; Dee (left) has no row', () => {
    expect(current!.id).toBe('reps-current');
    expect(current!.rows.map((r) => [r.rank, r.rep, r.attainment])).toEqual([
      [1, 'Cy', 0.75],
      [2, 'Ana', 0.4],
      [3, 'Bo', 0],
    ]);
    expect(current!.totals).toEqual({ quota: 190_000, bookings: 70_000, won: 2, lost: 0 });
    // Two completed quarters at most: no trend (three are needed).
    expect(current!.rows.every((r) => r.trend === null && r.slope === null)).toBe(true);
  });

  it('both definitions are valid tables', () => {
    for (const t of [current!, last!]) expect(() => checkTable(t)).not.toThrow();
  });

  it('a site without a computed dashboard has no rep tables', () => {
    expect(repsLeaderboardTables(emptyDashboardSite)).toEqual([]);
    expect(repPageTables(emptyDashboardSite)).toEqual([]);
  });
});

describe('repPageTables', () => {
  const tables = repPageTables(peopleSite);
  const byId = (id: string) => tables.find((t) => t.id === id)!;

  it('three tables per rep, ids from the slug', () => {
    expect(tables.map((t) => t.id)).toEqual(
      ['Ana', 'Bo', 'Cy', 'Dee'].flatMap((name) => ['quarters', 'open-deals', 'changes'].map((part) => `rep-${slug(name)}-${part}`)),
    );
    for (const t of tables) expect(() => checkTable(t)).not.toThrow();
  });

  it("a rep's quarters: quota, bookings, attainment and the team median, oldest first, with sums", () => {
    const ana = byId(`rep-${slug('Ana')}-quarters`);
    // Team East medians: FY2026 Q4 (1.2 + 0.5) / 2 = 0.85; FY2027 Q1 (0.9 + 1.2) / 2 = 1.05; FY2027 Q2 (0.4 + 0) / 2 = 0.2.
    expect(ana.rows.map((r) => [r.quarter, r.quota, r.bookings, r.attainment, r.teamMedian, r.tenure])).toEqual([
      ['FY2026 Q4', 100_000, 120_000, 1.2, 0.85, 5],
      ['FY2027 Q1', 100_000, 90_000, 0.9, expect.closeTo(1.05, 12), 6],
      ['FY2027 Q2 (to date)', 100_000, 40_000, 0.4, expect.closeTo(0.2, 12), 7],
    ]);
    expect(ana.totals).toMatchObject({ quota: 300_000, bookings: 250_000, won: 3, lost: 1 });
  });

  it("a rep's open deals with their flags: Ana's 60,000 deal is all of her remaining quota (high, all at risk)", () => {
    const deals = byId(`rep-${slug('Ana')}-open-deals`);
    expect(deals.rows).toHaveLength(1);
    expect(deals.rows[0]).toMatchObject({ name: 'Deal A5', amount: 60_000, closeDate: '2026-07-20', severity: 'High', flags: 'Quota depends on it', atRisk: 60_000 });
    expect(deals.totals).toEqual({ amount: 60_000, atRisk: 60_000 });
    // Bo's 20,000 is 40% of his 50,000 left: under the 50% threshold, not flagged.
    const bo = byId(`rep-${slug('Bo')}-open-deals`);
    expect(bo.rows[0]).toMatchObject({ amount: 20_000, severity: 'None', flags: null, atRisk: 0 });
  });

  it('with a single snapshot the changes table is empty and its caption says why', () => {
    const changes = byId(`rep-${slug('Ana')}-changes`);
    expect(changes.rows).toEqual([]);
    expect(changes.caption).toMatch(/^Nothing to compare: The snapshot of 2026-06-15 is the first one/);
  });
});
