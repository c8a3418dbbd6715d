/**
 * The data contract's hard cases, through the whole data stage on fixtures in
 * tests/fixtures/crm: quotas of any grain (monthly, annual, keyed by user id, company-level)
 * with quarter quotas summed by hand; Salesforce custom fields and relationship ids; and the
 * cases that used to fail silently (a misspelt amount or stage header, no owner column, a won
 * flag that contradicts the stage, every amount in euros), with their messages pinned.
 */
import { describe, expect, it } from 'vitest';
import { quotaFor } from '../../src/metrics/quotaFor.ts';
import type { Issue } from '../../src/schema/types.ts';
import type { DataStageResult } from '../../src/dataStage.ts';
import { stageOn } from './stageOn.ts';

const Q1 = { start: '2024-01-01', end: '2024-03-31', granularity: 'quarter' as const };
const Q2 = { start: '2024-04-01', end: '2024-06-30', granularity: 'quarter' as const };

function issues(result: DataStageResult, code: string): Issue[] {
  return [
    ...result.report.files.flatMap((f) => [...f.issues, ...f.tables.flatMap((t) => t.issues)]),
    ...result.report.modelIssues,
  ].filter((i) => i.code === code);
}

describe('quotas of any grain', () => {
  it('monthly rows (first-of-month StartDate) add up to their quarter; a true duplicate month is still warned', async () => {
    const result = await stageOn('quotas/monthly.csv', 'quotas/roster.csv', 'quotas/deals.csv');
    const quotas = result.report.files.find((f) => f.file === 'monthly.csv')!.tables[0]!;
    expect(quotas).toMatchObject({ kind: 'quotas', accepted: 8, rejected: 0 });
    const model = result.model!;
    // Ada: 100,000 + 120,000 + 130,000 = 350,000 in Q1; April's 90,000 is Q2.
    expect(quotaFor(model, { level: 'rep', name: 'Ada Lovelace' }, Q1).amount).toBe(350_000);
    expect(quotaFor(model, { level: 'rep', name: 'Ada Lovelace' }, Q2).amount).toBe(90_000);
    // Alan: January 80,000 + February 80,000 + March given twice (80,000 then 85,000: the later row is used) = 245,000.
    expect(quotaFor(model, { level: 'rep', name: 'Alan Turing' }, Q1).amount).toBe(245_000);
    const duplicates = issues(result, 'duplicate-quota');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.message).toMatch(/^monthly\.csv › row 9: Alan Turing already has a quota for .* on monthly\.csv › row 8; this later row \(amount 85000\) was used/);
  });

  it('a yearly team quota is prorated by days into the quarter (2024 is a leap year: Q1 has 91 of 366 days)', async () => {
    const result = await stageOn('quotas/annual.csv', 'quotas/roster.csv', 'quotas/deals.csv');
    const table = result.report.files.find((f) => f.file === 'annual.csv')!.tables[0]!;
    expect(table).toMatchObject({ kind: 'quotas', accepted: 2, rejected: 0 });
    expect(table.mapping).toMatchObject({ team: 'Team', fiscalYear: 'Year', amount: 'Annual Quota' });
    // 1,200,000 × 91 / 366 = 298,360.655...
    expect(quotaFor(result.model!, { level: 'team', name: 'West' }, Q1).amount).toBeCloseTo(298_360.66, 2);
    // Whole year: the row itself.
    expect(quotaFor(result.model!, { level: 'team', name: 'East' }, { start: '2024-01-01', end: '2024-12-31', granularity: 'year' }).amount).toBe(800_000);
  });

  it('quotas keyed by user id are matched to roster reps through the roster ids', async () => {
    const result = await stageOn('quotas/by-id.csv', 'quotas/roster.csv', 'quotas/deals.csv');
    const table = result.report.files.find((f) => f.file === 'by-id.csv')!.tables[0]!;
    expect(table.mapping).toMatchObject({ repId: 'User ID', period: 'Period', amount: 'Quota Amount' });
    expect(quotaFor(result.model!, { level: 'rep', name: 'Ada Lovelace' }, Q2).amount).toBe(300_000);
    expect(quotaFor(result.model!, { level: 'rep', name: 'Alan Turing' }, Q2).amount).toBe(250_000);
    // The West team has no quota row of its own: Ada's 300,000.
    expect(quotaFor(result.model!, { level: 'team', name: 'West' }, Q2).amount).toBe(300_000);
    expect(issues(result, 'quota-without-rep')).toEqual([]);
  });

  it('a company-level sheet with no rep column: "Quota Amount" (money) wins over "Quota" (a count)', async () => {
    const result = await stageOn('quotas/company.csv', 'quotas/deals.csv');
    const table = result.report.files.find((f) => f.file === 'company.csv')!.tables[0]!;
    expect(table).toMatchObject({ kind: 'quotas', accepted: 2, rejected: 0 });
    expect(table.mapping).toMatchObject({ fiscalYear: 'Year', period: 'Quarter', amount: 'Quota Amount' });
    expect(table.mappingHow!.amount).toEqual({ by: 'value profile', detail: 'money values beat "Quota" (small whole numbers)' });
    expect(quotaFor(result.model!, { level: 'company', name: 'Company' }, Q1)).toMatchObject({ amount: 200_000, source: 'company row' });
    expect(quotaFor(result.model!, { level: 'company', name: 'Company' }, Q2).amount).toBe(240_000);
  });
});

