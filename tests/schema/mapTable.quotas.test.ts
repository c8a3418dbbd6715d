import { describe, expect, it } from 'vitest';
import type { QuotaRow } from '../../src/schema/types.ts';
import { map, messages } from './helpers/rawTable.ts';

const src = (file: string, row: number) => ({ file, sheet: null, row });

describe('mapTable: quotas, long form', () => {
  it('reads rep, period label and amount', () => {
    const mapped = map({
      file: 'quotas.csv',
      headers: ['Rep', 'Period', 'Quota', 'Currency'],
      rows: [
        ['Ada', 'Q1 FY27', '250,000', 'usd'],
        ['Ada', '2026-Q3', '$200,000', ''],
        ['Alan', 'Jan 2026', '80000', ''],
        ['Alan', 'FY2027', '1000000', 'EUR'],
        ['Grace', 'Q5 2026', '1', ''],
        ['Grace', 'Q1 FY27', '', ''],
      ],
    });
    expect(mapped.quotas).toEqual<QuotaRow[]>([
      { level: 'rep', name: 'Ada', period: { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1 }, periodLabel: 'Q1 FY27', amount: 250000, currency: 'USD', source: src('quotas.csv', 2) },
      { level: 'rep', name: 'Ada', period: { kind: 'fiscalQuarter', fiscalYear: 2026, quarter: 3 }, periodLabel: '2026-Q3', amount: 200000, currency: 'USD', source: src('quotas.csv', 3) },
      { level: 'rep', name: 'Alan', period: { kind: 'month', year: 2026, month: 1 }, periodLabel: 'Jan 2026', amount: 80000, currency: null, source: src('quotas.csv', 4) },
      { level: 'rep', name: 'Alan', period: { kind: 'fiscalYear', fiscalYear: 2027 }, periodLabel: 'FY2027', amount: 1000000, currency: 'EUR', source: src('quotas.csv', 5) },
    ]);
    expect(mapped.report).toMatchObject({ kind: 'quotas', accepted: 4, rejected: 2 });
    expect(messages(mapped)).toEqual([
      'quotas.csv › row 6 › Period: "Q5 2026" is not a period; expected a period such as Q1 FY2027, 2026-Q3, Jan 2026 or FY2027, so the row was left out; fix the cell.',
      'quotas.csv › row 7 › Quota: the cell is empty, but a quota row needs an amount, so the row was left out; fix the cell.',
    ]);
  });

  it('reads AdventureWorks: CalendarYear + CalendarQuarter is a calendar quarter (its Date is only a day inside it)', () => {
    const mapped = map({
      file: 'sales_quota_by_rep.csv',
      headers: ['SalesQuotaKey', 'EmployeeKey', 'SalesRep', 'Title', 'Manager', 'SalesTerritoryRegion', 'CalendarYear', 'CalendarQuarter', 'DateKey', 'Date', 'SalesAmountQuota'],
      rows: [['2', '281', 'Michael Blythe', 'Sales Representative', 'Stephen Jiang', 'Northeast', '2010', '4', '20101229', '2010-12-29', '367000.0000']],
    });
    expect(mapped.quotas).toEqual<QuotaRow[]>([
      { level: 'rep', name: 'Michael Blythe', period: { kind: 'calendarQuarter', year: 2010, quarter: 4 }, periodLabel: 'CY2010 Q4', amount: 367000, currency: null, source: src('sales_quota_by_rep.csv', 2) },
    ]);
  });

  it('takes the level from a Level column, else team/region without a rep', () => {
    const mapped = map({
      file: 'q.csv',
      headers: ['Level', 'Rep', 'Team', 'Region', 'Period', 'Amount'],
      rows: [
        ['Company', '', '', '', 'FY2027', '9000000'],
        ['', '', 'Enterprise', 'West', 'FY2027', '3000000'],
        ['', '', '', 'West', 'FY2027', '4000000'],
        ['team', 'Ada', 'Enterprise', '', 'FY2027', '1'],
        ['', '', '', '', 'FY2027', '5'],
      ],
    });
    expect(mapped.quotas.map((q) => [q.level, q.name, q.amount])).toEqual([
      ['company', null, 9000000], ['team', 'Enterprise', 3000000], ['region', 'West', 4000000], ['team', 'Enterprise', 1],
    ]);
    expect(mapped.report.rejected).toBe(1);
    expect(messages(mapped)).toEqual(['q.csv › row 6 › Rep: the cell is empty, so the quota belongs to no rep and the row was left out; fill in the name.']);
  });

  it('reads a Quarter number with a Year column as a fiscal quarter', () => {
    const mapped = map({ file: 'q.csv', headers: ['Rep', 'Year', 'Quarter', 'Quota'], rows: [['Ada', '2027', '2', '10']] });
    expect(mapped.quotas[0]).toMatchObject({ period: { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 2 }, periodLabel: 'FY2027 Q2' });
  });
});

