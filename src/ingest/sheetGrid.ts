/**
 * A SheetJS worksheet (dense mode) to records. Numbers stay numbers (dates stay Excel
 * serial numbers: the schema converts them), text stays text, booleans stay booleans,
 * formula cells give their cached value, error cells give their text (#N/A). Rows start at
 * the sheet's first used row and end at its last row with a value; columns start at its first
 * used column; row numbers are Excel's.
 */
import * as XLSX from 'xlsx';
import type { Grid } from './grid.ts';
import type { Cell } from './types.ts';

export interface SheetGridOptions {
  /** Add 1462 days to date-formatted numbers (workbooks in the 1904 date system; needs cellNF). */
  shift1904?: boolean;
  /**
   * Most cells the grid may hold (each row counts from the first column to its last value).
   * A few stray values far to the right on many rows make a tiny file span billions of cells;
   * past this the sheet is refused with a TooManyCellsError before the memory is taken.
   */
  maxCells?: number;
}

/** The sheet spans more cells than SheetGridOptions.maxCells allows. */
export class TooManyCellsError extends Error {
  constructor(
    /** Excel row number of the row that went over the limit. */
    readonly rowNumber: number,
    /** 0-based index of that row's last column with a value. */
    readonly lastColumn: number,
    readonly maxCells: number,
  ) {
    super(`sheet spans more than ${maxCells} cells`);
  }
}

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Null when the sheet has no used range. */
export function sheetGrid(sheet: XLSX.WorkSheet, options: SheetGridOptions = {}): Grid | null {
  const ref = sheet['!ref'];
  if (ref === undefined || ref === '') return null;
  const range = XLSX.utils.decode_range(ref);
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  // The sheet's dimension can run far past the data (formatted empty rows): stop at the last row with a value.
  let lastRow = Math.min(range.e.r, data.length - 1);
  while (lastRow >= range.s.r && !hasValue(data[lastRow])) lastRow--;
  const records: Cell[][] = [];
  const maxCells = options.maxCells ?? Infinity;
  let spanned = 0;
  for (let r = range.s.r; r <= lastRow; r++) {
    const row = data[r];
    const cells: Cell[] = [];
    if (row !== undefined && row !== null) {
      let end = Math.min(row.length, range.e.c + 1);
      while (end > range.s.c && (row[end - 1] === undefined || row[end - 1] === null)) end--;
      spanned += Math.max(0, end - range.s.c);
      if (spanned > maxCells) throw new TooManyCellsError(r + 1, end - 1, maxCells);
      let last = -1;
      for (let c = range.s.c; c < end; c++) {
        const value = cellValue(row[c], options.shift1904 === true);
        cells.push(value);
        if (value !== null) last = cells.length - 1;
      }
      cells.length = last + 1;
    }
    records.push(cells);
  }
  return { records, rowNumbers: null, firstRowNumber: range.s.r + 1 };
}

function cellValue(cell: XLSX.CellObject | undefined, shift1904: boolean): Cell {
  if (cell === undefined || cell === null) return null;
  const v = cell.v;
  switch (cell.t) {
    case 'n':
      if (typeof v !== 'number') return null;
      return shift1904 && cell.z !== undefined && XLSX.SSF.is_date(cell.z) ? v + 1462 : v;
    case 's':
      return typeof v === 'string' ? v : v === undefined ? null : String(v);
    case 'b':
      return v === true;
    case 'e':
      return typeof v === 'number' ? (ERRORS[v] ?? '#ERROR') : '#ERROR';
    case 'd':
      if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
      return typeof v === 'string' ? v : null;
    default:
      return null;
  }
}

function hasValue(row: (XLSX.CellObject | undefined)[] | undefined): boolean {
  if (row === undefined || row === null) return false;
  for (const cell of row) if (cell !== undefined && cell !== null && cell.t !== 'z') return true;
  return false;
}
