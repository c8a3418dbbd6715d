/**
 * What the rep, team and quarter charts share: the colour-blind-safe Okabe-Ito palette, how
 * amounts, percents and days are written on axes and in tooltips, and the ChartSpec without id
 * each chart function returns (the page gives the id).
 */
import type { ChartSpec } from './renderChart.ts';

/** A chart as the chart functions return it: the page adds a unique id and renders it with Chart.astro. */
export type ChartContent = Omit<ChartSpec, 'id'>;

/** Okabe-Ito: readable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  pink: '#CC79A7',
  sky: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** `$1.2M`, `$125K`, `$950`: compact amounts for axes, titles and headline numbers. */
export function moneyShort(value: number, currency: string): string {
  if (!Number.isFinite(value)) return 'unknown';
  const compact = Math.abs(value) >= 1000;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact' as const } : {}),
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 0,
  }).format(Math.abs(value) < 0.5 ? 0 : value);
}

/** `$1,234,567`: full amounts for tooltips. */
export function moneyFull(value: number, currency: string): string {
  if (!Number.isFinite(value)) return 'unknown';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(Math.abs(value) < 0.5 ? 0 : value);
}

/** A fraction as a whole percent: 0.945 -> `95%`, 1.5 -> `150%`. */
export function percent(value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  const p = value * 100;
  return `${(Math.abs(p) < 0.5 * 10 ** -digits ? 0 : p).toFixed(digits)}%`;
}

/** Percentage points with a sign: 7.43 -> `+7.4 pts`, -18.3 -> `−18.3 pts`. */
export function points(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  const text = Math.abs(rounded).toFixed(digits);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${text} pts`;
}

/** Days as a whole number: `75 days`. */
export function days(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  const n = Math.round(value);
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** `FY2027-Q2` -> `FY27 Q2`: short quarter labels for crowded axes. */
export function shortQuarter(key: string): string {
  const m = /^FY(\d{2})?(\d{2})-Q(\d)$/.exec(key);
  return m ? `FY${m[2]} Q${m[3]}` : key;
}
