import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../src/schema/types.ts';
import { map, messages } from './helpers/rawTable.ts';

describe('mapTable: Salesforce OpportunityHistory (one state per row)', () => {
  // the DTC export's header: leading spaces in seven names
  const headers = ['OpportunityName', ' CloseDate', ' Amount', ' CreatedDate', ' StageName', ' ForecastCategory', ' Probability', ' ExpectedRevenue'];
  const mapped = map({
    file: 'DTC_OpportunityHistory.csv',
    headers,
    rows: [
      ['Opportunity for Conner5', '2015-09-26', '32400', '2015-07-01', 'Qualification', 'Pipeline', '10', '324000'],
      ['Opportunity for McLaughlin130', '2015-08-13', '1249000', '2015-07-01', 'Negotiation/Review', 'Forecast', '90', '112410000'],
      ['Opportunity for McLaughlin130', '2015-08-13', '624500', '2015-06-17', 'Closed Lost ', 'Omitted', '0', '0'],
      ['', '2015-08-13', '1', '2015-06-17', 'Prospecting', 'Pipeline', '10', '0'],
      ['Opportunity for X', '2015-08-13', '1', '', 'Prospecting', 'Pipeline', '10', '0'],
    ],
  });

  it('maps the leading-space headers and keys rows by deal name', () => {
    expect(mapped.report.kind).toBe('history');
    expect(mapped.report.mapping).toMatchObject({ dealName: 'OpportunityName', closeDate: ' CloseDate', amount: ' Amount', date: ' CreatedDate', stage: ' StageName', forecastCategory: ' ForecastCategory', probability: ' Probability' });
    const source = (row: number) => ({ file: 'DTC_OpportunityHistory.csv', sheet: null, row });
    expect(mapped.history).toEqual<HistoryRow[]>([
      { dealKey: 'Opportunity for Conner5', keyType: 'name', date: '2015-07-01', stage: 'Qualification', status: 'open', amount: 32400, currency: null, closeDate: '2015-09-26', forecastCategory: 'pipeline', probability: 0.1, source: source(2) },
      { dealKey: 'Opportunity for McLaughlin130', keyType: 'name', date: '2015-07-01', stage: 'Negotiation/Review', status: 'open', amount: 1249000, currency: null, closeDate: '2015-08-13', forecastCategory: 'commit', probability: 0.9, source: source(3) },
      { dealKey: 'Opportunity for McLaughlin130', keyType: 'name', date: '2015-06-17', stage: 'Closed Lost', status: 'lost', amount: 624500, currency: null, closeDate: '2015-08-13', forecastCategory: 'omitted', probability: 0, source: source(4) },
    ]);
  });

  it('rejects rows without a deal key or a date', () => {
    expect(mapped.report).toMatchObject({ accepted: 3, rejected: 2 });
    expect(messages(mapped)).toEqual([
      'DTC_OpportunityHistory.csv › row 5 › OpportunityName: the cell is empty, but every history row needs the deal\'s id or name, so the row was left out; fill it in.',
      'DTC_OpportunityHistory.csv › row 6 › CreatedDate: the cell is empty, but every history row needs the date of the change, so the row was left out; fill in the date.',
    ]);
  });

  it('keys by id when the table has an id column', () => {
    const byId = map({ file: 'opportunity_history.csv', headers: ['OpportunityId', 'StageName', 'Amount', 'CreatedDate'], rows: [['006A', 'Prospecting', '5', '2026-01-02']] });
    expect(byId.history[0]).toMatchObject({ dealKey: '006A', keyType: 'id', date: '2026-01-02', status: 'open' });
  });
});

describe('mapTable: field history report (one changed field per row)', () => {
  const mapped = map({
    file: 'Opportunity Field History.csv',
    headers: ['Opportunity ID', 'Opportunity Name', 'Field / Event', 'Old Value', 'New Value', 'Edit Date', 'Edited By'],
    rows: [
      ['006A', 'Acme', 'Stage', 'Prospecting', 'Qualification', '2/1/2026', 'Ada'],
      ['006A', 'Acme', 'Created.', '', '', '1/15/2026', 'Ada'],
      ['006A', 'Acme', 'Amount', 'USD 1,000.00', 'USD 1,500.00', '2/10/2026', 'Ada'],
      ['006A', 'Acme', 'Close Date', '3/31/2026', '4/30/2026', '2/20/2026', 'Ada'],
      ['006A', 'Acme', 'Stage', 'Qualification', 'Closed Won', '4/28/2026', 'Ada'],
      ['006B', 'Globex', 'Next Step', '', 'Call', '2/3/2026', 'Alan'],
      ['006B', 'Globex', 'Probability (%)', '10', '20', '2/4/2026', 'Alan'],
    ],
  });

  it('carries the tracked fields forward in date order; before its first change a field has the Old Value', () => {
    expect(mapped.report).toMatchObject({ kind: 'history', accepted: 7, rejected: 0 });
    const states = mapped.history.map((h) => [h.dealKey, h.date, h.stage, h.status, h.amount, h.currency, h.closeDate, h.probability, h.source.row]);
    expect(states).toEqual([
      // 006A: the created event first (Jan 15); stage was Prospecting, amount 1000 USD, close date Mar 31 until they changed
      ['006A', '2026-01-15', 'Prospecting', 'open', 1000, 'USD', '2026-03-31', null, 3],
      ['006A', '2026-02-01', 'Qualification', 'open', 1000, 'USD', '2026-03-31', null, 2],
      ['006A', '2026-02-10', 'Qualification', 'open', 1500, 'USD', '2026-03-31', null, 4],
      ['006A', '2026-02-20', 'Qualification', 'open', 1500, 'USD', '2026-04-30', null, 5],
      ['006A', '2026-04-28', 'Closed Won', 'won', 1500, 'USD', '2026-04-30', null, 6],
      // 006B: a Next Step change (not tracked) then the probability, 10% -> 20%
      ['006B', '2026-02-03', null, null, null, null, null, 0.1, 7],
      ['006B', '2026-02-04', null, null, null, null, null, 0.2, 8],
    ]);
    expect(mapped.history.every((h) => h.keyType === 'id')).toBe(true);
  });
});
