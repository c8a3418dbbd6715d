/**
 * The manager's view of a team side by side: one small panel per rep with bookings by quarter
 * (bars) and the rep's quota (a thick tick), every panel on the same scale so reps compare at a
 * glance. Panels wrap into rows (Plot's fx/fy facets); a quarter without a quota has no tick and
 * its tooltip says so.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, percent, shortQuarter, type ChartContent } from './chartKit.ts';

export interface RepQuarterBookings {
  rep: string;
  /** Fiscal quarter key. */
  period: string;
  bookings: number;
  quota: number | null;
}

export interface RepMultiplesOptions {
  currency: string;
  /** The quarters to show, oldest first (every panel has the same x axis). */
  quarters: readonly string[];
  /** The quarter the title counts reps at quota in (usually the last completed one). */
  focusQuarter: string;
  /** Panels per row (default 3). */
  columns?: number;
}

interface Cell extends RepQuarterBookings {
  col: number;
  row: number;
}

export function repMultiplesChart(data: readonly RepQuarterBookings[], options: RepMultiplesOptions): ChartContent {
  const columns = Math.max(1, options.columns ?? 3);
  const reps = [...new Set(data.map((d) => d.rep))];
  const position = new Map(reps.map((rep, i) => [rep, { col: i % columns, row: Math.floor(i / columns) }]));
  const inView = new Set(options.quarters);
  const cells: Cell[] = data.filter((d) => inView.has(d.period)).map((d) => ({ ...d, ...position.get(d.rep)! }));
  const focus = cells.filter((c) => c.period === options.focusQuarter && c.quota !== null && c.quota > 0);
  const atQuota = focus.filter((c) => c.bookings >= c.quota!).length;
  const title =
    focus.length === 0
      ? `No rep had a quota in ${shortQuarter(options.focusQuarter)}; bookings by quarter per rep`
      : `${atQuota} of ${focus.length} reps with a quota reached it in ${shortQuarter(options.focusQuarter)}`;
  const description =
    `Bookings by quarter (bars) against quota (ticks) for each rep, ${shortQuarter(options.quarters[0] ?? '')} to ${shortQuarter(options.quarters[options.quarters.length - 1] ?? '')}. ` +
    reps
      .map((rep) => {
        const mine = cells.filter((c) => c.rep === rep);
        const quoted = mine.filter((c) => c.quota !== null && c.quota > 0);
        const met = quoted.filter((c) => c.bookings >= c.quota!).length;
        const focusCell = mine.find((c) => c.period === options.focusQuarter);
        const focusText =
          focusCell === undefined
            ? `no row in ${shortQuarter(options.focusQuarter)}`
            : `${shortQuarter(options.focusQuarter)} ${moneyShort(focusCell.bookings, options.currency)}${focusCell.quota === null ? ' without a quota' : ` of ${moneyShort(focusCell.quota, options.currency)}`}`;
        return `${rep}: met quota in ${met} of ${quoted.length} quarters with a quota; ${focusText}`;
      })
      .join('. ') +
    '.';
  const tip = (c: Cell) =>
    `${c.rep}, ${shortQuarter(c.period)}: bookings ${moneyFull(c.bookings, options.currency)}` +
    (c.quota === null ? ', no quota' : ` of ${moneyFull(c.quota, options.currency)} quota (${percent(c.quota > 0 ? c.bookings / c.quota : null)})`);
  const rows = Math.max(1, Math.ceil(reps.length / columns));
  const names = reps.map((rep) => ({ rep, ...position.get(rep)! }));
  return {
    title,
    description,
    plot: {
      width: 900,
      height: 60 + rows * 170,
      marginLeft: 56,
      marginTop: 24,
      marginBottom: 36,
      x: { domain: [...options.quarters], tickFormat: shortQuarter, label: null, padding: 0.2, tickRotate: options.quarters.length > 4 ? -30 : 0 },
      y: { grid: true, nice: true, label: null, tickFormat: (v: number) => moneyShort(v, options.currency), ticks: 3 },
      fx: { axis: null, padding: 0.12 },
      fy: { axis: null, padding: 0.28 },
      marks: [
        Plot.frame({ strokeOpacity: 0.2 }),
        Plot.barY(cells, { fx: 'col', fy: 'row', x: 'period', y: 'bookings', fill: OKABE_ITO.blue, title: tip }),
        Plot.tickY(
          cells.filter((c) => c.quota !== null),
          { fx: 'col', fy: 'row', x: 'period', y: 'quota', stroke: 'currentColor', strokeWidth: 2.5, title: tip },
        ),
        Plot.text(names, { fx: 'col', fy: 'row', text: 'rep', frameAnchor: 'top-left', dy: -18, fontWeight: 600, fontSize: 12 }),
        Plot.ruleY([0]),
      ],
    },
  };
}
