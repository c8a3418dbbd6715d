import { describe, expect, it } from 'vitest';
import { compensationReport } from '../../src/metrics/compensation/compensationReport.ts';
import { CompensationConfigSchema } from '../../src/schema/CompensationConfigSchema.ts';
import { ConfigSchema } from '../../src/schema/configSchema.ts';
import { compensationTables } from '../../src/site/compensation/compensationTables.ts';
import { compensationTeamView } from '../../src/site/compensation/compensationTeamView.ts';
import { earningsCreditsCsv } from '../../src/site/compensation/earningsCreditsCsv.ts';
import { earningsCsv } from '../../src/site/compensation/earningsCsv.ts';
import { personCompensationView } from '../../src/site/compensation/personCompensationView.ts';
import { standingText } from '../../src/site/compensation/standingText.ts';
import type { SiteData } from '../../src/site/load/siteData.ts';
import { checkTable } from '../../src/site/tables/checkTable.ts';
import { fiscalQuota, makeDeal, makeModel, makeRep } from '../metrics/fixtures.ts';

const compensation = CompensationConfigSchema.parse({
  plans: [
    { name: 'AE', roles: ['Account Executive'], targetVariable: 20_000, rates: { mode: 'marginal', tiers: [{ upTo: 0.5, multiplier: 0.5 }, { upTo: 1.0, multiplier: 1.0 }, { multiplier: 1.5 }] } },
    { name: 'Manager', roles: ['Sales Manager'], override: { on: 'team', mode: 'flat', rate: 0.01 } },
  ],
});
const model = makeModel({
  reps: [makeRep('Mo', { role: 'Sales Manager', team: 'East' }), makeRep('Ana', { role: 'Account Executive', team: 'East', manager: 'Mo' })],
  quotas: [fiscalQuota('rep', 'Ana', 'quarter', 2027, 2, 100_000)],
  deals: [
    makeDeal({ id: 'W1', name: '=HYPERLINK("x")', owner: 'Ana', team: 'East', status: 'won', closeDate: '2026-05-20', amount: 81_700 }),
    makeDeal({ id: 'O1', name: 'Open one', owner: 'Ana', team: 'East', status: 'open', closeDate: '2026-07-10', amount: 30_000 }),
  ],
});
const siteData = {
  model,
  report: { config: ConfigSchema.parse({ compensation }) },
  dashboard: { compensation: compensationReport(model, compensation, { asOf: '2026-06-15', trials: null }) },
} as unknown as SiteData;

describe('compensation site views', () => {
  it('standingText: "$18,300 more bookings moves you to the 1.5× band"', () => {
    expect(personCompensationView(siteData, 'Ana')!.standing).toBe('$18,300 more bookings moves you to the 1.5× band (above 100% of quota).');
    expect(standingText(null, 'USD', '1.5×')).toBe('You are in the top band: every further booking earns 1.5×.');
    expect(standingText({ kind: 'gate', threshold: 0.5, more: 1_234.2, value: 0, label: 'the gate (50% of quota), where commission starts' }, 'USD', null, 'Ana')).toBe(
      '$1,235 more bookings reaches the gate (50% of quota), where commission starts.',
    );
  });

  it('earnings.csv has the issue\'s columns, money to the cent, deal ids', () => {
    const lines = earningsCsv(siteData).split('\r\n');
    expect(lines[0]).toBe(
      'person,role,plan,period,period_start,period_end,status,quota,credited,attainment,commission,kickers,cap_reduction,override,earned,draw_advanced,draw_recovered,total,deals,deal_ids',
    );
    // Ana FY2027 Q2: 81,700 of 100,000 → 50,000 × 0.1 + 31,700 × 0.2 = 11,340.
    expect(lines).toContain('Ana,Account Executive,AE,FY2027-Q2,2026-05-01,2026-07-31,to date,100000,81700,0.817,11340,0,0,,11340,0,0,11340,1,W1');
    // Mo: no rates (no own credit, no quota), 1% of Ana's 81,700 as override.
    expect(lines).toContain('Mo,Sales Manager,Manager,FY2027-Q2,2026-05-01,2026-07-31,to date,,0,,,,,817,817,0,0,817,1,W1');
  });

  it('earnings-credits.csv lists each deal per person paid on it, with spreadsheet formulas neutralised', () => {
    const lines = earningsCreditsCsv(siteData).split('\r\n');
    expect(lines[0]).toBe('person,plan,period,kind,deal_id,deal_name,account,owner,team,close_date,type,amount,multiplier,multiplier_rules,credited,earned');
    expect(lines.filter((l) => l.includes(',W1,'))).toEqual([
      `Ana,AE,FY2027-Q2,own,W1,"'=HYPERLINK(""x"")",,Ana,East,2026-05-20,,81700,1,,81700,11340`,
      `Mo,Manager,FY2027-Q2,override,W1,"'=HYPERLINK(""x"")",,Ana,East,2026-05-20,,81700,1,,81700,817`,
    ]);
  });

  it('tables are valid and all named compensation-*', () => {
    const tables = compensationTables(siteData);
    for (const t of tables) checkTable(t);
    expect(tables.every((t) => t.id.startsWith('compensation-'))).toBe(true);
    expect(tables.map((t) => t.id.replace(/-[0-9a-f]{4}-/, '-…-'))).toEqual([
      'compensation-team',
      'compensation-ana-…-periods',
      'compensation-ana-…-credits',
      'compensation-ana-…-deal-worth',
      'compensation-mo-…-periods',
      'compensation-mo-…-credits',
      'compensation-mo-…-team-deals',
    ]);
  });

  it('team view: cost of sales and who is near a tier', () => {
    const view = compensationTeamView(siteData);
    expect(view.paidToDate).toBeCloseTo(11_340 + 817, 6);
    expect(view.bookingsToDate).toBe(81_700);
    expect(view.costOfSales).toBeCloseTo(12_157 / 81_700, 12);
    // Without trials there is no outlook, so nobody is listed as near a tier.
    expect(view.nearTier).toEqual([]);
  });
});
