/**
 * Delimited text to records with the line number each record starts on. Well-formed text
 * (the usual export) is split by tokenizeDelimited on the line break Papa Parse would guess,
 * which gives exactly Papa Parse's records at about half the cost; anything else is parsed by
 * Papa Parse (one pass, no typing, no header handling), which also reports quote problems.
 * Line numbers are derived afterwards without a second parse: when the file has no line
 * breaks inside quoted values (the usual case, checked by counting line breaks), record i
 * starts on line i + 1; otherwise the line breaks inside each record's cells are counted.
 */
import Papa from 'papaparse';
import { describePlace } from './describePlace.ts';
import type { Grid } from './grid.ts';
import { guessLineBreak } from './guessLineBreak.ts';
import { tokenizeDelimited } from './tokenizeDelimited.ts';
import type { IngestNote } from './types.ts';

export interface ParsedDelimited {
  grid: Grid;
  /** Quote problems, with the row number where the record starts. */
  notes: IngestNote[];
}

export function parseDelimited(text: string, delimiter: string, options: { file: string }): ParsedDelimited {
  const config = { delimiter, header: false, dynamicTyping: false, skipEmptyLines: false, quoteChar: '"' } as const;
  const tokens = text === '' ? null : tokenizeDelimited(text, delimiter, guessLineBreak(text));
  const result = tokens !== null ? { data: tokens, errors: [] as Papa.ParseError[] } : Papa.parse<string[]>(text, config);
  const records = result.data;
  // A final line break ends the last line; it does not start an empty one.
  const last = records[records.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '' && endsWithLineBreak(text)) records.pop();

  const rowNumbers = needsLineCount(text, records.length) ? lineNumbers(records) : null;
  const rowNumberOf = (index: number): number => (rowNumbers === null ? index + 1 : (rowNumbers[index] ?? index + 1));

  const notes: IngestNote[] = [];
  const seen = new Set<string>();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    const rowNumber = rowNumberOf(error.row);
    const key = `${error.code}:${rowNumber}`;
    if (seen.has(key) || notes.length >= 20) continue;
    seen.add(key);
    const place = describePlace(options.file, null, rowNumber);
    if (error.code === 'MissingQuotes') {
      notes.push({
        severity: 'error',
        code: 'unclosed-quote',
        rowNumber,
        message: `${place} opens a quote (") that is never closed, so everything from there to the end of the file was read as one value: close the quote or remove it, save, and try again.`,
      });
    } else {
      notes.push({
        severity: 'warning',
        code: 'stray-quote',
        rowNumber,
        message: `${place} has a quote (") inside a quoted value that is not doubled, so the value may be cut wrongly: write a quote inside a quoted value as two quotes ("") or remove it.`,
      });
    }
  }
  return { grid: { records, rowNumbers, firstRowNumber: 1 }, notes };
}

function endsWithLineBreak(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code === 10 || code === 13;
}

/**
 * True unless every record is exactly one line: the number of line breaks in the text
 * (CRLF counted once) equals the number of record separators.
 */
function needsLineCount(text: string, records: number): boolean {
  if (records === 0) return false;
  const lf = countOf(text, '\n');
  const cr = countOf(text, '\r');
  const breaks = cr === 0 || lf === 0 ? lf + cr : cr === lf && countOf(text, '\r\n') === cr ? lf : -1;
  const separators = records - 1 + (endsWithLineBreak(text) ? 1 : 0);
  return breaks !== separators;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  let at = text.indexOf(ch);
  while (at !== -1) {
    n++;
    at = text.indexOf(ch, at + 1);
  }
  return n;
}

/** Line each record starts on: one line per record plus the line breaks inside its cells. */
function lineNumbers(records: readonly string[][]): Int32Array {
  const out = new Int32Array(records.length);
  let line = 1;
  for (let r = 0; r < records.length; r++) {
    out[r] = line;
    line += 1;
    const cells = records[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] ?? '';
      if (cell.indexOf('\n') !== -1 || cell.indexOf('\r') !== -1) line += lineBreaks(cell);
    }
  }
  return out;
}

/** Line breaks in a value as a text editor counts them: CRLF, LF and CR each end a line. */
function lineBreaks(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10) n++;
    else if (code === 13) {
      n++;
      if (value.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
