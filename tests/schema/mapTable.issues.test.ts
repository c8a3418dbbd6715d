/** Friendly issues of the deals mapping, with the exact text of the main kinds pinned. */
import { describe, expect, it } from 'vitest';
import { map, messages } from './helpers/rawTable.ts';

const HEAD = ['Opportunity ID', 'Opportunity Owner', 'Stage', 'Amount', 'Close Date'];

describe('mapTable: bad cells', () => {
  it('keeps a row with an impossible optional date, without the date, and says so in one sentence', () => {
    const rows = Array.from({ length: 13 }, (_, i) => [`D${i}`, 'Ada', 'Prospecting', '100', '2026-10-05']);
    rows[12] = ['D12', 'Ada', 'Prospecting', '100', '2026-02-30']; // table row 14 in Excel (header is row 1)
    const mapped = map({ headers: HEAD, rows });
    expect(mapped.report.accepted).toBe(13);
    expect(mapped.deals[12]!.closeDate).toBeNull();
    expect(mapped.report.issues).toEqual([
      {
        severity: 'warning', code: 'invalid-date', file: 'deals.csv', sheet: null, row: 14, column: 'Close Date', value: '2026-02-30',
        message: 'deals.csv › row 14 › Close Date: "2026-02-30" is not a real calendar date; expected a date such as 2026-10-05. Fix the cell or clear it.',
      },
    ]);
  });

  it('names the sheet of a workbook and says what a bad amount should look like', () => {
    const mapped = map({ file: 'deals.xlsx', sheet: 'Pipeline', headers: HEAD, rows: [['D1', 'Ada', 'Prospecting', 'TBD', '']] });
    expect(messages(mapped)).toEqual([
      'deals.xlsx › Pipeline › row 2 › Amount: "TBD" is not an amount; expected an amount such as 12500, 12,500.00, $12,500 or (1,200). Fix the cell or clear it.',
    ]);
    expect(mapped.deals[0]!.amount).toBeNull();
  });

  it('keeps a row without an owner (one warning for the table), rejects one without stage or status', () => {
    const mapped = map({ headers: HEAD, rows: [['D1', '', 'Prospecting', '1', ''], ['D2', 'Ada', '  ', '1', ''], ['D3', 'Ada', 'Prospecting', '1', ''], ['D4', '', 'Prospecting', '1', '']] });
    expect(mapped.report).toMatchObject({ accepted: 3, rejected: 1 });
    expect(mapped.deals.map((d) => [d.id, d.owner])).toEqual([['D1', null], ['D3', 'Ada'], ['D4', null]]);
    expect(mapped.report.issues.map((i) => [i.severity, i.code, i.row, i.column, i.message])).toEqual([
      ['error', 'missing-stage', 3, 'Stage', 'deals.csv › row 3 › Stage: the cell is empty and the row has no status, so the row was left out; fill in the stage (or a status of open, won or lost).'],
      ['warning', 'missing-owner', 2, 'Opportunity Owner', 'deals.csv: 2 deals (first: row 2) have an empty "Opportunity Owner" cell, so they are kept and shown under "Unassigned"; fill in the owner in the CRM export.'],
    ]);
  });

  it('keeps a won deal without a close date, with a warning', () => {
    const mapped = map({ headers: HEAD, rows: [['D1', 'Ada', 'Closed Won', '5', '']] });
    expect(mapped.deals[0]).toMatchObject({ status: 'won', closeDate: null });
    expect(messages(mapped, 'missing-close-date')).toEqual([
      'deals.csv › row 2 › Close Date: the deal is won but has no close date, so it is kept without one and left out of results by period; fill in the close date.',
    ]);
  });
});

