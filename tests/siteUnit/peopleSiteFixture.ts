/**
 * A small company for the rep, team and quarter pages, run through the real dashboard: four reps
 * in two teams of one region, February fiscal start, as of 2026-06-15 (FY2027 Q2, day 46), one
 * snapshot (so nothing can be said about what changed). Quotas and deals (thousands, won unless
 * said otherwise):
 *
 *   rep  team  start       end          quota FY26Q4 / FY27Q1 / FY27Q2   FY26Q4     FY27Q1                 FY27Q2 (to date)
 *   Ana  East  2025-01-01  -            100 / 100 / 100                  120        90, lost 30 (Price)    40; open 60 due 07-20
 *   Bo   East  2025-01-01  -             50 /  50 /  50                   25        60                     open 20 due 06-30
 *   Cy   West  2026-02-10  -              - /  40 /  40                    -        10                     30
 *   Dee  West  2025-01-01  2026-03-31    80 /  80 /   -                   40        lost 50 (Competitor)   -
 *
 * Worked out by hand for the tests:
 * - FY2027 Q1 attainment: Ana 0.9, Bo 1.2, Cy 0.25, Dee 0: ranks Bo, Ana, Cy, Dee (of 4); team East Bo 1, Ana 2; West Cy 1, Dee 2.
 * - FY2027 Q2 so far: Ana 0.4, Bo 0, Cy 0.75 (Dee has left and has no row): ranks Cy, Ana, Bo (of 3).
 * - FY2027 Q1 totals of the rep rows: quota 270,000, bookings 160,000, won 3, lost 2.
 * - Tenure: Ana, Bo, Dee started in FY2025 Q4, so FY2026 Q4 is their tenure quarter 5; Cy's FY2027 Q1 is tenure quarter 1.
 * - Company quota (sum of the region, of its teams, of their reps on the team): FY2026 Q4 230,000, FY2027 Q1 270,000, FY2027 Q2 190,000.
 */
import { computeDashboard } from '../../src/metrics/dashboard.ts';
import type { Model } from '../../src/model/types.ts';
import { ConfigSchema } from '../../src/schema/configSchema.ts';
import type { SiteData } from '../../src/site/load/siteData.ts';
import { model, quarterQuota, rep, type DealSpec } from '../metrics/repFixtures.ts';

const east = { team: 'East', region: 'Americas' };
const west = { team: 'West', region: 'Americas' };

function won(id: string, owner: string, where: { team: string; region: string }, amount: number, createdDate: string, closeDate: string): DealSpec {
  return { id, owner, ...where, createdDate, status: 'won', amount, closeDate, stage: 'Closed Won' };
}

function lost(id: string, owner: string, where: { team: string; region: string }, amount: number, createdDate: string, closeDate: string, lossReason: string): DealSpec {
  return { id, owner, ...where, createdDate, status: 'lost', amount, closeDate, stage: 'Closed Lost', lossReason };
}

export const peopleModel: Model = model({
  asOf: '2026-06-15',
  reps: [
    rep('Ana', 'East', 'Americas', { startDate: '2025-01-01' }),
    rep('Bo', 'East', 'Americas', { startDate: '2025-01-01' }),
    rep('Cy', 'West', 'Americas', { startDate: '2026-02-10' }),
    rep('Dee', 'West', 'Americas', { startDate: '2025-01-01', endDate: '2026-03-31' }),
  ],
  quotas: [
    ...[[2026, 4], [2027, 1], [2027, 2]].map(([fy, q]) => quarterQuota('rep', 'Ana', fy!, q!, 100_000)),
    ...[[2026, 4], [2027, 1], [2027, 2]].map(([fy, q]) => quarterQuota('rep', 'Bo', fy!, q!, 50_000)),
    ...[[2027, 1], [2027, 2]].map(([fy, q]) => quarterQuota('rep', 'Cy', fy!, q!, 40_000)),
    ...[[2026, 4], [2027, 1]].map(([fy, q]) => quarterQuota('rep', 'Dee', fy!, q!, 80_000)),
  ],
  deals: [
    won('A1', 'Ana', east, 120_000, '2025-11-01', '2025-12-10'),
    won('A2', 'Ana', east, 90_000, '2026-02-01', '2026-03-15'),
    lost('A3', 'Ana', east, 30_000, '2026-02-15', '2026-04-10', 'Price'),
    won('A4', 'Ana', east, 40_000, '2026-05-01', '2026-05-20'),
    { id: 'A5', owner: 'Ana', ...east, createdDate: '2026-05-10', status: 'open', amount: 60_000, closeDate: '2026-07-20', stage: 'Proposal' },
    won('B1', 'Bo', east, 25_000, '2025-11-15', '2025-12-01'),
    won('B2', 'Bo', east, 60_000, '2026-03-01', '2026-04-20'),
    { id: 'B3', owner: 'Bo', ...east, createdDate: '2026-05-05', status: 'open', amount: 20_000, closeDate: '2026-06-30', stage: 'Proposal' },
    won('C1', 'Cy', west, 10_000, '2026-02-20', '2026-04-01'),
    won('C2', 'Cy', west, 30_000, '2026-05-02', '2026-06-01'),
    won('D1', 'Dee', west, 40_000, '2025-11-20', '2025-12-20'),
    lost('D2', 'Dee', west, 50_000, '2026-01-10', '2026-03-01', 'Competitor'),
  ],
});

const config = ConfigSchema.parse({ companyName: 'Acme', fiscalYearStartMonth: 2, forecast: { trials: 1000 } });

export const peopleSite = {
  report: { config, configFile: null },
  model: peopleModel,
  dashboard: computeDashboard(peopleModel, config),
} as unknown as SiteData;