describe('mapTable: quotas, wide form', () => {
  const mapped = map({
    file: 'targets.xlsx',
    headers: ['Sales Rep', 'Q1 FY27', 'FY2027 Q2', 'Notes', 'H2 FY2027'],
    rows: [
      ['Ada', '100', '', 'x', '300'],
      ['Alan', '', '', '', ''],
      ['Grace', 'lots', '50', '', ''],
    ],
  });

  it('maps each period column as period:<header>', () => {
    expect({ ...mapped.report.mapping }).toEqual({ rep: 'Sales Rep', 'period:Q1 FY27': 'Q1 FY27', 'period:FY2027 Q2': 'FY2027 Q2', 'period:H2 FY2027': 'H2 FY2027' });
    expect(mapped.report.unmappedColumns).toEqual(['Notes']);
  });

  it('makes one quota per filled period cell; blank cells are skipped silently', () => {
    expect(mapped.quotas.map((q) => [q.name, q.periodLabel, q.period, q.amount, q.source.row])).toEqual([
      ['Ada', 'Q1 FY27', { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1 }, 100, 2],
      ['Ada', 'H2 FY2027', { kind: 'fiscalHalf', fiscalYear: 2027, half: 2 }, 300, 2],
      ['Grace', 'FY2027 Q2', { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 2 }, 50, 4],
    ]);
  });

  it('counts table rows: a row is accepted when at least one cell became a quota', () => {
    expect(mapped.report).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    expect(mapped.report.issues.map((i) => [i.severity, i.code, i.row])).toEqual([
      ['error', 'missing-quota-amount', 3],
      ['warning', 'invalid-amount', 4],
    ]);
    expect(messages(mapped, 'missing-quota-amount')).toEqual([
      'targets.xlsx › row 3: no period column of this row has a quota amount, so the row was left out; fill in at least one amount or remove the row.',
    ]);
  });
});

describe('mapTable: roster', () => {
  it('reads rep, manager, team, region, dates, role, id and email', () => {
    const mapped = map({
      file: 'roster.csv',
      headers: ['Name', 'User ID', 'Email', 'Manager', 'Team', 'Region', 'Hire Date', 'Termination Date', 'Title'],
      rows: [
        ['Ada Lovelace', '005A', 'ada@example.com', 'Grace Hopper', 'Enterprise', 'West', '2024-03-01', '', 'Account Executive'],
        ['', '005B', '', '', '', '', '', '', ''],
      ],
    });
    expect(mapped.roster).toEqual([
      { rep: 'Ada Lovelace', repId: '005A', email: 'ada@example.com', manager: 'Grace Hopper', team: 'Enterprise', region: 'West', startDate: '2024-03-01', endDate: null, role: 'Account Executive', source: src('roster.csv', 2) },
    ]);
    expect(mapped.report).toMatchObject({ kind: 'roster', accepted: 1, rejected: 1 });
    expect(messages(mapped)).toEqual(['roster.csv › row 3 › Name: the cell is empty, but every roster row needs the rep\'s name, so the row was left out; fill in the name.']);
  });
});
