/**
 * A headline number's path through the quarter as a sparkline for a KPI card: a line through
 * the values at each point of the forecast history and a dot on the latest. The description
 * reads the first and latest values (the card itself shows the number and its change).
 */
import * as Plot from '@observablehq/plot';
import { moneyShort, OKABE_ITO, type ChartContent } from './chartKit.ts';

export interface ValueSparklineOptions {
  label: string;
  currency: string;
  width?: number;
  height?: number;
}

export function valueSparkline(series: readonly { date: string; value: number }[], options: ValueSparklineOptions): ChartContent {
  const width = options.width ?? 160;
  const height = options.height ?? 32;
  const first = series[0];
  const last = series.at(-1);
  const money = (v: number) => moneyShort(v, options.currency);
  const description =
    first === undefined || last === undefined
      ? 'No points in the quarter yet.'
      : series.length === 1
        ? `${money(last.value)} on ${last.date}, the only point so far.`
        : `From ${money(first.value)} on ${first.date} to ${money(last.value)} on ${last.date}, over ${series.length} points.`;
  const values = series.map((p) => p.value);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  return {
    title: `${options.label} through the quarter`,
    description,
    plot: {
      width,
      height,
      marginTop: 3,
      marginBottom: 3,
      marginLeft: 3,
      marginRight: 5,
      x: { type: 'point', domain: series.map((p) => p.date), axis: null },
      y: { domain: [low, high], axis: null },
      marks: [
        Plot.lineY(series, { x: 'date', y: 'value', stroke: OKABE_ITO.blue, strokeWidth: 1.5 }),
        Plot.dot(last === undefined ? [] : [last], { x: 'date', y: 'value', r: 2.5, fill: OKABE_ITO.blue }),
      ],
    },
  };
}
