/**
 * A workbook (.xlsx, .xlsm, .xls) to one raw table per sheet, through SheetJS. Hidden
 * sheets, chart sheets and empty sheets are listed as not read. A workbook that yields no
 * table says why: only a pivot cache, only hidden sheets, or nothing at all.
 */
import * as XLSX from 'xlsx';
import { buildTable } from './buildTable.ts';
import { describePlace } from './describePlace.ts';
import { isBlankRow } from './cellText.ts';
import { sheetGrid, TooManyCellsError } from './sheetGrid.ts';
import { tooManyCellsNote } from './tooManyCellsNote.ts';
import type { FileReadResult, IngestNote, RawTable } from './types.ts';

export interface WorkbookReadOptions {
  format: 'xlsx' | 'xls';
  headerRow?: number;
  /** The sheet headerRow applies to (all sheets when absent). */
  sheet?: string;
  /** The zip holds a pivot cache (xl/pivotCache/...): explains a workbook without rows. */
  hasPivotCache?: boolean;
  /** Most cells one sheet may span (see sheetGrid); a sheet over it is refused with an error. */
  maxCells?: number;
}

export interface WorkbookRead {
  tables: RawTable[];
  sheetsNotRead: FileReadResult['sheetsNotRead'];
  notes: IngestNote[];
  /** False when SheetJS could not open the file (notes say why). */
  opened: boolean;
}

/** The leanest read SheetJS offers: dense cells, no text, formats, styles or macros (the bench's XLSX floor reads alike). */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: false,
  cellText: false,
  cellNF: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
};

/**
 * SheetJS tells of the parts of an .xls it cannot read ("Missing Info for XLS Record 0x...")
 * with console.error and goes on: here they are gathered into `skipped` (as "record 0x...")
 * for a note, instead of reaching the terminal without a file name. XLSX.read is synchronous,
 * so nothing else writes to the console meanwhile.
 */
function quietly<T>(read: () => T, skipped: string[]): T {
  const original = console.error;
  console.error = (...args: unknown[]): void => {
    const text = args.map(String).join(' ');
    const record = /XLS Record (0x[0-9a-f]+)/i.exec(text);
    skipped.push(record ? `record ${record[1]!.toLowerCase()}` : text.slice(0, 80));
  };
  try {
    return read();
  } finally {
    console.error = original;
  }
}

export const PASSWORD_MESSAGE =
  'is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.';

