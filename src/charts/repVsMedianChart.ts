/**
 * One of a rep's quarterly numbers (win rate, average won deal size, sales cycle) against the
 * median rep of the team: the rep as a solid line with filled dots, the median as a dashed line
 * with hollow dots, so the two read apart without colour. Quarters where a value is unknown
 * leave a gap.
 */
import * as Plot from '@observablehq/plot';
import { days, moneyFull, moneyShort, OKABE_ITO, percent, shortQuarter, type ChartContent } from './chartKit.ts';

export type RepMetric = 'winRate' | 'avgWonSize' | 'cycleDays';

export interface RepVsMedianPoint {
  period: string;
  rep: number | null;
  median: number | null;
}

export interface RepVsMedianOptions {
  metric: RepMetric;
  rep: string;
  /** "team" or "company". */
  medianOf: string;
  /** Needed for avgWonSize. */
  currency: string;
}

const METRIC: Record<RepMetric, { name: string; axis: string; higherIsBetter: boolean }> = {
  winRate: { name: 'Win rate', axis: '↑ Win rate by count (won ÷ closed)', higherIsBetter: true },
  avgWonSize: { name: 'Average won deal', axis: '↑ Average won deal size', higherIsBetter: true },
  cycleDays: { name: 'Median sales cycle', axis: '↑ Median days from created to won', higherIsBetter: false },
};

interface Row {
  period: string;
  series: string;
  value: number | null;
}

export function repVsMedianChart(data: readonly RepVsMedianPoint[], options: RepVsMedianOptions): ChartContent {
  const m = METRIC[options.metric];
  const fmt = (v: number | null) =>
    v === null ? 'unknown' : options.metric === 'winRate' ? percent(v) : options.metric === 'avgWonSize' ? moneyFull(v, options.currency) : days(v);
  const short = (v: number | null) => (v !== null && options.metric === 'avgWonSize' ? moneyShort(v, options.currency) : fmt(v));
  const repSeries = options.rep;
  const medianSeries = `${options.medianOf[0]!.toUpperCase()}${options.medianOf.slice(1)} median`;
  const rows: Row[] = data.flatMap((d) => [
    { period: d.period, series: repSeries, value: d.rep },
    { period: d.period, series: medianSeries, value: d.median },
  ]);
  const both = data.filter((d) => d.rep !== null && d.median !== null);
  const last = both[both.length - 1];
  const lastRep = [...data].reverse().find((d) => d.rep !== null);
  let title: string;
  if (last !== undefined) {
    const diff = last.rep! - last.median!;
    const relative = Math.abs(diff) < 1e-9 ? 'level with' : diff > 0 ? 'above' : 'below';
    const verdict = relative === 'level with' ? '' : (diff > 0) === m.higherIsBetter ? ' (better)' : ' (worse)';
    title = `${m.name} ${short(last.rep)} in ${shortQuarter(last.period)}, ${relative} the ${options.medianOf} median of ${short(last.median)}${verdict}`;
  } else if (lastRep !== undefined) {
    title = `${m.name} ${short(lastRep.rep)} in ${shortQuarter(lastRep.period)}; no ${options.medianOf} median to compare with`;
  } else {
    title = `${m.name}: no quarter with a known value for ${options.rep}`;
  }
  const description =
    `${m.name} by quarter for ${options.rep} (solid line, filled dots) and the ${options.medianOf} median (dashed line, hollow dots): ` +
    data.map((d) => `${shortQuarter(d.period)} ${fmt(d.rep)} vs ${fmt(d.median)}`).join('; ') +
    '.';
  const domain = data.map((d) => d.period);
  const tip = (d: Row) => `${d.series}, ${shortQuarter(d.period)}: ${fmt(d.value)}`;
  const known = rows.filter((r) => r.value !== null);
  const yFormat =
    options.metric === 'winRate' ? '.0%' : options.metric === 'avgWonSize' ? (v: number) => moneyShort(v, options.currency) : (v: number) => String(v);
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 240,
      marginLeft: 60,
      marginBottom: 36,
      x: { type: 'point', domain, tickFormat: shortQuarter, label: 'Fiscal quarter', inset: 16 },
      y: { zero: true, grid: true, label: m.axis, tickFormat: yFormat, nice: true },
      color: { domain: [repSeries, medianSeries], range: [OKABE_ITO.blue, OKABE_ITO.orange], legend: true },
      marks: [
        Plot.lineY(rows.filter((r) => r.series === repSeries), { x: 'period', y: 'value', stroke: 'series', strokeWidth: 2 }),
        Plot.lineY(rows.filter((r) => r.series === medianSeries), { x: 'period', y: 'value', stroke: 'series', strokeWidth: 2, strokeDasharray: '5,4' }),
        Plot.dot(known.filter((r) => r.series === repSeries), { x: 'period', y: 'value', fill: 'series', r: 3.5, title: tip }),
        Plot.dot(known.filter((r) => r.series === medianSeries), { x: 'period', y: 'value', stroke: 'series', fill: 'none', r: 3.5, strokeWidth: 1.5, title: tip }),
      ],
    },
  };
}
