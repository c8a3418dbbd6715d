import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src/site/tables/checkTable.ts';
import { siteTables, tableById } from '../../src/site/siteTables.ts';
import type { TableDef } from '../../src/site/tables/tableTypes.ts';
import { tableCsv } from '../../src/site/tables/tablesCsv.ts';
import { siteData } from './siteDataFixture.ts';

const minimal: TableDef = { id: 'x', title: 'X', caption: 'X.', columns: [{ key: 'a', label: 'A', kind: 'text' }], rows: [] };

describe('siteTables', () => {
  it('siteTables(siteData) returns the registered tables, valid and with unique ids', () => {
    const tables = siteTables(siteData);
    expect(tables.map((t) => t.id)).toEqual(['data-files', 'open-deals']);
    expect(siteTables(siteData)).toBe(tables); // memoised per site data
  });

  it('siteTables rejects two tables with one id', () => {
    expect(() => siteTables(siteData, [() => minimal, () => [minimal]])).toThrow('duplicate table id: x');
  });

  it('tableById finds a table and names the registry when it cannot', () => {
    expect(tableById(siteData, 'open-deals').title).toBe('Open deals');
    expect(() => tableById(siteData, 'nope')).toThrow('unknown table: nope');
  });
});

describe('checkTable', () => {
  it.each<[string, TableDef, string]>([
    ['a bad id', { ...minimal, id: 'Open Deals' }, 'invalid table id'],
    ['a reserved key', { ...minimal, columns: [{ key: '__proto__', label: 'P', kind: 'text' }] }, 'invalid column key'],
    ['a duplicate key', { ...minimal, columns: [minimal.columns[0]!, minimal.columns[0]!] }, 'duplicate column key: a'],
    ['a filter on a number', { ...minimal, columns: [{ key: 'n', label: 'N', kind: 'number' }], filters: ['n'] }, 'filter column is not text: n'],
    ['an unknown filter', { ...minimal, filters: ['zz'] }, 'unknown filter column: zz'],
    ['an unknown sort', { ...minimal, defaultSort: { key: 'zz', direction: 'ascending' } }, 'unknown sort column: zz'],
    ['money without currency', { ...minimal, columns: [{ key: 'm', label: 'M', kind: 'money' }] }, 'money column without a currency'],
  ])('checkTable rejects %s', (_name, def, message) => {
    expect(() => checkTable(def)).toThrow(message);
  });
});

describe('dataFilesTable', () => {
  it('one row per table, a zero row for a file without tables, totals from the report', () => {
    const table = tableById(siteData, 'data-files');
    expect(table.rows).toEqual([
      { file: 'deals.csv', sheet: null, kind: 'deals', format: 'csv, utf-8, ";"', headerRow: 1, read: 7, accepted: 4, rejected: 1, skipped: 2, snapshot: '2026-09-16', snapshotSource: 'file name' },
      { file: 'broken.xlsx', sheet: null, kind: 'unreadable', format: null, headerRow: null, read: 0, accepted: 0, rejected: 0, skipped: 0, snapshot: null, snapshotSource: null },
    ]);
    expect(table.totals).toEqual({ read: 7, accepted: 4, rejected: 1, skipped: 2 });
  });
});

describe('openDealsTable', () => {
  it('open deals only, largest first, unknown amount last, total of the known amounts', () => {
    const table = tableById(siteData, 'open-deals');
    // D4 is won: left out. Known open amounts 5000 + 250 = 5250.
    expect(table.rows.map((r) => r.id)).toEqual(['D1', 'D2', 'D3']);
    expect(table.totals).toEqual({ amount: 5250 });
    expect(table.rows[0]).toMatchObject({ category: 'Commit', amount: 5000, probability: 0.5, daysInStage: 12, pushes: 1 });
    expect(table.rows[2]).toMatchObject({ category: null, amount: null, pushes: null, daysInStage: null });
  });

  it('tableCsv(open deals) writes the default order, the currency in the amount header, no totals line', () => {
    const csv = tableCsv(tableById(siteData, 'open-deals'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Deal,Account,Owner,Team,Region,Stage,Forecast category,Amount (USD),Close date,CRM probability,Days in stage,Close date pushes,Days since activity,Deal ID');
    expect(lines[1]).toBe('Deal D1,Acme,Ana,East,Americas,Negotiation,Commit,5000,2026-10-30,0.5,12,1,3,D1');
    expect(lines[3]).toBe('Deal D3,Acme,Bo,West,Americas,Proposal,,,2026-10-30,0.5,,,,D3');
    expect(lines).toHaveLength(5); // header, three deals, and the empty string after the last CRLF
  });
});
