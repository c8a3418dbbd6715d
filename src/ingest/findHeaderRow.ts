/**
 * Which record is the header. Reports exported "formatted" (Salesforce, Dynamics) put a
 * title block above the table: report name, "Filtered By:" lines, dates, blank rows.
 * Each of the first non-blank records is scored on five things a header has: many filled
 * cells (compared with the widest candidate), mostly text rather than numbers or dates,
 * distinct values, a following run of records about as wide as itself, and no record about
 * as wide just above it (it starts the table). The first record scoring within 80% of the
 * best wins, so a header beats the data rows below it that happen to look like headers too.
 */
import { cellText, isBlankCell, isBlankRow } from './cellText.ts';
import type { Cell } from './types.ts';

export interface FindHeaderRowOptions {
  /** Non-blank records considered. */
  candidates?: number;
  /** Non-blank records after a candidate that are checked for a similar width. */
  lookahead?: number;
}

interface Candidate {
  index: number;
  filled: number;
  text: number;
  distinct: number;
}

/** Index of the header record, or -1 when every record is blank. */
export function findHeaderRow(records: readonly Cell[][], options: FindHeaderRowOptions = {}): number {
  const maxCandidates = options.candidates ?? 30;
  const lookahead = options.lookahead ?? 5;
  const rows: Candidate[] = [];
  for (let i = 0; i < records.length && rows.length < maxCandidates + lookahead; i++) {
    const cells = records[i] ?? [];
    if (isBlankRow(cells)) continue;
    rows.push(describe(i, cells));
  }
  if (rows.length === 0) return -1;

  const considered = rows.slice(0, maxCandidates);
  const widest = Math.max(...considered.map((r) => r.filled));
  const scores = considered.map((row, k) => {
    const after = rows.slice(k + 1, k + 1 + lookahead);
    const similar = after.filter((r) => r.filled >= Math.max(1, Math.ceil(row.filled * 0.5))).length;
    const follow = after.length === 0 ? 0.5 : similar / after.length;
    const above = rows[k - 1];
    const startsTable = above === undefined || above.filled < row.filled * 0.5 ? 1 : 0.6;
    return (
      (row.filled / widest) * (0.2 + (0.8 * row.text) / row.filled) * (row.distinct / row.filled) * (0.25 + 0.75 * follow) * startsTable
    );
  });
  const best = Math.max(...scores);
  const chosen = scores.findIndex((s) => s >= best * 0.8);
  return considered[chosen]?.index ?? -1;
}

function describe(index: number, cells: readonly Cell[]): Candidate {
  let filled = 0;
  let text = 0;
  const values = new Set<string>();
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    filled++;
    if (typeof cell === 'string' && isTextLike(cell)) text++;
    values.add(cellText(cell).trim().toLowerCase());
  }
  return { index, filled, text, distinct: values.size };
}

const NUMBER_LIKE = /^[\s(+\-−]*(?:[$€£¥]|[A-Z]{3}\s)?\s*\d[\d\s.,'’]*(?:[eE][+-]?\d+)?\s*(?:%|[$€£¥]|\s[A-Z]{3})?\)?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}.*)?\s*$/;
const VALUE_WORD = /^\s*(?:true|false|yes|no|n\/a|-)\s*$/i;

/** Text that reads as a label rather than a value: not a number, a date or a yes/no. */
function isTextLike(value: string): boolean {
  return !NUMBER_LIKE.test(value) && !DATE_LIKE.test(value) && !VALUE_WORD.test(value);
}
