/**
 * The real exports in ../shared/realdata (see its README), read with a bare papaparse
 * reader (header on row 1), through mapTable with the default config. Skipped when the folder
 * is absent: the files are not ours to copy into the repository.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import type { RawTable } from '../../src/ingest/types.ts';
import { mapTable } from '../../src/schema/mapTable.ts';
import { defaultConfig } from '../../src/schema/parseConfig.ts';
import { expectCountsAddUp } from './helpers/rawTable.ts';
import { REALDATA as dir, describeRealdata } from '../realdata/realdata.ts';


function readCsv(file: string): RawTable {
  let text = readFileSync(path.join(dir, file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const rows: RawTable['rows'] = [];
  const skipped: RawTable['skipped'] = [];
  lines.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) skipped.push({ rowNumber: i + 2, reason: 'blank', text: '' });
    else rows.push({ rowNumber: i + 2, cells });
  });
  return {
    file, sheet: null, format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1, headers: lines[0] ?? [], rows, skipped,
    titleLines: [], footerLines: [], rowsRead: rows.length + skipped.length, notes: [],
  };
}

function mapFile(file: string) {
  const mapped = mapTable(readCsv(file), { config: defaultConfig(), fileConfig: null });
  expectCountsAddUp(mapped.report);
  return mapped;
}

describeRealdata('real exports in ../shared/realdata', ['maven-crm', 'salesforce-dtc', 'salesforce-api', 'adventureworks-quota'], () => {
  it('Maven: 8,800 deals, none rejected; the US-dates copy gives the same rows', () => {
    const iso = mapFile('maven-crm/sales_pipeline.csv');
    const us = mapFile('maven-crm/us-dates/sales_pipeline.csv');
    expect(iso.report).toMatchObject({ kind: 'deals', accepted: 8800, rejected: 0 });
    expect(us.report).toMatchObject({ kind: 'deals', accepted: 8800, rejected: 0 });
    const strip = (rows: typeof iso.deals) => rows.map(({ source, attributes, ...rest }) => ({ ...rest, attributes: { ...attributes }, row: source.row }));
    expect(strip(us.deals)).toEqual(strip(iso.deals));
    // open deals have no close date and no value; lost deals have value 0
    const open = iso.deals.filter((d) => d.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((d) => d.closeDate === null && d.amount === null)).toBe(true);
    expect(iso.deals.filter((d) => d.status === 'lost').every((d) => d.amount === 0)).toBe(true);
    expect(iso.report.issueCounts.byCode['unknown-stage']).toBeUndefined();
  });

  it('Maven: sales_teams is a roster of 35 reps; accounts, products and the dictionary are not used', () => {
    expect(mapFile('maven-crm/sales_teams.csv').report).toMatchObject({ kind: 'roster', accepted: 35, rejected: 0 });
    for (const file of ['maven-crm/accounts.csv', 'maven-crm/products.csv', 'maven-crm/data_dictionary.csv']) {
      expect(mapFile(file).report).toMatchObject({ kind: 'unknown', accepted: 0, rejected: 0 });
    }
  });

  it('Salesforce DTC: 1,999 deals with derived ids, 387 history rows keyed by name', () => {
    const deals = mapFile('salesforce-dtc/DTC_Opportunity.csv');
    expect(deals.report).toMatchObject({ kind: 'deals', accepted: 1999, rejected: 0 });
    expect(deals.report.issueCounts.byCode).toEqual({ 'derived-ids': 1 });
    expect(new Set(deals.deals.map((d) => d.id)).size).toBe(1999);
    const history = mapFile('salesforce-dtc/DTC_OpportunityHistory.csv');
    expect(history.report).toMatchObject({ kind: 'history', accepted: 387, rejected: 0 });
    expect(history.history.every((h) => h.keyType === 'name')).toBe(true);
    // 'Forecast' is the DTC org's word for commit
    expect(history.history.some((h) => h.forecastCategory === 'commit')).toBe(true);
    expect(mapFile('salesforce-dtc/DTC_Account.csv').report.kind).toBe('unknown');
  });

  it('Salesforce API: 50 deals owned by user id, BestCase read as best case', () => {
    const mapped = mapFile('salesforce-api/Opportunity.csv');
    expect(mapped.report).toMatchObject({ kind: 'deals', accepted: 50, rejected: 0 });
    expect(mapped.deals.every((d) => /^005/.test(d.owner!))).toBe(true);
    expect(mapped.deals.some((d) => d.forecastCategory === 'bestCase')).toBe(true);
    expect(mapped.report.issueCounts.error).toBe(0);
  });

  it('AdventureWorks: 163 calendar-quarter quotas', () => {
    const mapped = mapFile('adventureworks-quota/sales_quota_by_rep.csv');
    expect(mapped.report).toMatchObject({ kind: 'quotas', accepted: 163, rejected: 0 });
    expect(mapped.quotas.every((q) => q.period.kind === 'calendarQuarter' && q.level === 'rep')).toBe(true);
  });
});
