/**
 * One data file to raw tables. The format comes from the bytes, whatever the extension
 * says: a zip is an .xlsx workbook, an OLE2 compound file is an .xls workbook (or a
 * password-protected .xlsx), text starting with `<` is an HTML table (Salesforce's
 * printable view saved as .xls), anything else is delimited text. Size limits are checked
 * before the file is read into memory, and a workbook's declared uncompressed size before
 * it is expanded (and that no entry inflates to more than it declares).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { buildTable } from './buildTable.ts';
import { decodeText } from './decodeText.ts';
import { detectDelimiter } from './detectDelimiter.ts';
import { inspectZip } from './inspectZip.ts';
import { zipEntryOverflow } from './zipEntryOverflow.ts';
import { looksBinary } from './looksBinary.ts';
import { parseDelimited } from './parseDelimited.ts';
import { readHtmlTable } from './readHtmlTable.ts';
import { PASSWORD_MESSAGE, readWorkbook } from './readWorkbook.ts';
import type { FileReadResult, IngestNote, SourceFormat } from './types.ts';

export interface ReadOptions {
  /** Largest file read, in bytes (limits.maxFileMB). */
  maxFileBytes: number;
  /** Largest declared uncompressed size of a workbook, in bytes (limits.maxUncompressedMB). */
  maxUncompressedBytes: number;
  /** Header row number (1-based) that overrides detection. */
  headerRow?: number;
  /** For workbooks: the sheet headerRow applies to (all sheets when absent). */
  sheet?: string;
}

/** Real workbooks stay far below this compression ratio; zip bombs go far above it. */
export const MAX_ZIP_RATIO = 100;
/** Below this declared size the ratio is not checked (small files cannot hurt). */
const RATIO_CHECK_FROM_BYTES = 10 * 1024 * 1024;

/**
 * Most cells a sheet may span: half the bytes it was read from (a real cell costs far more
 * than two bytes of XML or HTML), and never fewer than ten million. Stray values far to the
 * right on many rows of a small file would otherwise fill memory with empty cells.
 */
function cellBudget(sourceBytes: number): number {
  return Math.max(10_000_000, Math.ceil(sourceBytes / 2));
}

/** Reads `file` (relative to dataDir, with `/` separators). Never throws for a bad file: the result's notes say what is wrong. */
export async function readDataFile(dataDir: string, file: string, options: ReadOptions): Promise<FileReadResult> {
  const root = path.resolve(dataDir);
  const full = path.resolve(root, ...file.split('/'));
  const relative = path.relative(root, full);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return failed(file, 0, 'outside-data-folder', `${file} is not inside the data folder, so it was not read: put the file in the data folder.`);
  }
  let size: number;
  try {
    const info = await stat(full);
    if (!info.isFile()) return failed(file, 0, 'unreadable-file', `${file} is not a regular file, so it was not read: put the export itself in the data folder.`);
    size = info.size;
  } catch (error) {
    return failed(file, 0, 'unreadable-file', `${file} could not be opened (${errorCode(error)}): check that the file exists and can be read.`);
  }
  if (size > options.maxFileBytes) return tooLarge(file, size, options.maxFileBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(full);
  } catch (error) {
    return failed(file, size, 'unreadable-file', `${file} could not be read (${errorCode(error)}): check that the file can be read, and close it in other programs.`);
  }
  return readDataBytes(file, bytes, options);
}

/** The same, from bytes already in memory (used by readDataFile and by tests). */
export function readDataBytes(file: string, bytes: Uint8Array, options: ReadOptions): FileReadResult {
  const extension = path.posix.extname(file).slice(1).toLowerCase();
  if (bytes.byteLength === 0) {
    return failed(file, 0, 'empty-file', `${file} is empty (0 bytes): export the report again, or remove the file from the data folder.`);
  }
  if (bytes.byteLength > options.maxFileBytes) return tooLarge(file, bytes.byteLength, options.maxFileBytes);
  const base: FileReadResult = { file, extension, bytes: bytes.byteLength, format: null, tables: [], sheetsNotRead: [], notes: [] };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return readZip(base, bytes, options);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return readCompoundFile(base, bytes, options);
  return readText(base, bytes, options);
}

