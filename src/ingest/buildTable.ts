/**
 * Records to a raw table: find the header, cut the title block above it and the footer
 * below the data, skip blank rows, pad short rows, and account for every record:
 * rowsRead = rows.length + skipped.length = every record except the header.
 */
import { cellText, filledCount, isBlankCell, isBlankRow, rowText } from './cellText.ts';
import { describePlace } from './describePlace.ts';
import { findFooterStart } from './findFooterStart.ts';
import { findHeaderRow } from './findHeaderRow.ts';
import { indexOfRowNumber, rowNumberAt, type Grid } from './grid.ts';
import { createNoteCollector } from './noteCollector.ts';
import type { Cell, RawRow, RawTable, SkippedRow, SourceFormat, TextEncoding } from './types.ts';

export interface TableSource {
  file: string;
  sheet: string | null;
  format: SourceFormat;
  encoding: TextEncoding | null;
  delimiter: string | null;
}

export interface BuildTableOptions {
  /** Header row number (1-based, as the user sees it) that overrides detection. */
  headerRow?: number;
  /**
   * Delimited text: warn about each row with more or fewer cells than the header (an error
   * when a short row is really split by another delimiter, as its values are all in one cell).
   * Workbooks: no warning for short rows (empty cells at the end are not stored); one
   * warning per table when cells have values beyond the last header column.
   */
  raggedRows: 'per-row' | 'beyond-header';
}

export function buildTable(grid: Grid, source: TableSource, options: BuildTableOptions): RawTable {
  const { records } = grid;
  const place = describePlace(source.file, source.sheet);
  const collector = createNoteCollector(place);

  let header = -1;
  if (options.headerRow !== undefined) {
    const index = indexOfRowNumber(grid, options.headerRow);
    if (index >= 0 && !isBlankRow(records[index] ?? [])) header = index;
    else {
      collector.add({
        severity: 'warning',
        code: 'header-row-not-found',
        rowNumber: options.headerRow,
        message: `${describePlace(source.file, source.sheet, options.headerRow)} was set as the header row in quarterdeck.config.json but ${index < 0 ? 'there is no row with that number' : 'it is blank'}, so the header was detected instead: set headerRow to the row that holds the column names.`,
      });
    }
  }
  if (header < 0) header = findHeaderRow(records);

  const rows: RawRow[] = [];
  const skipped: SkippedRow[] = [];
  const titleLines: string[] = [];
  const footerLines: string[] = [];

  if (header < 0) {
    for (let i = 0; i < records.length; i++) skipped.push({ rowNumber: rowNumberAt(grid, i), reason: 'blank', text: '' });
    collector.add({
      severity: 'warning',
      code: 'no-header',
      rowNumber: null,
      message: `${place} has no rows with values, so no table was read: export the report again, or remove the file from the data folder.`,
    });
    return table(source, null, [], rows, skipped, titleLines, footerLines, collector.notes());
  }

  const headerCells = records[header] ?? [];
  const headers = headerCells.map((cell) => cellText(cell));
  const width = headers.length;
  const footerStart = findFooterStart(records, header, filledCount(headerCells));

  for (let i = 0; i < header; i++) {
    const cells = records[i] ?? [];
    const rowNumber = rowNumberAt(grid, i);
    if (isBlankRow(cells)) skipped.push({ rowNumber, reason: 'blank', text: '' });
    else {
      const text = rowText(cells);
      skipped.push({ rowNumber, reason: 'title', text });
      titleLines.push(text);
    }
  }

  let beyondHeader = 0;
  let firstBeyond = 0;
  for (let i = header + 1; i < footerStart; i++) {
    const cells = records[i] ?? [];
    const rowNumber = rowNumberAt(grid, i);
    if (isBlankRow(cells)) {
      skipped.push({ rowNumber, reason: 'blank', text: '' });
      continue;
    }
    const length = cells.length;
    let broken = false;
    if (length !== width) {
      if (options.raggedRows === 'per-row') {
        const note = raggedNote(source, rowNumber, cells, width);
        collector.add(note);
        broken = note.severity === 'error';
      } else if (length > width && hasValueFrom(cells, width)) {
        if (beyondHeader === 0) firstBeyond = rowNumber;
        beyondHeader++;
      }
      for (let c = length; c < width; c++) cells.push(null);
    }
    rows.push(broken ? { rowNumber, cells, broken: true } : { rowNumber, cells });
  }

  for (let i = footerStart; i < records.length; i++) {
    const cells = records[i] ?? [];
    const rowNumber = rowNumberAt(grid, i);
    if (isBlankRow(cells)) skipped.push({ rowNumber, reason: 'blank', text: '' });
    else {
      const text = rowText(cells);
      skipped.push({ rowNumber, reason: 'footer', text });
      footerLines.push(text);
    }
  }

  if (beyondHeader > 0) {
    collector.add({
      severity: 'warning',
      code: 'cells-beyond-header',
      rowNumber: firstBeyond,
      message: `${describePlace(source.file, source.sheet, firstBeyond)} ${beyondHeader === 1 ? 'has values' : `and ${beyondHeader - 1} more row${beyondHeader === 2 ? '' : 's'} have values`} to the right of the last column with a header, and those values have no column name: give the column a header, or clear the cells.`,
    });
  }
  if (rows.length === 0) {
    collector.add({
      severity: 'warning',
      code: 'no-data-rows',
      rowNumber: rowNumberAt(grid, header),
      message: `${place} has a header row (row ${rowNumberAt(grid, header)}) but no data rows below it: export the report again with its rows, or remove the file from the data folder.`,
    });
  }
  return table(source, rowNumberAt(grid, header), headers, rows, skipped, titleLines, footerLines, collector.notes());
}

