/**
 * The replayed track record by week of quarter: for each week (1 = days 1-7), the mean absolute
 * percentage error of the simulated P50 and of each baseline over the replayed quarters, as lines
 * with a symbol per method, named in the legend, each point's tooltip and the description.
 */
import * as Plot from '@observablehq/plot';
import { OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface AccuracyWeek {
  week: number;
  points: number;
  /** Mean absolute percentage error per method label (null: nothing to score). */
  errors: ReadonlyArray<{ method: string; mape: number | null }>;
  /** Share of points whose P10-P90 held the actual. */
  coverage: number | null;
}

const COLORS = [OKABE_ITO.vermillion, OKABE_ITO.blue, OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.pink, OKABE_ITO.sky];
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'];

export function accuracyByWeekChart(weeks: readonly AccuracyWeek[], options: { methods: readonly string[]; quarters: number }): ChartContent {
  const rows = weeks.flatMap((w) => w.errors.filter((e) => e.mape !== null).map((e) => ({ week: w.week, method: e.method, mape: e.mape!, points: w.points })));
  const first = options.methods[0] ?? 'P50';
  const mine = rows.filter((r) => r.method === first);
  const best = mine.length === 0 ? null : mine.reduce((a, b) => (b.mape < a.mape ? b : a));
  const title =
    mine.length === 0
      ? 'No replayed forecast point to score yet'
      : `The ${first} was off by ${percent(mine[0]!.mape)} in week ${mine[0]!.week} and ${percent(mine[mine.length - 1]!.mape)} by week ${mine[mine.length - 1]!.week}, over ${options.quarters} replayed quarter${options.quarters === 1 ? '' : 's'}`;
  const description =
    `Mean absolute percentage error of each forecast against what the quarter closed with, by week of the quarter, over ${options.quarters} replayed closed quarter${options.quarters === 1 ? '' : 's'}: ` +
    weeks.map((w) => `week ${w.week}: ${first} ${percent(w.errors.find((e) => e.method === first)?.mape ?? null)}${w.coverage === null ? '' : `, range held ${percent(w.coverage)}`}`).join('; ') +
    '. The other methods are in the table below.' +
    (best === null ? '' : ` Lowest ${first} error ${percent(best.mape)} in week ${best.week}.`);
  const top = Math.max(0.1, ...rows.map((r) => r.mape)) * 1.1;
  const tip = (r: (typeof rows)[number]) => `Week ${r.week}, ${r.method}: off by ${percent(r.mape, 1)} on average (${r.points} point${r.points === 1 ? '' : 's'})`;
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 320,
      marginLeft: 56,
      marginTop: 20,
      x: { label: 'Week of quarter →', domain: [Math.min(1, ...weeks.map((w) => w.week)), Math.max(2, ...weeks.map((w) => w.week))], tickFormat: (v: number) => String(v) },
      y: { domain: [0, top], grid: true, label: '↑ Mean absolute % error', tickFormat: (v: number) => percent(v) },
      color: { domain: [...options.methods], range: COLORS.slice(0, options.methods.length), legend: true },
      symbol: { domain: [...options.methods], range: SYMBOLS.slice(0, options.methods.length) },
      marks: [
        Plot.line(rows, { x: 'week', y: 'mape', stroke: 'method', strokeWidth: (r: (typeof rows)[number]) => (r.method === first ? 3 : 1.5) }),
        Plot.dot(rows, { x: 'week', y: 'mape', fill: 'method', symbol: 'method', r: 4, stroke: 'white', strokeWidth: 0.5, title: tip }),
        Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      ],
    },
  };
}