function readZip(base: FileReadResult, bytes: Uint8Array, options: ReadOptions): FileReadResult {
  const { file } = base;
  const zip = inspectZip(bytes);
  if (!zip.ok) {
    return withNote(base, 'error', 'corrupt-workbook', `${file} looks like an Excel workbook but is damaged (its zip directory cannot be read): open it in Excel and save it again, or export it again from the CRM.`);
  }
  const names = new Set(zip.entries.map((e) => e.name.toLowerCase().replace(/\\/g, '/').replace(/^\//, '')));
  if (!names.has('xl/workbook.xml') && !names.has('xl/workbook.bin')) {
    return withNote(base, 'error', 'not-a-workbook', `${file} is a zip archive but not an Excel workbook: unzip it and put the CSV or XLSX files it holds in the data folder, or save the spreadsheet in Excel as .xlsx.`);
  }
  if (zip.totalUncompressed > options.maxUncompressedBytes) {
    return withNote(base, 'error', 'workbook-too-large', `${file} expands to ${megabytes(zip.totalUncompressed)} MB when opened, more than the ${megabytes(options.maxUncompressedBytes)} MB limit (limits.maxUncompressedMB in quarterdeck.config.json): raise that limit if the workbook is genuine, or export fewer rows or columns.`);
  }
  const ratio = zip.totalUncompressed / bytes.byteLength;
  if ((zip.totalUncompressed > RATIO_CHECK_FROM_BYTES && ratio > MAX_ZIP_RATIO) || zip.totalCompressed > bytes.byteLength) {
    return withNote(base, 'error', 'zip-bomb', `${file} declares ${megabytes(zip.totalUncompressed)} MB of content packed into ${megabytes(bytes.byteLength)} MB (${Math.round(ratio)}:1, where real workbooks stay under ${MAX_ZIP_RATIO}:1), so it was not opened as it looks damaged or built to exhaust memory: export it again from the CRM (raising limits.maxUncompressedMB in quarterdeck.config.json does not lift this check).`);
  }
  const liar = zipEntryOverflow(bytes, zip.entries);
  if (liar !== null) {
    return withNote(base, 'error', 'zip-bomb', `${file} holds more data in "${liar.name}" than its zip directory declares (${megabytes(liar.uncompressedSize)} MB), so it was not opened as it looks damaged or built to exhaust memory: export it again from the CRM.`);
  }
  const hasPivotCache = [...names].some((name) => name.startsWith('xl/pivotcache/'));
  const read = readWorkbook(file, bytes, { format: 'xlsx', hasPivotCache, maxCells: cellBudget(zip.totalUncompressed), ...sheetOptions(options) });
  return finish(base, read.opened ? 'xlsx' : null, read.tables, read.sheetsNotRead, read.notes);
}

interface CompoundFile {
  FullPaths: string[];
}

function readCompoundFile(base: FileReadResult, bytes: Uint8Array, options: ReadOptions): FileReadResult {
  const { file } = base;
  let container: CompoundFile;
  try {
    container = XLSX.CFB.read(bytes, { type: 'array' }) as CompoundFile;
  } catch {
    return withNote(base, 'error', 'corrupt-workbook', `${file} looks like an old-style Excel workbook (.xls) but is damaged: open it in Excel and save it again as .xlsx, or export it again from the CRM.`);
  }
  if (container.FullPaths.some((p) => /\/(EncryptedPackage|EncryptionInfo)$/i.test(p))) {
    return withNote(base, 'error', 'password-protected', `${file} ${PASSWORD_MESSAGE}`);
  }
  const read = readWorkbook(file, bytes, { format: 'xls', maxCells: cellBudget(bytes.byteLength), ...sheetOptions(options) });
  return finish(base, read.opened ? 'xls' : null, read.tables, read.sheetsNotRead, read.notes);
}

function readText(base: FileReadResult, bytes: Uint8Array, options: ReadOptions): FileReadResult {
  const { file, extension } = base;
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) {
    return withNote(base, 'error', 'binary-file', `${file} is not text but binary data, so it is not a CSV export: export the report again as CSV or XLSX, or remove the file from the data folder.`);
  }
  const notes: IngestNote[] = [];
  if (encoding === 'windows-1252') {
    notes.push({
      severity: 'info',
      code: 'legacy-encoding',
      rowNumber: null,
      message: `${file} is not UTF-8, so it was read as Windows-1252 (what Excel on Windows saves as "CSV"); if accented letters or € look wrong, save it as "CSV UTF-8" and try again.`,
    });
  }
  const head = text.slice(0, 4096);
  const trimmedHead = head.trimStart();
  if (trimmedHead.startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet/i.test(text.slice(0, 65536))) {
    notes.push(mismatch(file, extension, 'is an Excel 2003 XML spreadsheet', 'save it in Excel as .xlsx to avoid confusion'));
    const read = readWorkbook(file, bytes, { format: 'xls', maxCells: cellBudget(bytes.byteLength), ...sheetOptions(options) });
    return finish(base, read.opened ? 'xls' : null, read.tables, read.sheetsNotRead, [...notes, ...read.notes]);
  }
  if (trimmedHead.startsWith('<') || (/<table[\s>]/i.test(head) && !startsLikeDelimited(trimmedHead))) {
    const html = readHtmlTable(file, text, { encoding, maxCells: cellBudget(bytes.byteLength), ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}) });
    if (html.table === null) return finish(base, null, [], [], [...notes, ...html.notes]);
    notes.push(mismatch(file, extension, 'is a web page (HTML) table, as Salesforce\'s printable view saves it', 'export the report as CSV or XLSX next time to get exact values'));
    return finish(base, 'html', [html.table], [], notes);
  }
  const delimiter = detectDelimiter(text, { fallback: extension === 'tsv' ? '\t' : ',' });
  if (extension !== 'csv' && extension !== 'tsv' && extension !== 'txt') {
    notes.push(mismatch(file, extension, `is ${delimiterWords(delimiter)} text`, 'rename it to .csv to avoid confusion'));
  }
  const parsed = parseDelimited(text, delimiter, { file });
  const table = buildTable(
    parsed.grid,
    { file, sheet: null, format: 'csv', encoding, delimiter },
    { raggedRows: 'per-row', ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}) },
  );
  table.notes = [...parsed.notes, ...table.notes];
  return finish(base, 'csv', [table], [], notes);
}

