/**
 * Raw tables: what the ingest stage hands to the schema stage.
 * Bytes become rows of cells; no business rules here (no idea what a deal is).
 */

/** A cell as read: text from delimited files, typed values from workbooks. */
export type Cell = string | number | boolean | null;

/** The format a file really has, whatever its extension says. */
export type SourceFormat =
  | 'csv' // delimited text (comma, semicolon, tab or pipe)
  | 'xlsx' // Office Open XML workbook (.xlsx, .xlsm, or an .xls that is really a zip)
  | 'xls' // legacy binary workbook (BIFF)
  | 'html'; // an HTML table saved as .xls (Salesforce printable view)

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a row was skipped as non-data. */
export type SkipReason = 'blank' | 'title' | 'footer';

export interface SkippedRow {
  /** 1-based row number as the user sees it (Excel row, or line of the record in a text editor). */
  rowNumber: number;
  reason: SkipReason;
  /** The row's text joined with spaces, trimmed, at most 200 characters. */
  text: string;
}

export interface RawRow {
  /** 1-based row number as the user sees it in Excel (for text files: the line the record starts on). */
  rowNumber: number;
  /** One cell per header column; short rows are padded with null, extra cells are kept beyond. */
  cells: Cell[];
  /**
   * True when the reader found the row's cells cannot be trusted (split by another delimiter
   * than the file's, or opening a quote that never closes): the schema stage rejects the row.
   * Set on every such row, even past the notes kept about them.
   */
  broken?: true;
}

/** One table: a delimited file, or one sheet of a workbook. */
export interface RawTable {
  /** Path relative to the data folder, with `/` separators. */
  file: string;
  /** Sheet name for workbooks; null for delimited text and HTML. */
  sheet: string | null;
  format: SourceFormat;
  /** For text formats. */
  encoding: TextEncoding | null;
  /** For delimited text: ',', ';', '\t' or '|'. */
  delimiter: string | null;
  /** 1-based row number of the header row; null when no header row was found (then rows is empty). */
  headerRow: number | null;
  /** Header cells as text (trimmed of nothing: exactly as in the file, converted to string). */
  headers: string[];
  /** Data rows between the header and the footer, blank rows excluded. */
  rows: RawRow[];
  /** Title block rows above the header, blank rows, and footer rows: counted as skipped. */
  skipped: SkippedRow[];
  /** The text of title rows above the header and footer rows below the data, in file order. */
  titleLines: string[];
  footerLines: string[];
  /** rows.length + skipped.length: every physical row except the header row. */
  rowsRead: number;
  /** Things the reader noticed: ragged rows, unclosed quote, etc. Row-level, with row numbers. */
  notes: IngestNote[];
}

export interface IngestNote {
  severity: 'error' | 'warning' | 'info';
  /** Stable machine code, e.g. 'ragged-row', 'unclosed-quote', 'hidden-sheet'. */
  code: string;
  rowNumber: number | null;
  /** One full sentence: what is wrong, what was expected, how to fix it. */
  message: string;
}

/** What reading one file produced. A file that could not be read has no tables and an error note. */
export interface FileReadResult {
  file: string;
  /** Extension as found, lower case, without the dot. */
  extension: string;
  bytes: number;
  /** The real format, or null when unreadable. */
  format: SourceFormat | null;
  tables: RawTable[];
  /** Sheets that were not read (hidden, empty), with the reason. */
  sheetsNotRead: { sheet: string; reason: 'hidden' | 'empty' | 'chart' }[];
  /** File-level problems (unreadable, encrypted, corrupt, too large). */
  notes: IngestNote[];
}
