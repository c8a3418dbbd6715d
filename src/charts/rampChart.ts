/**
 * A newer rep's ramp: attainment in each tenure quarter (1 = the quarter they started) against the
 * median attainment of the company's reps at the same tenure quarter.
 */
import * as Plot from '@observablehq/plot';
import { OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface RampChartPoint {
  tenureQuarter: number;
  /** The rep's attainment; null without a quota. */
  rep: number | null;
  /** Median attainment of other reps in the same tenure quarter; null when none. */
  median: number | null;
  /** How many rep quarters the median rests on. */
  medianReps: number;
}

export function rampChart(data: readonly RampChartPoint[], options: { rep: string }): ChartContent {
  const both = data.filter((d) => d.rep !== null && d.median !== null);
  const last = both[both.length - 1];
  const lastRep = [...data].reverse().find((d) => d.rep !== null);
  const title =
    last !== undefined
      ? `In tenure quarter ${last.tenureQuarter}, ${options.rep} reached ${percent(last.rep)} against a median of ${percent(last.median)} for reps at that point`
      : lastRep !== undefined
        ? `${options.rep} reached ${percent(lastRep.rep)} in tenure quarter ${lastRep.tenureQuarter}; no earlier hire to compare with`
        : `${options.rep} has no attainment yet in the first tenure quarters`;
  const description =
    `Attainment by tenure quarter (1 = the quarter the rep started) for ${options.rep} (bars) and the median of other reps at the same tenure quarter (dots joined by a dashed line): ` +
    data
      .map((d) => `quarter ${d.tenureQuarter}: ${d.rep === null ? 'no quota' : percent(d.rep)}, median ${d.median === null ? 'unknown' : `${percent(d.median)} of ${d.medianReps} rep quarters`}`)
      .join('; ') +
    '.';
  const domain = data.map((d) => String(d.tenureQuarter));
  const x = (d: RampChartPoint) => String(d.tenureQuarter);
  const top = Math.max(1.2, ...data.flatMap((d) => [d.rep ?? 0, d.median ?? 0])) * 1.08;
  const tip = (d: RampChartPoint) =>
    `Tenure quarter ${d.tenureQuarter}: ${d.rep === null ? 'no quota' : percent(d.rep)}; median ${d.median === null ? 'unknown' : percent(d.median)}`;
  const medians = data.filter((d) => d.median !== null);
  return {
    title,
    description,
    plot: {
      width: Math.min(760, 200 + data.length * 80),
      height: 240,
      marginLeft: 50,
      x: { domain, label: 'Tenure quarter (1 = quarter started)', padding: 0.3 },
      y: { domain: [0, top], tickFormat: '.0%', label: '↑ Attainment', grid: true },
      marks: [
        Plot.barY(data.filter((d) => d.rep !== null), { x, y: 'rep', fill: OKABE_ITO.blue, title: tip }),
        Plot.text(data.filter((d) => d.rep === null), { x, y: 0, text: () => 'no quota', dy: -8, fill: 'currentColor', fontSize: 10 }),
        Plot.lineY(medians, { x, y: 'median', stroke: OKABE_ITO.orange, strokeWidth: 2, strokeDasharray: '5,4' }),
        Plot.dot(medians, { x, y: 'median', stroke: OKABE_ITO.orange, fill: 'none', r: 4, strokeWidth: 2, title: tip }),
        Plot.ruleY([1], { stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.7 }),
        Plot.ruleY([0]),
      ],
    },
  };
}
