/**
 * The error for a sheet or HTML table refused by sheetGrid's cell budget: where the far-right
 * value is and how to clear it.
 */
import * as XLSX from 'xlsx';
import { describePlace } from './describePlace.ts';
import type { TooManyCellsError } from './sheetGrid.ts';
import type { IngestNote } from './types.ts';

/** A sheet (or HTML table, sheet null) whose stray far-right values span too many cells to read. */
export function tooManyCellsNote(file: string, sheet: string | null, error: TooManyCellsError): IngestNote {
  return {
    severity: 'error',
    code: 'too-many-cells',
    rowNumber: error.rowNumber,
    message: `${describePlace(file, sheet, error.rowNumber)} has a value as far right as column ${XLSX.utils.encode_col(error.lastColumn)}, and with the rows above it the ${sheet === null ? 'table' : 'sheet'} spans more than ${error.maxCells.toLocaleString('en-US')} cells, far more than its data, so it was not read: in Excel, delete the empty columns to the right of the table and the rows below it (or clear the stray cells), save, and try again.`,
  };
}
