/**
 * Dates on chart axes: ISO calendar dates become UTC midnights (Plot's time scales are UTC by
 * default, so the same day shows in every time zone), written `Sep 16`.
 */
import { utcFormat } from 'd3';

/** `2026-09-16` -> the Date of 2026-09-16T00:00:00Z. */
export function chartDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const DAY = utcFormat('%b %-d');
const MONTH = utcFormat('%b %Y');

/** `Sep 16`. */
export function dayLabel(value: Date | string): string {
  return DAY(typeof value === 'string' ? chartDate(value) : value);
}

/** `Sep 2026` for a `YYYY-MM` key or a date. */
export function monthLabel(value: Date | string): string {
  return MONTH(typeof value === 'string' ? chartDate(value.length === 7 ? `${value}-01` : value) : value);
}
