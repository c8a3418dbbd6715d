/**
 * Headline numbers in words: compact money ($1.2M), percents, coverage multiples (2.1×), and a
 * stated reason instead of a blank or a zero when a number is unknown.
 */
import { formatMoney, formatNumber, formatPercent } from './tablesFormat.ts';

/** `$1.2M`, `$23,122`; `whenUnknown` for null. */
export function moneyKpi(value: number | null | undefined, currency: string, whenUnknown = 'unknown'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return whenUnknown;
  return formatMoney(value, currency, { compact: 'auto' }) ?? whenUnknown;
}

/** `$1.2M` from 1,000 up: for tight places (chart titles, cards). */
export function moneyShortKpi(value: number | null | undefined, currency: string, whenUnknown = 'unknown'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return whenUnknown;
  return formatMoney(value, currency, { compact: Math.abs(value) >= 1000 }) ?? whenUnknown;
}

/** `95%`, `5.3%`; `whenUnknown` for null. */
export function percentKpi(value: number | null | undefined, whenUnknown = 'unknown'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return whenUnknown;
  return formatPercent(value) ?? whenUnknown;
}

/** `2.1×`; `whenUnknown` for null. */
export function multipleKpi(value: number | null | undefined, whenUnknown = 'unknown'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return whenUnknown;
  return `${formatNumber(value, { digits: 1 })}×`;
}

/** `12`, `1,234`. */
export function countKpi(value: number): string {
  return formatNumber(value, { digits: 0 }) ?? String(value);
}

/** "1 deal", "3 deals". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${countKpi(count)} ${count === 1 ? one : other}`;
}