/** A first line with delimiters and no markup: a CSV whose values hold HTML (rich-text fields), not a web page. */
function startsLikeDelimited(head: string): boolean {
  const firstLine = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return /[,;\t|]/.test(firstLine) && !firstLine.includes('<');
}

function mismatch(file: string, extension: string, really: string, fix: string): IngestNote {
  const named = extension === '' ? 'has no extension' : `is named .${extension}`;
  return {
    severity: 'info',
    code: 'extension-mismatch',
    rowNumber: null,
    message: `${file} ${named} but ${really}, so it was read as such: ${fix}.`,
  };
}

function delimiterWords(delimiter: string): string {
  if (delimiter === ';') return 'semicolon-separated';
  if (delimiter === '\t') return 'tab-separated';
  if (delimiter === '|') return 'pipe-separated';
  return 'comma-separated';
}

function sheetOptions(options: ReadOptions): { headerRow?: number; sheet?: string } {
  return {
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  };
}

function finish(
  base: FileReadResult,
  format: SourceFormat | null,
  tables: FileReadResult['tables'],
  sheetsNotRead: FileReadResult['sheetsNotRead'],
  notes: IngestNote[],
): FileReadResult {
  return { ...base, format, tables, sheetsNotRead, notes: [...base.notes, ...notes] };
}

function withNote(base: FileReadResult, severity: IngestNote['severity'], code: string, message: string): FileReadResult {
  return { ...base, notes: [...base.notes, { severity, code, rowNumber: null, message }] };
}

function failed(file: string, bytes: number, code: string, message: string): FileReadResult {
  const extension = path.posix.extname(file).slice(1).toLowerCase();
  return { file, extension, bytes, format: null, tables: [], sheetsNotRead: [], notes: [{ severity: 'error', code, rowNumber: null, message }] };
}

function tooLarge(file: string, size: number, limit: number): FileReadResult {
  return failed(
    file,
    size,
    'file-too-large',
    `${file} is ${megabytes(size)} MB, larger than the ${megabytes(limit)} MB limit (limits.maxFileMB in quarterdeck.config.json): raise that limit, or export fewer rows or columns.`,
  );
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return String(Math.round(mb));
  if (mb >= 0.01) return String(Math.round(mb * 100) / 100);
  return String(Number(mb.toPrecision(2)));
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error';
}
