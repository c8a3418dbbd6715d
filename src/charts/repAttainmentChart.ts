/**
 * A rep's attainment in each quarter (bars) against 100% (dashed rule) and the median rep of the
 * team (a thick tick per quarter). Quarters without a quota say so at the baseline instead of
 * showing an empty bar, and the title states the trend.
 */
import * as Plot from '@observablehq/plot';
import { OKABE_ITO, percent, points, shortQuarter, type ChartContent } from './chartKit.ts';

export interface RepAttainmentPoint {
  /** Fiscal quarter key. */
  period: string;
  /** 1 = 100%; null without a quota. */
  attainment: number | null;
  /** Median attainment of the team's reps with a quota; null when unknown. */
  teamMedian: number | null;
  /** True for the quarter in progress. */
  current: boolean;
}

export interface RepAttainmentOptions {
  rep: string;
  /** The group the median is taken over ("team", "company"). */
  medianOf: string;
  trend: { label: 'improving' | 'steady' | 'declining'; slope: number; quarters: number } | null;
}

export function repAttainmentChart(data: readonly RepAttainmentPoint[], options: RepAttainmentOptions): ChartContent {
  const known = data.filter((d) => d.attainment !== null);
  const closedKnown = known.filter((d) => !d.current);
  const last = closedKnown[closedKnown.length - 1];
  const title =
    known.length === 0
      ? `${options.rep} had no quota in these quarters, so there is no attainment to show`
      : options.trend !== null
        ? `Attainment ${options.trend.label}: ${points(options.trend.slope)} per quarter over the last ${options.trend.quarters} completed quarters`
        : last !== undefined
          ? `Attainment ${percent(last.attainment)} in ${shortQuarter(last.period)}${last.teamMedian !== null ? `, against a ${options.medianOf} median of ${percent(last.teamMedian)}` : ''}`
          : `Attainment ${percent(known[known.length - 1]!.attainment)} so far this quarter`;
  const description =
    `${options.rep}'s attainment by quarter (bars), the ${options.medianOf} median (ticks) and 100% (dashed line): ` +
    data
      .map((d) => `${shortQuarter(d.period)}${d.current ? ' (in progress)' : ''} ${d.attainment === null ? 'no quota' : percent(d.attainment)}${d.teamMedian === null ? '' : `, median ${percent(d.teamMedian)}`}`)
      .join('; ') +
    '.';
  const top = Math.max(1.2, ...data.flatMap((d) => [d.attainment ?? 0, d.teamMedian ?? 0])) * 1.08;
  const label = (d: RepAttainmentPoint) => shortQuarter(d.period) + (d.current ? '*' : '');
  const domain = data.map(label);
  const tip = (d: RepAttainmentPoint) =>
    `${shortQuarter(d.period)}${d.current ? ' (in progress)' : ''}: ${d.attainment === null ? 'no quota' : percent(d.attainment)}` +
    (d.teamMedian === null ? '' : `; ${options.medianOf} median ${percent(d.teamMedian)}`);
  return {
    title,
    description,
    plot: {
      width: Math.min(760, 160 + data.length * 70),
      height: 280,
      marginLeft: 50,
      marginBottom: 40,
      x: { domain, label: data.some((d) => d.current) ? 'Fiscal quarter (* in progress)' : 'Fiscal quarter', padding: 0.25 },
      y: { domain: [0, top], tickFormat: '.0%', label: '↑ Attainment (bookings ÷ quota)', grid: true },
      marks: [
        Plot.barY(known, { x: label, y: 'attainment', fill: OKABE_ITO.blue, fillOpacity: (d: RepAttainmentPoint) => (d.current ? 0.45 : 1), title: tip }),
        Plot.text(known, { x: label, y: 'attainment', text: (d: RepAttainmentPoint) => percent(d.attainment), dy: -7, fill: 'currentColor', fontSize: 10 }),
        Plot.text(
          data.filter((d) => d.attainment === null),
          { x: label, y: 0, text: () => 'no quota', dy: -8, fill: 'currentColor', fillOpacity: 0.75, fontSize: 10, title: tip },
        ),
        Plot.tickY(
          data.filter((d) => d.teamMedian !== null),
          { x: label, y: 'teamMedian', stroke: 'currentColor', strokeWidth: 2.5, title: tip },
        ),
        Plot.ruleY([1], { stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.7 }),
        Plot.ruleY([0]),
      ],
    },
  };
}
