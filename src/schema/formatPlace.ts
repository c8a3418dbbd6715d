/**
 * The place part of a user-facing message: `deals.xlsx › Pipeline › row 14 › Close Date`.
 * Every message of the schema stage starts with it, then says what is wrong, what was
 * expected and how to fix it, in one sentence.
 */
import type { Cell } from '../ingest/types.ts';

export const SEP = ' › ';

export function formatPlace(file: string, sheet: string | null, row?: number | null, column?: string | null): string {
  let place = file;
  if (sheet !== null) place += SEP + sheet;
  if (row !== null && row !== undefined) place += `${SEP}row ${row}`;
  if (column !== null && column !== undefined) place += SEP + columnLabel(column);
  return place;
}

/** A header as shown in a message: trimmed; an empty header is named as such. */
export function columnLabel(header: string): string {
  const trimmed = header.trim();
  return trimmed === '' ? '(column without a header)' : trimmed;
}

/** A value in double quotes for a message, shortened past 60 characters. */
export function quote(value: Cell | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

/** Spreadsheet column letter for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'a', 'a and b', 'a, b and c'. */
export function listJoin(items: readonly string[], word = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
