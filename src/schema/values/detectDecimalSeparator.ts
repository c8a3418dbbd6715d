/**
 * The decimal separator of a column of amounts, from the values that say it: '12,50',
 * '1.234,5' or '1.234.567' say ','; '12.50', '1,234.5' or '1,234,567' say '.'. A value like
 * '1.500' says nothing (it is 1500 in one locale and 1.5 in the other), so it follows the
 * column. Null when no value says (each value is then read on its own), or when the values
 * disagree (each value read on its own; `mixed` true when the column also has values like
 * '1.500' whose reading that leaves open: the caller warns).
 */
import type { Cell } from '../../ingest/types.ts';
import type { DecimalSeparator } from './parseAmount.ts';

export interface DecimalDecision {
  decimal: DecimalSeparator | null;
  mixed: boolean;
  /** An example value for each separator (for the warning). */
  examples: { dot: string | null; comma: string | null; ambiguous: string | null };
}

const NUMBER = /\d[\d.,'’\s\u00a0\u202f]*\d|\d/;

export function detectDecimalSeparator(cells: Iterable<Cell>, limit = 5000): DecimalDecision {
  let dot: string | null = null;
  let comma: string | null = null;
  let ambiguous: string | null = null;
  let seen = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    if (++seen > limit) break;
    const m = NUMBER.exec(cell);
    if (m === null) continue;
    const says = separatorOf(m[0].replace(/['’\s\u00a0\u202f]/g, ''));
    if (says === '.') dot ??= cell.trim();
    else if (says === ',') comma ??= cell.trim();
    else if (says === '?') ambiguous ??= cell.trim();
    if (dot !== null && comma !== null && ambiguous !== null) break;
  }
  const both = dot !== null && comma !== null;
  return { decimal: both ? null : dot !== null ? '.' : comma !== null ? ',' : null, mixed: both && ambiguous !== null, examples: { dot, comma, ambiguous } };
}

/** The separator a value shows, '?' when it has one that could be either, null when none. */
function separatorOf(body: string): DecimalSeparator | '?' | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const at = lastDot >= 0 ? lastDot : lastComma;
  if (at < 0) return null;
  const sep = body[at] as DecimalSeparator;
  const other: DecimalSeparator = sep === '.' ? ',' : '.';
  if (body.indexOf(sep) !== at) return other; // '1.234.567': dots group, so the decimal is the comma
  const after = body.length - at - 1;
  if (after !== 3) return sep; // '12,50', '1.5'
  // Three digits after: a thousands group unless the leading part cannot be one ('0.500', '1234.500').
  return at > 3 || body.startsWith('0') ? sep : '?';
}
