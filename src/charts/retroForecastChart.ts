/**
 * How a closed quarter's forecast evolved: closed won, Commit, Best Case and the weighted
 * forecast at the quarter's start, middle and last week (lines with distinct dot shapes), against
 * the quota (dashed rule) and the bookings the quarter actually ended with (solid rule), each rule
 * labelled at its end.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface RetroForecastPoint {
  /** 'start', 'middle' or 'last week'. */
  point: string;
  /** Observation date used; null when the quarter had none near it. */
  date: string | null;
  reconstructed: boolean;
  closedWon: number | null;
  commit: number | null;
  bestCase: number | null;
  weighted: number | null;
}

export const FORECAST_SERIES = ['Best case (incl. commit)', 'Weighted forecast', 'Commit (incl. closed)', 'Closed won'] as const;
const SERIES_COLORS = [OKABE_ITO.sky, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.blue];
const SERIES_SYMBOLS = ['triangle', 'diamond', 'square', 'circle'];

interface Row {
  x: string;
  series: (typeof FORECAST_SERIES)[number];
  value: number;
  date: string;
  reconstructed: boolean;
}

export function retroForecastChart(
  points: readonly RetroForecastPoint[],
  options: { currency: string; quarter: string; actual: number; quota: number | null },
): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const xOf = (p: RetroForecastPoint) => `${p.point[0]!.toUpperCase()}${p.point.slice(1)}${p.date === null ? '' : ` (${p.date.slice(5)})`}${p.reconstructed ? '†' : ''}`;
  const used = points.filter((p) => p.date !== null);
  const rows: Row[] = used.flatMap((p) =>
    ([p.bestCase, p.weighted, p.commit, p.closedWon] as (number | null)[]).flatMap((value, i) =>
      value === null ? [] : [{ x: xOf(p), series: FORECAST_SERIES[i]!, value, date: p.date!, reconstructed: p.reconstructed }],
    ),
  );
  const last = [...used].reverse().find((p) => p.weighted !== null);
  let title: string;
  if (last === undefined) title = `No forecast was recorded during ${options.quarter}`;
  else {
    const gap = options.actual === 0 ? null : (last.weighted! - options.actual) / options.actual;
    title =
      gap === null
        ? `The weighted forecast in the ${last.point === 'last week' ? 'last week' : last.point} was ${money(last.weighted!)}; nothing was booked`
        : Math.abs(gap) < 0.005
          ? `The weighted forecast in the ${last.point} matched the ${money(options.actual)} booked`
          : `The weighted forecast in the ${last.point} was ${percent(Math.abs(gap), Math.abs(gap) < 0.1 ? 1 : 0)} ${gap > 0 ? 'above' : 'below'} the ${money(options.actual)} booked`;
  }
  const description =
    `The forecast for ${options.quarter} at three moments, against the bookings it ended with (${money(options.actual)}, solid line)` +
    (options.quota === null ? ' (no quota)' : ` and the quota (${money(options.quota)}, dashed line)`) +
    ': ' +
    (used.length === 0
      ? 'no observation point fell in the quarter.'
      : used
          .map(
            (p) =>
              `${p.point} (${p.date}${p.reconstructed ? ', partly reconstructed from created and close dates' : ''}): closed won ${fmt(p.closedWon, money)}, commit ${fmt(p.commit, money)}, best case ${fmt(p.bestCase, money)}, weighted ${fmt(p.weighted, money)}`,
          )
          .join('; ') + '.');
  const domain = used.map(xOf);
  const tip = (d: Row) => `${d.series} on ${d.date}${d.reconstructed ? ' (partly reconstructed)' : ''}: ${moneyFull(d.value, options.currency)}`;
  const refs = [
    { label: `Booked ${money(options.actual)}`, value: options.actual, dash: null as string | null },
    ...(options.quota === null ? [] : [{ label: `Quota ${money(options.quota)}`, value: options.quota, dash: '6,4' }]),
  ];
  const top = Math.max(1, options.actual, options.quota ?? 0, ...rows.map((r) => r.value)) * 1.08;
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 320,
      marginLeft: 64,
      marginRight: 110,
      marginBottom: 40,
      x: { type: 'point', domain, label: used.some((p) => p.reconstructed) ? 'Point in the quarter († partly reconstructed)' : 'Point in the quarter', inset: 30 },
      y: { domain: [0, top], grid: true, label: '↑ Amount', tickFormat: money },
      color: { domain: [...FORECAST_SERIES], range: SERIES_COLORS, legend: true },
      symbol: { domain: [...FORECAST_SERIES], range: SERIES_SYMBOLS },
      marks: [
        Plot.ruleY(refs.filter((r) => r.dash === null), { y: 'value', stroke: 'currentColor', strokeWidth: 1.5 }),
        Plot.ruleY(refs.filter((r) => r.dash !== null), { y: 'value', stroke: 'currentColor', strokeDasharray: '6,4' }),
        Plot.text(refs, { y: 'value', text: 'label', frameAnchor: 'right', textAnchor: 'start', dx: 6, fill: 'currentColor', fontSize: 11 }),
        Plot.lineY(rows, { x: 'x', y: 'value', stroke: 'series', strokeWidth: 2 }),
        Plot.dot(rows, { x: 'x', y: 'value', stroke: 'series', fill: 'series', symbol: 'series', r: 4.5, title: tip }),
      ],
    },
  };
}

function fmt(value: number | null, money: (v: number) => string): string {
  return value === null ? 'unknown' : money(value);
}