function hasValueFrom(cells: readonly Cell[], from: number): boolean {
  for (let c = from; c < cells.length; c++) if (!isBlankCell(cells[c])) return true;
  return false;
}

function raggedNote(source: TableSource, rowNumber: number, cells: readonly Cell[], width: number) {
  const place = describePlace(source.file, source.sheet, rowNumber);
  const name = delimiterName(source.delimiter);
  const length = cells.length;
  const other = length < width ? otherDelimiter(cells, source.delimiter, width) : null;
  if (other !== null) {
    // Every value of the row sits in its first cells: the row cannot be used (an error rejects it).
    return {
      severity: 'error' as const,
      code: 'mixed-delimiters',
      rowNumber,
      message: `${place} has ${length} cell${length === 1 ? '' : 's'} but the header has ${width}: the row seems to be separated by ${delimiterPlural(other)} while the file uses ${delimiterPlural(source.delimiter)}, so its values were not split and the row was left out; use one delimiter for the whole file (save it again from Excel or the CRM).`,
    };
  }
  return {
    severity: 'warning' as const,
    code: 'ragged-row',
    rowNumber,
    message:
      length > width
        ? `${place} has ${length} cells but the header has ${width}: a value probably contains an unquoted ${name}; put quotes around that value, or check that the file uses ${name} as its delimiter.`
        : `${place} has ${length} cell${length === 1 ? '' : 's'} but the header has ${width}, so the missing cells were read as empty: check that the row was not cut short or split across lines.`,
  };
}

/** Another delimiter that splits the short row's text into about as many cells as the header has, or null. */
function otherDelimiter(cells: readonly Cell[], delimiter: string | null, width: number): string | null {
  const text = cells.map((cell) => cellText(cell)).join(delimiter ?? ',');
  for (const candidate of [',', ';', '\t', '|']) {
    if (candidate === delimiter) continue;
    const parts = text.split(candidate).length;
    if (parts >= width - 1 && parts > cells.length + 1) return candidate;
  }
  return null;
}

function delimiterPlural(delimiter: string | null): string {
  switch (delimiter) {
    case ';':
      return 'semicolons (;)';
    case '\t':
      return 'tabs';
    case '|':
      return 'pipes (|)';
    default:
      return 'commas (,)';
  }
}

function delimiterName(delimiter: string | null): string {
  switch (delimiter) {
    case ';':
      return 'semicolon';
    case '\t':
      return 'tab';
    case '|':
      return 'pipe (|)';
    default:
      return 'comma';
  }
}

function table(
  source: TableSource,
  headerRow: number | null,
  headers: string[],
  rows: RawRow[],
  skipped: SkippedRow[],
  titleLines: string[],
  footerLines: string[],
  notes: RawTable['notes'],
): RawTable {
  return {
    file: source.file,
    sheet: source.sheet,
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    headerRow,
    headers,
    rows,
    skipped,
    titleLines,
    footerLines,
    rowsRead: rows.length + skipped.length,
    notes,
  };
}
