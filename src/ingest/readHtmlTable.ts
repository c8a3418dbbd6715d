/**
 * An HTML page with a table (Salesforce's printable view, saved as .xls) to one raw table:
 * the largest <table> on the page, read by SheetJS with every cell kept as text (as in CSV),
 * so dates and amounts are not guessed here.
 */
import * as XLSX from 'xlsx';
import { buildTable } from './buildTable.ts';
import { filledCount } from './cellText.ts';
import { sheetGrid, TooManyCellsError } from './sheetGrid.ts';
import { tooManyCellsNote } from './tooManyCellsNote.ts';
import type { Grid } from './grid.ts';
import type { IngestNote, RawTable, TextEncoding } from './types.ts';

export interface HtmlReadOptions {
  encoding: TextEncoding;
  headerRow?: number;
  /** Most cells the table may span (see sheetGrid); a table over it is refused with an error. */
  maxCells?: number;
}

export function readHtmlTable(file: string, text: string, options: HtmlReadOptions): { table: RawTable | null; notes: IngestNote[] } {
  let workbook: XLSX.WorkBook | null = null;
  try {
    workbook = XLSX.read(text, { type: 'string', dense: true, raw: true, cellDates: false, cellHTML: false, cellText: false });
  } catch {
    workbook = null;
  }
  let largest: Grid | null = null;
  let largestCells = 0;
  for (const name of workbook?.SheetNames ?? []) {
    const sheet = workbook?.Sheets[name];
    let grid: Grid | null;
    try {
      grid = sheet === undefined ? null : sheetGrid(sheet, options.maxCells !== undefined ? { maxCells: options.maxCells } : {});
    } catch (error) {
      if (!(error instanceof TooManyCellsError)) throw error;
      return { table: null, notes: [tooManyCellsNote(file, null, error)] };
    }
    if (grid === null) continue;
    let cells = 0;
    for (const record of grid.records) cells += filledCount(record);
    if (cells > largestCells) {
      largest = grid;
      largestCells = cells;
    }
  }
  if (largest === null) {
    return {
      table: null,
      notes: [
        {
          severity: 'error',
          code: 'no-table',
          rowNumber: null,
          message: `${file} is a web page (HTML) with no table of data in it, not a report export: export the report again as CSV or XLSX (a login or error page is sometimes saved instead of the report).`,
        },
      ],
    };
  }
  const table = buildTable(
    largest,
    { file, sheet: null, format: 'html', encoding: options.encoding, delimiter: null },
    { raggedRows: 'beyond-header', ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}) },
  );
  return { table, notes: [] };
}
