import { describe, expect, it } from 'vitest';
import { slug } from '../../src/site/paths/slug.ts';
import { checkTable } from '../../src/site/tables/checkTable.ts';
import { teamsTables } from '../../src/site/teams/tablesTeams.ts';
import { teamPageTables } from '../../src/site/teams/tablesTeamsPages.ts';
import { peopleSite } from './peopleSiteFixture.ts';
import { siteData as emptyDashboardSite } from './siteDataFixture.ts';

/*
 * FY2027 Q2 so far (see peopleSiteFixture.ts):
 *   East: quota 100,000 + 50,000 = 150,000 (sum of reps), bookings 40,000 (Ana), attainment 4/15;
 *         open pipeline due in the quarter 60,000 (Ana) + 20,000 (Bo) = 80,000, coverage
 *         80,000 / (150,000 - 40,000) = 8/11; one flagged deal (Ana's, 60,000 at risk).
 *   West: quota 40,000 (Cy; Dee left before the quarter), bookings 30,000, attainment 0.75, nothing open.
 */
describe('teamsTables', () => {
  const [teams, regions] = teamsTables(peopleSite);

  it('one row per team with the current quarter, and totals of the rows', () => {
    expect(teams!.id).toBe('teams-summary');
    expect(teams!.rows.map((r) => [r.name, r.region, r.reps, r.quota, r.bookings, r.openPipeline, r.flagged, r.atRisk])).toEqual([
      ['East', 'Americas', 2, 150_000, 40_000, 80_000, 1, 60_000],
      ['West', 'Americas', 1, 40_000, 30_000, 0, 0, 0],
    ]);
    expect(teams!.rows[0]!.attainment).toBeCloseTo(4 / 15, 12);
    expect(teams!.rows[0]!.coverage).toBeCloseTo(8 / 11, 12);
    expect(teams!.rows[1]!.attainment).toBe(0.75);
    expect(teams!.totals).toMatchObject({ reps: 3, quota: 190_000, bookings: 70_000, openPipeline: 80_000, flagged: 1, atRisk: 60_000 });
  });

  it('regions add up their teams', () => {
    expect(regions!.id).toBe('regions-summary');
    expect(regions!.rows.map((r) => [r.name, r.reps, r.quota, r.bookings])).toEqual([['Americas', 3, 190_000, 70_000]]);
    for (const t of [teams!, regions!]) expect(() => checkTable(t)).not.toThrow();
  });

  it('no dashboard, no tables', () => {
    expect(teamsTables(emptyDashboardSite)).toEqual([]);
    expect(teamPageTables(emptyDashboardSite)).toEqual([]);
  });
});

describe('teamPageTables', () => {
  const tables = teamPageTables(peopleSite);
  const byId = (id: string) => tables.find((t) => t.id === id)!;

  it('reps, risk and quarters for each team and region', () => {
    expect(tables.map((t) => t.id)).toEqual(
      [`region-${slug('Americas')}`, `team-${slug('East')}`, `team-${slug('West')}`].flatMap((p) => [`${p}-reps`, `${p}-risk`, `${p}-quarters`]),
    );
    for (const t of tables) expect(() => checkTable(t)).not.toThrow();
  });

  it("East's reps side by side: Ana covers her remaining quota exactly (60,000 / 60,000), Bo 20,000 / 50,000", () => {
    const reps = byId(`team-${slug('East')}-reps`);
    expect(reps.rows.map((r) => [r.rep, r.quota, r.bookings, r.attainment, r.openPipeline, r.coverage, r.flagged, r.status])).toEqual([
      ['Ana', 100_000, 40_000, 0.4, 60_000, 1, 1, 'Active'],
      ['Bo', 50_000, 0, 0, 20_000, 0.4, 0, 'Active'],
    ]);
    expect(reps.totals).toMatchObject({ quota: 150_000, bookings: 40_000, openPipeline: 80_000, flagged: 1, atRisk: 60_000 });
  });

  it("West lists Dee, who left, with no quota this quarter; the region's table has a team column", () => {
    const west = byId(`team-${slug('West')}-reps`);
    expect(west.rows.map((r) => [r.rep, r.quota, r.attainment, r.status])).toEqual([
      ['Cy', 40_000, 0.75, 'Active'],
      ['Dee', null, null, 'Left 2026-03-31'],
    ]);
    const region = byId(`region-${slug('Americas')}-reps`);
    // Built in name order; the page shows them by attainment (defaultSort).
    expect(region.rows.map((r) => [r.rep, r.team])).toEqual([
      ['Ana', 'East'],
      ['Bo', 'East'],
      ['Cy', 'West'],
      ['Dee', 'West'],
    ]);
    expect(region.defaultSort).toEqual({ key: 'attainment', direction: 'descending' });
  });

  it("East's flagged deals and its numbers by quarter (FY2026 Q4: 120,000 + 25,000 against 150,000)", () => {
    const risk = byId(`team-${slug('East')}-risk`);
    expect(risk.rows.map((r) => [r.name, r.owner, r.severity, r.atRisk])).toEqual([['Deal A5', 'Ana', 'High', 60_000]]);
    // Its flags filter offers each flag on its own, as the pipeline's risk list does.
    expect(risk.filters).toContain('flags');
    expect(risk.columns.find((c) => c.key === 'flags')?.listSeparator).toBe(', ');
    const quarters = byId(`team-${slug('East')}-quarters`);
    expect(quarters.rows.map((r) => [r.quarter, r.quota, r.quotaSource, r.bookings])).toEqual([
      ['FY2026 Q4', 150_000, 'sum of reps', 145_000],
      ['FY2027 Q1', 150_000, 'sum of reps', 150_000],
      ['FY2027 Q2 (to date)', 150_000, 'sum of reps', 40_000],
    ]);
    expect(quarters.totals).toMatchObject({ quota: 450_000, bookings: 335_000 });
  });
});