describe('mapTable: a required column missing from the whole table', () => {
  it('without an owner column, keeps every deal under "Unassigned" with one warning naming config `columns`', () => {
    const mapped = map({ headers: ['Opportunity ID', 'Stage', 'Amount', 'Close Date'], rows: [['D1', 'Prospecting', '1', ''], ['D2', 'Prospecting', '2', ''], ['D3', 'Closed Won', '3', '2026-01-01']] });
    expect(mapped.report).toMatchObject({ kind: 'deals', accepted: 3, rejected: 0 });
    expect(mapped.deals.map((d) => d.owner)).toEqual([null, null, null]);
    expect(mapped.report.issues.map((i) => [i.severity, i.code, i.row, i.message])).toEqual([
      [
        'warning', 'no-owner-column', null,
        'deals.csv: no owner column was found (expected a header such as "Opportunity Owner", "Owner" or "Deal owner"), so its 3 deals are shown under "Unassigned": company totals, the forecast and the pipeline are complete, but rep views are not; add the owner column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "owner": "Your header" }.',
      ],
    ]);
  });

  it('without a stage or status column, gives one table-level error and rejects every row', () => {
    const mapped = map({ headers: ['Opportunity ID', 'Owner', 'Amount', 'Close Date'], rows: [['D1', 'Ada', '1', ''], ['D2', 'Ada', '2', '']] }, { fileConfig: { kind: 'deals' } });
    expect(mapped.report).toMatchObject({ kind: 'deals', accepted: 0, rejected: 2 });
    expect(messages(mapped, 'missing-column')).toEqual([
      'deals.csv: no stage column was found (expected a header such as "Stage", "StageName" or "Deal Stage"), so none of its 2 rows were used; add the column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "stage": "Your header" }.',
    ]);
  });

  it('accepts the rows once config `columns` names the owner column', () => {
    const mapped = map(
      { headers: ['Opportunity ID', 'Seller', 'Stage'], rows: [['D1', 'Ada', 'Prospecting']] },
      { config: { columns: { owner: 'Seller' } } },
    );
    expect(mapped.report.accepted).toBe(1);
    expect(mapped.deals[0]!.owner).toBe('Ada');
    expect(mapped.report.mapping.owner).toBe('Seller');
  });
});

describe('mapTable: unknown stages', () => {
  it('warns once per distinct stage, matches trailing spaces, and says how to add it to `stages`', () => {
    const mapped = map({
      headers: HEAD,
      rows: [
        ['D1', 'Ada', 'Verbal Yes', '1', ''],
        ['D2', 'Ada', 'Verbal Yes ', '1', ''],
        ['D3', 'Ada', 'Closed Lost ', '1', '2026-01-01'],
        ['D4', 'Ada', 'Verbal Yes', '1', ''],
        ['D5', 'Ada', 'Paused', '1', ''],
        ['D6', 'Ada', 'verbal-yes', '1', ''],
      ],
    });
    expect(mapped.deals.map((d) => [d.stage, d.status])).toEqual([
      ['Verbal Yes', 'open'], ['Verbal Yes', 'open'], ['Closed Lost', 'lost'], ['Verbal Yes', 'open'], ['Paused', 'open'], ['verbal-yes', 'open'],
    ]);
    expect(mapped.report.issueCounts.byCode['unknown-stage']).toBe(2);
    expect(messages(mapped, 'unknown-stage')).toEqual([
      'deals.csv › row 2 › Stage: "Verbal Yes" is not a known stage, so deals at this stage count as open; add it to "stages" in quarterdeck.config.json, e.g. { "name": "Verbal Yes", "status": "open" }.',
      'deals.csv › row 6 › Stage: "Paused" is not a known stage, so deals at this stage count as open; add it to "stages" in quarterdeck.config.json, e.g. { "name": "Paused", "status": "open" }.',
    ]);
  });

  it('with a status column, an unknown stage is only worth knowing (info)', () => {
    const mapped = map({ headers: ['Deal - ID', 'Deal - Owner', 'Deal - Stage', 'Deal - Status', 'Deal - Won time'], rows: [['1', 'Ada', 'Custom step', 'won', '2026-03-05 14:22:10']] });
    expect(mapped.deals[0]!.status).toBe('won');
    expect(mapped.report.issues.map((i) => [i.severity, i.code])).toEqual([['info', 'unknown-stage'], ['warning', 'no-amount-column']]);
  });

  it('warns once per unknown status value and falls back to the stage', () => {
    const mapped = map({ headers: ['Deal - ID', 'Deal - Owner', 'Deal - Stage', 'Deal - Status'], rows: [['1', 'Ada', 'Closed Won', 'deleted'], ['2', 'Ada', 'Lead In', 'deleted']] });
    expect(mapped.deals.map((d) => d.status)).toEqual(['won', 'open']);
    expect(messages(mapped, 'unknown-status')).toEqual([
      'deals.csv › row 2 › Deal - Status: "deleted" is not a deal status; expected Open, Won or Lost, so the stage decides for rows with this value; fix the value in the export.',
    ]);
  });
});

