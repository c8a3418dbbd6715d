import { describe, expect, it } from 'vitest';
import { buildTable, type TableSource } from '../../src/ingest/buildTable.ts';
import type { Grid } from '../../src/ingest/grid.ts';
import type { Cell } from '../../src/ingest/types.ts';
import { expectAccounted, oneTo } from './expectAccounted.ts';

const csv: TableSource = { file: 'f.csv', sheet: null, format: 'csv', encoding: 'utf-8', delimiter: ',' };
const sheet: TableSource = { file: 'f.xlsx', sheet: 'Deals', format: 'xlsx', encoding: null, delimiter: null };
const grid = (records: Cell[][], firstRowNumber = 1): Grid => ({ records, rowNumbers: null, firstRowNumber });

describe('buildTable', () => {
  it('skips every row as blank and warns when there is no row with values', () => {
    const table = buildTable(grid([[''], [], ['', ' ']]), csv, { raggedRows: 'per-row' });
    expect(table.headerRow).toBeNull();
    expect(table.rows).toEqual([]);
    expect(table.skipped.map((s) => s.reason)).toEqual(['blank', 'blank', 'blank']);
    expect(table.rowsRead).toBe(3);
    expect(table.notes.map((n) => n.message)).toEqual([
      'f.csv has no rows with values, so no table was read: export the report again, or remove the file from the data folder.',
    ]);
    expectAccounted(table, oneTo(3));
  });

  it('keeps the first 20 ragged-row notes and sums up the rest in one note', () => {
    const records: Cell[][] = [['a', 'b', 'c']];
    for (let i = 0; i < 30; i++) records.push(['x', 'y']);
    const table = buildTable(grid(records), csv, { raggedRows: 'per-row' });
    expect(table.notes).toHaveLength(21);
    expect(table.notes[19]?.rowNumber).toBe(21);
    expect(table.notes[20]).toEqual({
      severity: 'warning',
      code: 'ragged-row',
      rowNumber: null,
      message:
        'f.csv has 10 more rows with the same problem as above (ragged-row, 30 in all), not listed one by one: fix the rows listed first, then read the file again to see the rest.',
    });
    expect(table.rows.every((r) => r.cells.length === 3 && r.cells[2] === null)).toBe(true);
  });

  it('pads short sheet rows silently and warns once about values right of the last header', () => {
    const records: Cell[][] = [['Name', 'Amount'], ['Acme'], ['Globex', 2, 'note'], ['Initech', 3, null, 'x']];
    const table = buildTable(grid(records, 4), sheet, { raggedRows: 'beyond-header' });
    expect(table.headerRow).toBe(4);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Acme', null],
      ['Globex', 2, 'note'],
      ['Initech', 3, null, 'x'],
    ]);
    expect(table.notes).toEqual([
      {
        severity: 'warning',
        code: 'cells-beyond-header',
        rowNumber: 6,
        message:
          'f.xlsx › Deals › row 6 and 1 more row have values to the right of the last column with a header, and those values have no column name: give the column a header, or clear the cells.',
      },
    ]);
    expectAccounted(table, [4, 5, 6, 7]);
  });

  it('warns when the configured header row is blank, then detects the header', () => {
    const table = buildTable(grid([['Title'], [], ['a', 'b', 'c'], ['1', '2', '3']]), csv, { raggedRows: 'per-row', headerRow: 2 });
    expect(table.headerRow).toBe(3);
    expect(table.notes[0]?.message).toBe(
      'f.csv › row 2 was set as the header row in quarterdeck.config.json but it is blank, so the header was detected instead: set headerRow to the row that holds the column names.',
    );
  });

  it('records title rows, trimmed and cut at 200 characters', () => {
    const long = 'x'.repeat(250);
    const table = buildTable(grid([['  Report  ', null, ' Q3 '], [long], [], ['a', 'b', 'c'], ['1', '2', '3']]), csv, { raggedRows: 'per-row' });
    expect(table.headerRow).toBe(4);
    expect(table.titleLines).toEqual(['Report Q3', 'x'.repeat(200)]);
    expect(table.skipped).toEqual([
      { rowNumber: 1, reason: 'title', text: 'Report Q3' },
      { rowNumber: 2, reason: 'title', text: 'x'.repeat(200) },
      { rowNumber: 3, reason: 'blank', text: '' },
    ]);
    expectAccounted(table, oneTo(5));
  });

  it('keeps header cells exactly as in the file, as text', () => {
    const table = buildTable(grid([[' Amount ', 2026, true, null, 'x']]), sheet, { raggedRows: 'beyond-header' });
    expect(table.headers).toEqual([' Amount ', '2026', 'TRUE', '', 'x']);
  });
});
