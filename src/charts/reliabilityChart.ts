/**
 * Reliability of the deals' win probabilities in the replay: for each bin of predicted
 * probability, the mean predicted probability (x) against the share actually won (y), dot size
 * by the number of predictions, for the learned probabilities and the CRM's, with the diagonal
 * of perfect calibration. Named in the legend, the tooltips and the description.
 */
import * as Plot from '@observablehq/plot';
import type { ReliabilityBin } from '../metrics/forecastScores.ts';
import { OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export function reliabilityChart(series: ReadonlyArray<{ label: string; bins: readonly ReliabilityBin[]; brier: number | null }>): ChartContent {
  const rows = series.flatMap((s) => s.bins.filter((b) => b.count > 0).map((b) => ({ series: s.label, predicted: b.predicted!, actual: b.actual!, count: b.count, x0: b.x0, x1: b.x1 })));
  const first = series[0];
  const worst = rows.filter((r) => r.series === first?.label).reduce<(typeof rows)[number] | null>((a, r) => (a === null || Math.abs(r.actual - r.predicted) * r.count > Math.abs(a.actual - a.predicted) * a.count ? r : a), null);
  const title =
    first === undefined || rows.length === 0
      ? 'No replayed deal prediction to check yet'
      : `Brier score ${first.brier === null ? 'unknown' : first.brier.toFixed(3)} (${first.label})${series[1]?.brier != null ? ` vs ${series[1].brier.toFixed(3)} (${series[1].label})` : ''}${worst === null ? '' : `; deals given ${percent(worst.predicted)} were won ${percent(worst.actual)} of the time`}`;
  const description =
    'Each open deal at each replayed point is one prediction of being won within its quarter. Predictions are grouped in bins of 10 points of probability; a well calibrated probability lies on the diagonal. ' +
    series.map((s) => `${s.label}: ${s.bins.filter((b) => b.count > 0).map((b) => `${percent(b.x0)}-${percent(b.x1)} ${percent(b.actual)} won of ${b.count}`).join(', ')}`).join('. ') +
    '.';
  const tip = (r: (typeof rows)[number]) => `${r.series}, predicted ${percent(r.x0)}-${percent(r.x1)}: ${r.count} predictions, ${percent(r.predicted, 1)} on average, ${percent(r.actual, 1)} won`;
  return {
    title,
    description,
    plot: {
      width: 520,
      height: 420,
      marginLeft: 56,
      marginBottom: 44,
      x: { domain: [0, 1], label: 'Predicted win probability →', tickFormat: (v: number) => percent(v), grid: true },
      y: { domain: [0, 1], label: '↑ Share won', tickFormat: (v: number) => percent(v), grid: true },
      color: { domain: series.map((s) => s.label), range: [OKABE_ITO.vermillion, OKABE_ITO.blue], legend: true },
      symbol: { domain: series.map((s) => s.label), range: ['circle', 'square'] },
      r: { range: [3, 12] },
      marks: [
        Plot.line([[0, 0], [1, 1]], { stroke: 'currentColor', strokeOpacity: 0.4, strokeDasharray: '4,3' }),
        Plot.line(rows, { x: 'predicted', y: 'actual', stroke: 'series', strokeOpacity: 0.6 }),
        Plot.dot(rows, { x: 'predicted', y: 'actual', fill: 'series', symbol: 'series', r: 'count', stroke: 'white', strokeWidth: 0.5, title: tip }),
      ],
    },
  };
}