describe('mapTable: forecast categories', () => {
  it.each([
    ['Commit', 'commit'], ['Best Case', 'bestCase'], ['BestCase', 'bestCase'], ['Pipeline', 'pipeline'], ['Omitted', 'omitted'],
    ['Closed', 'closed'], ['Forecast', 'commit'], ['best_case', 'bestCase'], ['Not forecasted', 'omitted'], ['Committed', 'commit'],
  ])('%s -> %s', (text, category) => {
    const mapped = map({ headers: [...HEAD, 'Forecast Category'], rows: [['D1', 'Ada', 'Prospecting', '1', '', text]] });
    expect(mapped.deals[0]!.forecastCategory).toBe(category);
  });

  it('an unknown category is warned once and left empty; without the column the stage gives it', () => {
    const mapped = map({ headers: [...HEAD, 'Forecast Category'], rows: [['D1', 'Ada', 'Prospecting', '1', '', 'Maybe'], ['D2', 'Ada', 'Prospecting', '1', '', 'Maybe']] });
    expect(mapped.deals.map((d) => d.forecastCategory)).toEqual([null, null]);
    expect(mapped.report.issueCounts.byCode['unknown-forecast-category']).toBe(1);
    const noColumn = map({ headers: HEAD, rows: [['D1', 'Ada', 'Prospecting', '1', ''], ['D2', 'Ada', 'Closed Won', '1', '2026-01-01']] });
    expect(noColumn.deals.map((d) => d.forecastCategory)).toEqual(['pipeline', 'closed']);
  });
});

