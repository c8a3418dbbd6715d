import { describe, expect, it } from 'vitest';
import { map, messages } from './helpers/rawTable.ts';

describe('mapTable: classification', () => {
  it.each([
    ['deals', 'deals.csv', ['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Opportunity Owner'], 'has Stage, Amount, Close Date and Opportunity Owner columns'],
    ['history', 'DTC_OpportunityHistory.csv', ['OpportunityName', ' CloseDate', ' Amount', ' CreatedDate', ' StageName'], 'has OpportunityName, CreatedDate and StageName columns and its name says history'],
    ['history', 'changes.csv', ['Opportunity ID', 'Field / Event', 'Old Value', 'New Value', 'Edit Date'], 'has Field / Event, Old Value and New Value columns (a field history report)'],
    ['quotas', 'quota.csv', ['Rep', 'Period', 'Quota'], 'has Rep, Period and Quota columns'],
    ['quotas', 'targets.xlsx', ['Sales Rep', 'Q1 FY27', 'Q2 FY27', 'Q3 FY27', 'Q4 FY27'], 'has Sales Rep columns and one column per period (Q1 FY27, Q2 FY27, Q3 FY27, ...)'],
    ['quotas', 'aw.csv', ['SalesRep', 'CalendarYear', 'CalendarQuarter', 'SalesAmountQuota'], 'has SalesRep, CalendarYear, CalendarQuarter and SalesAmountQuota columns'],
    ['roster', 'sales_teams.csv', ['sales_agent', 'manager', 'regional_office'], 'has sales_agent, manager and regional_office columns'],
  ])('%s: %s', (kind, file, headers, reason) => {
    const mapped = map({ file, headers, rows: [] });
    expect(mapped.report.kind).toBe(kind);
    expect(mapped.report.kindReason).toBe(reason);
  });

  it('a roster with a Status column (Active/Inactive) is not taken for deals', () => {
    const mapped = map({ file: 'people.csv', headers: ['Name', 'Title', 'Manager', 'Status'], rows: [['Ada', 'AE', 'Grace', 'Active']] });
    expect(mapped.report.kind).toBe('roster');
  });

  it('a snapshot named "history" that has owners stays a deals table', () => {
    const mapped = map({ file: 'pipeline-history-2026-10-05.csv', headers: ['Opportunity ID', 'Opportunity Owner', 'Stage', 'Created Date', 'Amount'], rows: [] });
    expect(mapped.report.kind).toBe('deals');
  });

  it('an unknown table is ignored with its reason, its rows counted as skipped, never an error', () => {
    const mapped = map({ file: 'accounts.csv', headers: ['account', 'sector', 'revenue'], rows: [['Acme', 'tech', '1'], ['Globex', 'retail', '2']], skipped: [{ rowNumber: 4, reason: 'blank', text: '' }] });
    expect(mapped.report).toMatchObject({
      kind: 'unknown', kindReason: 'no Stage, Amount or Close Date column; headers were: account, sector, revenue',
      rowsRead: 3, accepted: 0, rejected: 0, skipped: 3, skippedBy: { blank: 1, title: 0, footer: 0 },
    });
    expect(mapped.report.issues.map((i) => [i.severity, i.code, i.message])).toEqual([
      [
        'info', 'unknown-table',
        'accounts.csv was not used (2 rows): no Stage, Amount or Close Date column; headers were: account, sector, revenue; if it holds deals, quotas or a roster, name its columns with "columns" in quarterdeck.config.json, or set its "kind" under "files".',
      ],
    ]);
  });

  it('a table without a header row is unknown', () => {
    const mapped = map({ headers: [], rows: [] });
    expect(mapped.report).toMatchObject({ kind: 'unknown', kindReason: 'no header row was found' });
  });

  it('the config entry kind wins; "ignore" gives unknown with reason "ignored in config"', () => {
    const pinned = map({ file: 'odd.csv', headers: ['Who', 'What'], rows: [['Ada', 'x']] }, { fileConfig: { kind: 'roster', columns: { rep: 'Who' } } });
    expect(pinned.report).toMatchObject({ kind: 'roster', kindReason: 'pinned in config ("kind": "roster")', accepted: 1 });
    expect(pinned.roster[0]!.rep).toBe('Ada');
    const ignored = map({ headers: ['Opportunity ID', 'Opportunity Owner', 'Stage'], rows: [['1', 'Ada', 'Won']] }, { fileConfig: { kind: 'ignore' } });
    expect(ignored.report).toMatchObject({ kind: 'unknown', kindReason: 'ignored in config', skipped: 1, accepted: 0 });
    expect(messages(ignored)).toEqual(['deals.csv was not used because its entry in quarterdeck.config.json says "kind": "ignore"; remove that entry to read it.']);
  });

  it('lists at most 15 headers in the reason', () => {
    const headers = Array.from({ length: 18 }, (_, i) => `col${i + 1}`);
    const mapped = map({ headers, rows: [] });
    expect(mapped.report.kindReason).toBe(`no Stage, Amount or Close Date column; headers were: ${headers.slice(0, 15).join(', ')} and 3 more`);
  });
});
