/**
 * Where a team's or region's quarter stands by forecast category: one stacked bar per quarter
 * (current and next) of closed won, then open Commit, Best Case and Pipeline, so each boundary is
 * a cumulative roll-up (Commit incl. closed, Best Case incl. Commit, ...), with the quota as a
 * thick tick and the simulated median (P50) as a hollow diamond. Segments are named in the
 * legend and in each tooltip.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface CategoryPeriod {
  /** Quarter label, e.g. `FY2027 Q3`. */
  label: string;
  closedWon: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  quota: number | null;
  /** Simulated median outcome; null when not known. */
  p50: number | null;
}

export const CATEGORY_SEGMENTS = ['Closed won', 'Commit (open)', 'Best case (open)', 'Pipeline (open)'] as const;
const SEGMENT_COLORS = [OKABE_ITO.blue, OKABE_ITO.green, OKABE_ITO.sky, OKABE_ITO.orange];

interface Segment {
  label: string;
  segment: (typeof CATEGORY_SEGMENTS)[number];
  amount: number;
  cumulative: number;
}

export function forecastCategoriesChart(periods: readonly CategoryPeriod[], options: { currency: string; scopeName: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const segments: Segment[] = periods.flatMap((p) => {
    const amounts = [p.closedWon, p.commit, p.bestCase, p.pipeline];
    let sum = 0;
    return amounts.map((amount, i) => {
      sum += amount;
      return { label: p.label, segment: CATEGORY_SEGMENTS[i]!, amount, cumulative: sum };
    });
  });
  const first = periods[0];
  const commitIncl = first === undefined ? 0 : first.closedWon + first.commit;
  const title =
    first === undefined
      ? `No forecast for ${options.scopeName}`
      : first.quota !== null && first.quota > 0
        ? `Closed won plus Commit is ${money(commitIncl)}, ${percent(commitIncl / first.quota)} of the ${first.label} quota of ${money(first.quota)}`
        : `Closed won plus Commit is ${money(commitIncl)} for ${first.label}; there is no quota to compare with`;
  const description =
    `Forecast categories for ${options.scopeName} as stacked bars: ` +
    periods
      .map(
        (p) =>
          `${p.label}: closed won ${money(p.closedWon)}, open Commit ${money(p.commit)}, open Best Case ${money(p.bestCase)}, open Pipeline ${money(p.pipeline)}` +
          `${p.quota === null ? ', no quota' : `, quota ${money(p.quota)}`}${p.p50 === null ? '' : `, simulated median ${money(p.p50)}`}`,
      )
      .join('; ') +
    '.';
  const tip = (d: Segment) => `${d.label}, ${d.segment}: ${moneyFull(d.amount, options.currency)} (running total ${moneyFull(d.cumulative, options.currency)})`;
  const top = Math.max(1, ...periods.flatMap((p) => [p.closedWon + p.commit + p.bestCase + p.pipeline, p.quota ?? 0, p.p50 ?? 0])) * 1.05;
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 70 + periods.length * 50,
      marginLeft: 90,
      marginRight: 24,
      x: { domain: [0, top], grid: true, label: 'Amount →', tickFormat: money },
      y: { domain: periods.map((p) => p.label), label: null, padding: 0.3 },
      color: { domain: [...CATEGORY_SEGMENTS], range: SEGMENT_COLORS, legend: true },
      marks: [
        Plot.barX(segments, Plot.stackX({ x: 'amount', y: 'label', fill: 'segment', order: [...CATEGORY_SEGMENTS], title: tip })),
        Plot.tickX(
          periods.filter((p) => p.quota !== null),
          { x: 'quota', y: 'label', stroke: 'currentColor', strokeWidth: 3, title: (p: CategoryPeriod) => `${p.label} quota: ${moneyFull(p.quota!, options.currency)}` },
        ),
        Plot.dot(
          periods.filter((p) => p.p50 !== null),
          { x: 'p50', y: 'label', symbol: 'diamond', r: 6, stroke: 'currentColor', strokeWidth: 2, fill: 'none', title: (p: CategoryPeriod) => `${p.label} simulated median (P50): ${moneyFull(p.p50!, options.currency)}` },
        ),
        Plot.ruleX([0]),
      ],
    },
  };
}
