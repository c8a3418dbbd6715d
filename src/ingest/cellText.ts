/**
 * A cell as the user would read it, and the blank test shared by every row rule.
 */
import type { Cell } from './types.ts';

/** Cell to text: null -> '', booleans as Excel shows them (TRUE/FALSE). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** Null, missing, or text made only of whitespace. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  return cell === '' || cell.trim() === '';
}

/** Every cell blank (an empty row is blank). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    if (!isBlankCell(cells[i])) return false;
  }
  return true;
}

/** Number of non-blank cells. */
export function filledCount(cells: readonly Cell[]): number {
  let n = 0;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) n++;
  return n;
}

/** The row's non-blank cells joined with spaces, trimmed, at most 200 characters. */
export function rowText(cells: readonly Cell[]): string {
  const parts: string[] = [];
  for (const cell of cells) {
    if (!isBlankCell(cell)) parts.push(cellText(cell).trim());
  }
  const text = parts.join(' ').trim();
  return text.length > 200 ? text.slice(0, 200) : text;
}
