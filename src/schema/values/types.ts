/**
 * Results of turning one cell into a typed value.
 * `value: null` means the cell is empty; `expected` is a short phrase for the caller's
 * error sentence ("… expected {expected} …").
 */

export type ValueResult<T> = { ok: true; value: T | null } | { ok: false; expected: string };

export type AmountResult =
  | { ok: true; value: number | null; currency: string | null }
  | { ok: false; expected: string };

/** Order of the day and month in numeric dates such as 03/04/2026. */
export type DateOrder = 'MDY' | 'DMY';

/** How bare numbers in a probability column are written: 0.2 (fraction) or 20 (percent). */
export type PercentScale = 'fraction' | 'percent';