describe('Salesforce custom fields and relationship ids', () => {
  it('reads __c fields, Owner.External_Id__c through User.csv ids, UserRole.Name as team, and monthly quota objects', async () => {
    const result = await stageOn('salesforce-custom/Opportunity.csv', 'salesforce-custom/OpportunityHistory.csv', 'salesforce-custom/Quota__c.csv', 'salesforce-custom/User.csv');
    expect(result.ok).toBe(true);
    const kinds = Object.fromEntries(result.report.files.map((f) => [f.file, f.tables[0]!.kind]));
    expect(kinds).toEqual({ 'Opportunity.csv': 'deals', 'OpportunityHistory.csv': 'history', 'Quota__c.csv': 'quotas', 'User.csv': 'roster' });
    const deals = result.report.files.find((f) => f.file === 'Opportunity.csv')!.tables[0]!;
    expect(deals.mapping).toMatchObject({ id: 'External_Id__c', ownerId: 'Owner.External_Id__c', createdDate: 'DateTimeCreated__c', lastActivityDate: 'LastActivityDate__c' });
    expect(deals.mappingHow!.lastActivityDate!.detail).toBe('alias "LastActivityDate" (custom-field suffix __c ignored)');
    const quota = result.report.files.find((f) => f.file === 'Quota__c.csv')!.tables[0]!;
    expect(quota.mapping).toMatchObject({ rep: 'OwnerName__c', date: 'StartDate__c', amount: 'QuotaAmount__c', repId: 'User.External_Id__c' });
    const model = result.model!;
    expect(model.deals.find((d) => d.id === 'OPP-1')!.owner).toBe('Ada Lovelace');
    expect(model.reps.find((r) => r.name === 'Ada Lovelace')).toMatchObject({ team: 'West Enterprise', manager: 'Grace Hopper' });
    // Ada: 500,000 + 550,000 + 500,000 = 1,550,000 for Q1 (not the last month's 500,000);
    // won in Q1: 300,000 + 212,000 = 512,000, so attainment 512,000 / 1,550,000 = 33.0%.
    const quotaQ1 = quotaFor(model, { level: 'rep', name: 'Ada Lovelace' }, Q1).amount!;
    expect(quotaQ1).toBe(1_550_000);
    const won = model.deals.filter((d) => d.owner === 'Ada Lovelace' && d.status === 'won' && d.closeDate! <= '2024-03-31').reduce((s, d) => s + d.amount!, 0);
    expect(won).toBe(512_000);
    expect(Math.round((won / quotaQ1) * 1000) / 10).toBe(33);
    expect(issues(result, 'duplicate-quota')).toEqual([]);
    // The history rows keyed by the custom id reach deal OPP-5.
    expect(model.deals.find((d) => d.id === 'OPP-5')!.history.known).toBe(true);
  });
});

