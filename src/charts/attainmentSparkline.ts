/**
 * A rep's attainment over recent quarters as a sparkline: a line through the known quarters, a
 * dot on each, and a dashed rule at 100%. Small enough for a card; the description reads every
 * value, so the picture is never the only way to get them.
 */
import * as Plot from '@observablehq/plot';
import { OKABE_ITO, percent, shortQuarter, type ChartContent } from './chartKit.ts';

export interface SparklinePoint {
  /** Fiscal quarter key, e.g. `FY2027-Q2`. */
  period: string;
  /** 1 = 100%; null when the quarter had no quota. */
  attainment: number | null;
}

export interface AttainmentSparklineOptions {
  rep: string;
  width?: number;
  height?: number;
}

export function attainmentSparkline(points: readonly SparklinePoint[], options: AttainmentSparklineOptions): ChartContent {
  const width = options.width ?? 160;
  const height = options.height ?? 44;
  const known = points.filter((p) => p.attainment !== null);
  const top = Math.max(1.2, ...known.map((p) => p.attainment!));
  const values = points.map((p) => `${shortQuarter(p.period)} ${p.attainment === null ? 'no quota' : percent(p.attainment)}`);
  const title = known.length === 0 ? `${options.rep}: no quota in these quarters` : `${options.rep}: attainment by quarter`;
  const description =
    known.length === 0
      ? `${options.rep} had no quota in ${points.map((p) => shortQuarter(p.period)).join(', ')}, so there is no attainment to draw.`
      : `Attainment by quarter, oldest first: ${values.join('; ')}. The dashed line is 100%.`;
  const label = (d: SparklinePoint) => `${shortQuarter(d.period)}: ${d.attainment === null ? 'no quota' : percent(d.attainment)}`;
  return {
    title,
    description,
    plot: {
      width,
      height,
      marginTop: 4,
      marginBottom: 4,
      marginLeft: 4,
      marginRight: 4,
      x: { type: 'point', domain: points.map((p) => p.period), axis: null, inset: 4 },
      y: { domain: [0, top], axis: null },
      marks: [
        Plot.ruleY([1], { stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '3,3' }),
        Plot.lineY(points, { x: 'period', y: 'attainment', stroke: OKABE_ITO.blue, strokeWidth: 1.75 }),
        Plot.dot(known, { x: 'period', y: 'attainment', r: 2.25, fill: OKABE_ITO.blue, title: label }),
      ],
    },
  };
}