describe('mapTable: derived ids', () => {
  const spec = {
    headers: ['Opportunity Name', 'Account Name', 'Opportunity Owner', 'Stage', 'Created Date'],
    rows: [
      ['Acme deal', 'Acme', 'Ada', 'Prospecting', '2026-01-05'],
      ['Globex deal', 'Globex', 'Ada', 'Prospecting', '2026-01-06'],
      ['Acme deal', 'Acme', 'Ada', 'Qualification', '2026-01-05'],
    ],
  };

  it('derives the same ids on every run, with one warning per table', () => {
    const first = map(spec);
    const second = map({ ...spec, file: 'other-snapshot.csv', rows: [spec.rows[1]!, spec.rows[0]!] });
    expect(first.deals.map((d) => d.idDerived)).toEqual([true, true, true]);
    expect(first.deals[0]!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(second.deals[1]!.id).toBe(first.deals[0]!.id);
    expect(second.deals[0]!.id).toBe(first.deals[1]!.id);
    // the same name, account, created date and owner twice in one table: the second gets -2
    expect(first.deals[2]!.id).toBe(`${first.deals[0]!.id}-2`);
    expect(first.report.issueCounts.byCode['derived-ids']).toBe(1);
    expect(messages(first, 'derived-ids')).toEqual([
      'deals.csv: there is no deal id column, so each deal\'s id was derived from its name, account, created date and owner; add an id column (such as "Opportunity ID" or "Record ID") to the export so deals are matched reliably across snapshots.',
    ]);
  });

  it('uses the id as the name when there is no name column', () => {
    const mapped = map({ headers: ['Id', 'Owner', 'Stage'], rows: [['X1', 'Ada', 'Lead In']] });
    expect(mapped.deals[0]).toMatchObject({ id: 'X1', name: 'X1', idDerived: false });
  });
});

describe('mapTable: headers', () => {
  it('reports duplicate headers, exact or after normalisation, naming both columns; the first wins', () => {
    const mapped = map({
      headers: ['Opportunity ID', 'Opportunity Owner', 'Stage', 'Close Date', 'Notes', 'close_date', 'Notes'],
      rows: [['D1', 'Ada', 'Prospecting', '2026-10-05', 'a', '2027-01-01', 'b']],
    });
    expect(mapped.deals[0]!.closeDate).toBe('2026-10-05');
    expect({ ...mapped.deals[0]!.attributes }).toEqual({ Notes: 'a', close_date: '2027-01-01', 'Notes (column G)': 'b' });
    expect(messages(mapped, 'duplicate-column')).toEqual([
      'deals.csv: columns D ("Close Date") and F ("close_date") have the same header once case, spaces and punctuation are ignored, so only column D is read as "Close Date"; rename or remove one of them, or pick one with "columns" in quarterdeck.config.json.',
      'deals.csv: columns E ("Notes") and G ("Notes") have the same header, so only column E is read as "Notes"; rename or remove one of them, or pick one with "columns" in quarterdeck.config.json.',
    ]);
  });

  it('cannot pollute prototypes through headers or values', () => {
    const mapped = map({
      headers: ['Opportunity ID', 'Opportunity Owner', 'Stage', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', ''],
      rows: [['D1', 'Ada', '__proto__', '{"polluted": true}', 'x', 'y', 'z', 'w']],
    });
    const attributes = mapped.deals[0]!.attributes;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.keys(attributes)).toEqual(['__proto__ (column)', 'constructor (column)', 'prototype (column)', 'hasOwnProperty', '(column H)']);
    expect(attributes['__proto__ (column)']).toBe('{"polluted": true}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(mapped.deals[0]!.stage).toBe('__proto__');
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });

  it('applies config columns: the file entry wins over the global one, and a missing header is reported', () => {
    const mapped = map(
      { headers: ['ID', 'Seller', 'Stage', 'Amount', 'Net Amount'], rows: [['D1', 'Ada', 'Prospecting', '100', '90']] },
      { config: { columns: { owner: 'Seller', amount: 'Amount' } }, fileConfig: { columns: { amount: 'Net Amount', type: 'Deal Kind' } } },
    );
    expect(mapped.deals[0]).toMatchObject({ owner: 'Ada', amount: 90 });
    expect({ ...mapped.deals[0]!.attributes }).toEqual({ Amount: '100' });
    expect(messages(mapped, 'config-column-not-found')).toEqual([
      'deals.csv: quarterdeck.config.json maps "type" to the column "Deal Kind", which is not in this table; fix the header name in the file\'s "columns" entry (the headers are "ID", "Seller", "Stage", "Amount", "Net Amount").',
    ]);
  });
});

describe('mapTable: issue limit', () => {
  it('keeps the first 50 issues of a table and counts all of them', () => {
    const rows = Array.from({ length: 70 }, (_, i) => [`D${i}`, 'Ada', 'Prospecting', 'n/a?', 'soon']);
    const mapped = map({ headers: HEAD, rows });
    expect(mapped.report.issues).toHaveLength(50);
    expect(mapped.report.issueCounts).toEqual({ error: 0, warning: 140, info: 0, byCode: { 'invalid-amount': 70, 'invalid-date': 70 } });
    expect(mapped.report.accepted).toBe(70);
  });
});
