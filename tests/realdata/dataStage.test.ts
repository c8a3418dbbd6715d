/**
 * The whole data stage on real exports nobody here wrote (../shared/realdata): every file is
 * read, every row accounted for, and the totals match what the files say when counted
 * independently here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataStage, type DataReport } from '../../src/dataStage.ts';
import { REALDATA, describeRealdata, realdataFolder, simpleCsv } from './realdata.ts';


function expectAccounted(report: DataReport): void {
  for (const file of report.files) {
    for (const table of file.tables) {
      expect(table.accepted + table.rejected + table.skipped, `${file.file} ${table.sheet ?? ''}`).toBe(table.rowsRead);
    }
  }
  const t = report.totals;
  expect(t.accepted + t.rejected + t.skipped).toBe(t.rowsRead);
}

describeRealdata('data stage on the Maven CRM export', ['maven-crm'], () => {
  const raw = simpleCsv(readFileSync(path.join(REALDATA, 'maven-crm/sales_pipeline.csv'), 'utf8'));

  it('reads all 8,800 deals: 4,238 won worth 10,005,534, 2,473 lost, 2,089 open', async () => {
    // Counted independently from the raw file.
    const won = raw.filter((r) => r.deal_stage === 'Won');
    expect(won).toHaveLength(4238);
    const wonValue = won.reduce((sum, r) => sum + Number(r.close_value), 0);
    expect(wonValue).toBe(10_005_534);

    const dir = await realdataFolder(['maven-crm/sales_pipeline.csv', 'maven-crm/sales_teams.csv']);
    const { ok, report, model } = await runDataStage({ dataDir: dir });
    expect(ok).toBe(true);
    expectAccounted(report);
    expect(report.totals.rowsRead).toBe(8800 + 35);
    expect(report.totals.rejected).toBe(0);
    expect(report.deals).toMatchObject({ total: 8800, won: 4238, lost: 2473, open: 2089, wonAmount: wonValue });
    const kinds = report.files.map((f) => [f.file, f.tables[0]!.kind]);
    expect(kinds).toEqual([['sales_pipeline.csv', 'deals'], ['sales_teams.csv', 'roster']]);
    // sales_teams.csv maps every rep to a manager and a regional office.
    const darcel = model!.reps.find((r) => r.name === 'Darcel Schlecht')!;
    expect(darcel).toMatchObject({ inRoster: true, manager: 'Melvin Marxen', region: 'Central' });
  });

  it('the US-locale copy (M/D/YYYY dates) gives the same deals and dates', async () => {
    const iso = await runDataStage({ dataDir: await realdataFolder(['maven-crm/sales_pipeline.csv']) });
    const us = await runDataStage({ dataDir: await realdataFolder(['maven-crm/us-dates/sales_pipeline.csv']) });
    expectAccounted(us.report);
    expect(us.report.deals).toEqual(iso.report.deals);
    const dates = (m: typeof iso.model) => m!.deals.map((d) => `${d.id} ${d.createdDate} ${d.closeDate}`);
    expect(dates(us.model)).toEqual(dates(iso.model));
  });

  it('the whole folder: the reference tables are listed as unknown, every row accounted for', async () => {
    const { report } = await runDataStage({ dataDir: path.join(REALDATA, 'maven-crm') });
    expectAccounted(report);
    const unknown = report.files.flatMap((f) => f.tables.filter((t) => t.kind === 'unknown').map(() => f.file)).sort();
    expect(unknown).toEqual(['accounts.csv', 'data_dictionary.csv', 'products.csv']);
    // Both copies of the pipeline are the same snapshot of the same deals.
    expect(report.deals.total).toBe(8800);
  });
});

describeRealdata('data stage on the Salesforce exports', ['salesforce-dtc', 'salesforce-api'], () => {
  it('DTC opportunities with their OpportunityHistory give stage histories and pushes', async () => {
    const dir = await realdataFolder(['salesforce-dtc/DTC_Opportunity.csv', 'salesforce-dtc/DTC_OpportunityHistory.csv']);
    const { ok, report, model } = await runDataStage({ dataDir: dir });
    expect(ok).toBe(true);
    expectAccounted(report);
    expect(report.totals.rowsRead).toBe(1999 + 387);
    expect(report.totals.rejected).toBe(0);
    expect(report.files.map((f) => f.tables[0]!.kind)).toEqual(['deals', 'history']);

    // "Opportunity for McLaughlin130": three history rows by hand from the file.
    const raw = simpleCsv(readFileSync(path.join(REALDATA, 'salesforce-dtc/DTC_OpportunityHistory.csv'), 'utf8'));
    const rows = raw.filter((r) => r.OpportunityName === 'Opportunity for McLaughlin130');
    expect(rows.length).toBeGreaterThan(1);
    const deal = model!.deals.find((d) => d.name === 'Opportunity for McLaughlin130')!;
    expect(deal.history.known).toBe(true);
    expect(deal.history.stages.length).toBeGreaterThan(0);
    const withHistory = model!.deals.filter((d) => d.history.known);
    expect(withHistory.length).toBeGreaterThan(100);
    // Close dates that move later in the history count as pushes: at least one deal was pushed.
    expect(model!.deals.some((d) => (d.history.pushCount ?? 0) > 0)).toBe(true);
  });

  it('the Data Loader export with a byte-order mark, 1/empty booleans and owner ids', async () => {
    const { ok, report } = await runDataStage({ dataDir: path.join(REALDATA, 'salesforce-api') });
    expect(ok).toBe(true);
    expectAccounted(report);
    const table = report.files[0]!.tables[0]!;
    expect(table.mapping.id).toBe('Id');
    expect(report.deals.total).toBe(50);
    const raw = simpleCsv(readFileSync(path.join(REALDATA, 'salesforce-api/Opportunity.csv'), 'utf8'));
    const won = raw.filter((r) => r.IsWon === '1');
    expect(report.deals.won).toBe(won.length);
  });
});

describeRealdata('data stage on the AdventureWorks quotas', ['adventureworks-quota'], () => {
  it('reads 163 quota rows; without deals there is no dashboard, and it says so', async () => {
    const { ok, report } = await runDataStage({ dataDir: path.join(REALDATA, 'adventureworks-quota') });
    expectAccounted(report);
    const table = report.files[0]!.tables[0]!;
    expect(table.kind).toBe('quotas');
    expect(table.rowsRead).toBe(163);
    expect(table.accepted).toBe(163);
    expect(ok).toBe(false);
    expect(report.fatal.join(' ')).toMatch(/No deals were found/);
  });
});

describeRealdata('rep-periods on the Maven CRM export (no quotas, no snapshots, stages Won/Lost)', ['maven-crm'], () => {
  it('bookings, counts and win rates per rep and quarter match the raw file', async () => {
    const { repPeriods } = await import('../../src/metrics/repPeriods.ts');
    const dir = await realdataFolder(['maven-crm/sales_pipeline.csv', 'maven-crm/sales_teams.csv']);
    const { model } = await runDataStage({ dataDir: dir });
    const rows = repPeriods(model!);
    // sales_teams.csv gives each rep a regional office.
    expect(rows.find((r) => r.rep === 'Darcel Schlecht')!.region).toBe('Central');
    const raw = simpleCsv(readFileSync(path.join(REALDATA, 'maven-crm/sales_pipeline.csv'), 'utf8'));
    // The default fiscal year is the calendar year, named by its end: FY2017 Q1 = 2017-01-01..2017-03-31.
    const quarters = { 'FY2017-Q1': ['2017-01-01', '2017-03-31'], 'FY2017-Q2': ['2017-04-01', '2017-06-30'], 'FY2017-Q4': ['2017-10-01', '2017-12-31'] } as const;
    for (const rep of ['Darcel Schlecht', 'Moses Frase', 'Anna Snelling']) {
      for (const [period, [start, end]] of Object.entries(quarters)) {
        const closed = raw.filter((r) => r.sales_agent === rep && r.close_date! >= start && r.close_date! <= end);
        const won = closed.filter((r) => r.deal_stage === 'Won');
        const lost = closed.filter((r) => r.deal_stage === 'Lost');
        const bookings = won.reduce((s, r) => s + Number(r.close_value), 0);
        const row = rows.find((r) => r.rep === rep && r.period === period)!;
        expect(row, `${rep} ${period}`).toBeDefined();
        expect(row.bookings, `${rep} ${period} bookings`).toBe(bookings);
        expect(row.won_count).toBe(won.length);
        expect(row.lost_count).toBe(lost.length);
        expect(row.win_rate_count).toBeCloseTo(won.length / (won.length + lost.length), 10);
        expect(row.quota).toBeNull();
        expect(row.attainment).toBeNull();
      }
    }
  });
});