describe('nothing fails silently', () => {
  it('a misspelt amount header (close_vlaue) gets "did you mean" and a no-amount warning on the summary', async () => {
    const result = await stageOn('edge/misspelt.csv');
    expect(issues(result, 'did-you-mean').map((i) => i.message)).toEqual([
      'misspelt.csv: the column "close_vlaue" was not used; did you mean "close_value" (the amount)? If so, rename the header, or map it in quarterdeck.config.json: "columns": { "amount": "close_vlaue" }.',
    ]);
    expect(issues(result, 'no-amount-column').map((i) => i.message)).toEqual([
      'misspelt.csv: no amount column was found (expected a header such as "Amount", "Deal Value" or "close_value"), so every deal has no amount and won totals, pipeline and forecast read $0; add the column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "amount": "Your header" }.',
    ]);
    expect(result.report.totals.warnings).toBeGreaterThanOrEqual(2);
  });

  it('a misspelt stage header: the run cannot build and the reason itself is printed, worded for deals', async () => {
    const result = await stageOn('edge/misspelt-stage.csv');
    expect(result.ok).toBe(false);
    expect(result.report.fatal[0]).toContain(
      'misspelt-stage.csv was not read as deals: it looks like deals, but no stage or status column was found (did you mean "deal_stage" for "deal_stgae"?); a deals table needs a stage (or a won/lost status)',
    );
    expect(result.report.fatal[0]).not.toContain('See the issues above');
  });

  it('a HubSpot extract with no owner column keeps every deal under "Unassigned", with one warning', async () => {
    const result = await stageOn('edge/hubspot-no-owner.csv');
    expect(result.ok).toBe(true);
    // 24,000 + 3,600 won
    expect(result.report.deals).toMatchObject({ total: 3, won: 2, open: 1, wonAmount: 27_600 });
    expect(result.model!.deals.map((d) => d.owner)).toEqual(['Unassigned', 'Unassigned', 'Unassigned']);
    expect(issues(result, 'no-owner-column').map((i) => i.message)).toEqual([
      'hubspot-no-owner.csv: no owner column was found (expected a header such as "Opportunity Owner", "Owner" or "Deal owner"), so its 3 deals are shown under "Unassigned": company totals, the forecast and the pipeline are complete, but rep views are not; add the owner column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "owner": "Your header" }.',
    ]);
  });

  it('a won flag that contradicts the stage: one warning with the count; the flag wins', async () => {
    const result = await stageOn('edge/contradicting.csv');
    // row 2: Closed Won but flag FALSE -> lost; row 3: Closed Lost but flag TRUE -> won.
    expect(result.model!.deals.map((d) => [d.id, d.status])).toEqual([['1', 'won'], ['2', 'lost'], ['3', 'won'], ['4', 'lost'], ['5', 'open']]);
    // won: 1,000 (row 1) + 3,000 (row 3)
    expect(result.report.deals.wonAmount).toBe(4_000);
    expect(issues(result, 'status-contradicts-stage').map((i) => i.message)).toEqual([
      'contradicting.csv: on 2 rows the "is_closed_won" column disagrees with "stage" (first: row 3, stage "Closed Won" means won but the status says lost); the status column wins, so those deals count as the status says; fix the export if the stage is right, or map only one of them in quarterdeck.config.json.',
    ]);
  });

  it('every amount in euros (1.054,00 €) and no config: EUR is the reporting currency, nothing left out', async () => {
    const result = await stageOn('edge/single-eur.csv');
    expect(result.report.deals.currency).toBe('EUR');
    // 1,054.00 + 12,500.50 won
    expect(result.report.deals.wonAmount).toBe(13_554.5);
    expect(result.model!.deals.find((d) => d.name === 'Hooli')!.amount).toBe(1_500);
    expect(result.report.leftOut).toEqual([]);
    expect(issues(result, 'currency-from-data').map((i) => i.message)).toEqual([
      'No reporting currency is set and every amount is in EUR, so EUR is the reporting currency; set "currency" in quarterdeck.config.json to report in another one (with "exchangeRates").',
    ]);
    expect(issues(result, 'missing-exchange-rate')).toEqual([]);
  });
});
