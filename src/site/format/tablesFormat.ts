/**
 * How the site writes numbers, amounts, percents and dates. Shared by the build (tables, KPIs)
 * and the client script (totals recomputed after filtering), so both write a value the same way.
 * A null, NaN or infinite value formats to null: the page shows it as unknown.
 */
import type { CellValue, ColumnKind } from '../tables/tableTypes.ts';

export interface FormatOptions {
  /** Reporting currency (ISO 4217), for money. */
  currency?: string;
  /**
   * Money only: `true` writes $1.2M / $125K / $950; 'auto' does so from 100,000 up (KPIs);
   * false (the default, tables) writes the full amount, $12,500.
   */
  compact?: boolean | 'auto';
  /** Fraction digits for number and percent (defaults in the functions below). */
  digits?: number;
}

/** A cell's display text, or null when the value is unknown. */
export function formatCell(value: CellValue | undefined, kind: ColumnKind, options: FormatOptions = {}): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (kind === 'text' || kind === 'date') return value;
    // A number kind holding text (already formatted by its builder) is shown as given.
    return value === '' ? null : value;
  }
  if (!Number.isFinite(value)) return null;
  switch (kind) {
    case 'money':
      if (options.currency === undefined) throw new Error('money without a currency');
      return formatMoney(value, options.currency, options);
    case 'percent':
      return formatPercent(value, options);
    case 'days':
      return formatNumber(value, { digits: 0 });
    case 'number':
      return formatNumber(value, options);
    default:
      return String(value);
  }
}

const BIG = 100_000;

/** `$12,500`, `-$1,200`; compact `$1.2M`, `$125K`. */
export function formatMoney(value: number, currency: string, options: { compact?: boolean | 'auto' } = {}): string | null {
  if (!Number.isFinite(value)) return null;
  const compact = options.compact === true || (options.compact === 'auto' && Math.abs(value) >= BIG);
  const digits = compact ? 1 : 0;
  return formatter('currency', digits, compact, currency).format(noNegativeZero(value, digits));
}

/** A fraction as a percent: 0.234 -> `23%`, 0.053 -> `5.3%`, 1.045 -> `105%`; `digits` fixes the fraction digits. */
export function formatPercent(value: number, options: { digits?: number } = {}): string | null {
  if (!Number.isFinite(value)) return null;
  const digits = options.digits ?? (Math.abs(value) < 0.1 ? 1 : 0);
  return formatter('percent', digits, false).format(noNegativeZero(value, digits + 2));
}

/** `12,345`, `3.5` (at most one fraction digit unless `digits` says otherwise). */
export function formatNumber(value: number, options: { digits?: number } = {}): string | null {
  if (!Number.isFinite(value)) return null;
  const digits = options.digits ?? 1;
  return formatter('decimal', digits, false).format(noNegativeZero(value, digits));
}

/** A value that rounds to zero is written 0, never -0. */
function noNegativeZero(value: number, digits: number): number {
  return Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(style: 'currency' | 'percent' | 'decimal', digits: number, compact: boolean, currency?: string): Intl.NumberFormat {
  const key = `${style}|${digits}|${compact}|${currency ?? ''}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      style,
      ...(currency !== undefined ? { currency } : {}),
      ...(compact ? { notation: 'compact' } : {}),
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format;
}

/** How an unknown value is shown: a dash for the eye, the word for screen readers. */
export const UNKNOWN_HTML = '<span aria-hidden="true">—</span><span class="visually-hidden">unknown</span>';
