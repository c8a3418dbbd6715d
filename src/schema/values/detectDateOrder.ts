/**
 * Which order a column writes day and month in, judged from its numeric dates
 * ('13/04/2026', '04.13.2026', '4-13-26', with or without a time).
 * A first part above 12 can only be a day (day/month); a second part above 12 can only be
 * a day (month/day). Both seen: the column is mixed and the order is null. Neither seen:
 * null (every value is ambiguous, or the column has no such dates).
 */
import type { Cell } from '../../ingest/types.ts';
import type { DateOrder } from './types.ts';

export interface DateOrderGuess {
  order: DateOrder | null;
  /** One value that decided it, as a clause: '13/04/2026 in the column can only be day/month'. */
  evidence: string | null;
  mixed: boolean;
}

/** Day and month parts at the start of a numeric date; the rest (a time) is not looked at. */
const DAY_MONTH = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])/;

export function detectDateOrder(cells: Iterable<Cell>): DateOrderGuess {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = DAY_MONTH.exec(cell);
    if (m === null) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (dayFirst === null && a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = shown(m[0]);
    else if (monthFirst === null && b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = shown(m[0]);
    if (dayFirst !== null && monthFirst !== null) {
      return {
        order: null,
        evidence: `${dayFirst} in the column can only be day/month, but ${monthFirst} can only be month/day`,
        mixed: true,
      };
    }
  }
  if (dayFirst !== null) return { order: 'DMY', evidence: `${dayFirst} in the column can only be day/month`, mixed: false };
  if (monthFirst !== null) return { order: 'MDY', evidence: `${monthFirst} in the column can only be month/day`, mixed: false };
  return { order: null, evidence: null, mixed: false };
}

function shown(matched: string): string {
  return matched.trim();
}
