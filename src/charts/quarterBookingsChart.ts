/**
 * Bookings by fiscal quarter (bars) against quota (a thick tick), with the attainment written
 * above each bar. The quarter in progress is drawn lighter and marked "to date". Used for the
 * company (quarters index) and for each team and region.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, percent, shortQuarter, type ChartContent } from './chartKit.ts';

export interface QuarterBookings {
  /** Fiscal quarter key. */
  period: string;
  bookings: number;
  quota: number | null;
  /** True for the quarter holding the as-of date (not complete). */
  current: boolean;
}

export interface QuarterBookingsOptions {
  currency: string;
  /** Who the numbers are for ("the company", "NA Enterprise"). */
  scopeName: string;
}

export function quarterBookingsChart(data: readonly QuarterBookings[], options: QuarterBookingsOptions): ChartContent {
  const closed = data.filter((d) => !d.current);
  const withQuota = closed.filter((d) => d.quota !== null && d.quota > 0);
  const met = withQuota.filter((d) => d.bookings >= d.quota!).length;
  const title =
    withQuota.length > 0
      ? `${options.scopeName[0]!.toUpperCase()}${options.scopeName.slice(1)} met quota in ${met} of ${withQuota.length} closed quarters with a quota`
      : closed.length > 0
        ? `Bookings by quarter for ${options.scopeName}; the quota file gives no quota for these quarters`
        : `No closed quarter yet for ${options.scopeName}`;
  const att = (d: QuarterBookings) => (d.quota !== null && d.quota > 0 ? d.bookings / d.quota : null);
  const description =
    `Bookings (bars) and quota (ticks) by fiscal quarter for ${options.scopeName}: ` +
    data
      .map((d) => `${shortQuarter(d.period)}${d.current ? ' to date' : ''} ${moneyShort(d.bookings, options.currency)}${d.quota === null ? ', no quota' : ` of ${moneyShort(d.quota, options.currency)} (${percent(att(d))})`}`)
      .join('; ') +
    '.';
  const label = (d: QuarterBookings) => shortQuarter(d.period) + (d.current ? '*' : '');
  const tip = (d: QuarterBookings) =>
    `${shortQuarter(d.period)}${d.current ? ' (to date)' : ''}: bookings ${moneyFull(d.bookings, options.currency)}` +
    (d.quota === null ? '; no quota' : `; quota ${moneyFull(d.quota, options.currency)}; attainment ${percent(att(d))}`);
  const top = Math.max(1, ...data.flatMap((d) => [d.bookings, d.quota ?? 0])) * 1.12;
  return {
    title,
    description,
    plot: {
      width: 900,
      height: 300,
      marginLeft: 64,
      marginBottom: 40,
      x: { domain: data.map(label), label: data.some((d) => d.current) ? 'Fiscal quarter (* in progress, to date)' : 'Fiscal quarter', padding: 0.25 },
      y: { domain: [0, top], grid: true, label: '↑ Bookings', tickFormat: (v: number) => moneyShort(v, options.currency) },
      marks: [
        Plot.barY(data, { x: label, y: 'bookings', fill: OKABE_ITO.blue, fillOpacity: (d: QuarterBookings) => (d.current ? 0.45 : 1), title: tip }),
        Plot.tickY(
          data.filter((d) => d.quota !== null),
          { x: label, y: 'quota', stroke: 'currentColor', strokeWidth: 2.5, title: tip },
        ),
        Plot.text(
          data.filter((d) => att(d) !== null),
          { x: label, y: (d: QuarterBookings) => Math.max(d.bookings, d.quota ?? 0), text: (d: QuarterBookings) => percent(att(d)), dy: -8, fontSize: 10, fill: 'currentColor' },
        ),
        Plot.ruleY([0]),
      ],
    },
  };
}