export function readWorkbook(file: string, bytes: Uint8Array, options: WorkbookReadOptions): WorkbookRead {
  const notes: IngestNote[] = [];
  let workbook: XLSX.WorkBook;
  const skippedRecords: string[] = [];
  try {
    workbook = quietly(() => XLSX.read(bytes, READ_OPTIONS), skippedRecords);
    if (workbook.Workbook?.WBProps?.date1904 === true) {
      // Only these rare workbooks pay for number formats, to tell dates from other numbers.
      workbook = quietly(() => XLSX.read(bytes, { ...READ_OPTIONS, cellNF: true }), []);
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/password/i.test(text)) {
      notes.push({ severity: 'error', code: 'password-protected', rowNumber: null, message: `${file} ${PASSWORD_MESSAGE}` });
    } else {
      notes.push({
        severity: 'error',
        code: 'corrupt-workbook',
        rowNumber: null,
        message: `${file} could not be opened as an Excel workbook (${text.slice(0, 120)}): open it in Excel and save it again as .xlsx, or export it again from the CRM.`,
      });
    }
    return { tables: [], sheetsNotRead: [], notes, opened: false };
  }

  if (skippedRecords.length > 0) {
    const n = skippedRecords.length;
    notes.push({
      severity: 'warning',
      code: 'unreadable-records',
      rowNumber: null,
      message: `${file} holds ${n === 1 ? 'a part' : `${n} parts`} that could not be read (${skippedRecords.slice(0, 3).join(', ')}${n > 3 ? ', ...' : ''}), so the file may be damaged and some values may be missing: open it in Excel and save it again as .xlsx, or export it again from the CRM.`,
    });
  }

  const shift1904 = workbook.Workbook?.WBProps?.date1904 === true;
  if (shift1904) {
    notes.push({
      severity: 'info',
      code: 'date-1904',
      rowNumber: null,
      message: `${file} uses the 1904 date system (a Mac Excel setting), so its dates were moved by 1,462 days to read as in the 1900 system; check a few dates against Excel.`,
    });
  }

  const infos = workbook.Workbook?.Sheets ?? [];
  const tables: RawTable[] = [];
  const sheetsNotRead: WorkbookRead['sheetsNotRead'] = [];
  if (options.sheet !== undefined && !workbook.SheetNames.includes(options.sheet)) {
    notes.push({
      severity: 'warning',
      code: 'sheet-not-found',
      rowNumber: null,
      message: `${file} has no sheet named "${options.sheet}" (its sheets: ${workbook.SheetNames.map((s) => `"${s}"`).join(', ')}): correct the sheet name in quarterdeck.config.json.`,
    });
  }

  let refused = false;
  workbook.SheetNames.forEach((name, index) => {
    const hidden = infos[index]?.Hidden ?? 0;
    if (hidden !== 0) {
      sheetsNotRead.push({ sheet: name, reason: 'hidden' });
      notes.push({
        severity: 'info',
        code: 'hidden-sheet',
        rowNumber: null,
        message: `${describePlace(file, name)} is a hidden sheet and was not read: unhide it in Excel (right-click a sheet tab > Unhide) if it holds rows you need.`,
      });
      return;
    }
    // Sheet names come from the file: a name like "constructor" without its own sheet must not reach Object's members.
    const sheet: unknown = workbook.Sheets[name];
    if (typeof sheet !== 'object' || sheet === null || !('!ref' in sheet || '!data' in sheet || '!type' in sheet)) {
      sheetsNotRead.push({ sheet: name, reason: 'empty' });
      return;
    }
    const worksheet = sheet as XLSX.WorkSheet;
    if (worksheet['!type'] === 'chart') {
      sheetsNotRead.push({ sheet: name, reason: 'chart' });
      return;
    }
    let grid: ReturnType<typeof sheetGrid>;
    try {
      grid = sheetGrid(worksheet, { shift1904, ...(options.maxCells !== undefined ? { maxCells: options.maxCells } : {}) });
    } catch (error) {
      if (!(error instanceof TooManyCellsError)) throw error;
      refused = true;
      notes.push(tooManyCellsNote(file, name, error));
      return;
    }
    if (grid === null || grid.records.every((cells) => isBlankRow(cells))) {
      sheetsNotRead.push({ sheet: name, reason: 'empty' });
      return;
    }
    const applies = options.sheet === undefined || options.sheet === name;
    tables.push(
      buildTable(
        grid,
        { file, sheet: name, format: options.format, encoding: null, delimiter: null },
        { raggedRows: 'beyond-header', ...(applies && options.headerRow !== undefined ? { headerRow: options.headerRow } : {}) },
      ),
    );
  });

  if (tables.length === 0 && !refused) notes.push(noTableNote(file, sheetsNotRead, options.hasPivotCache === true));
  return { tables, sheetsNotRead, notes, opened: true };
}

function noTableNote(file: string, sheetsNotRead: WorkbookRead['sheetsNotRead'], hasPivotCache: boolean): IngestNote {
  const hidden = sheetsNotRead.filter((s) => s.reason === 'hidden').map((s) => `"${s.sheet}"`);
  if (hasPivotCache) {
    return {
      severity: 'error',
      code: 'pivot-cache-only',
      rowNumber: null,
      message: `${file} holds only a pivot table's cached data, not rows on a sheet: in Excel, double-click the pivot table's grand total to put its rows on a new sheet (or export the source report itself), save, and try again.`,
    };
  }
  if (hidden.length > 0) {
    return {
      severity: 'error',
      code: 'only-hidden-sheets',
      rowNumber: null,
      message: `${file} has data only on hidden sheets (${hidden.join(', ')}), which are not read: unhide the sheet with the rows in Excel (right-click a sheet tab > Unhide), save, and try again.`,
    };
  }
  return {
    severity: 'error',
    code: 'no-data',
    rowNumber: null,
    message: `${file} has no data on any sheet: export the report again, or remove the file from the data folder.`,
  };
}
