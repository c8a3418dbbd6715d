/**
 * The total payout of everyone on a plan at the end of the period over the forecast's trials: a
 * histogram (share of trials per bin) with P10, P50 and P90 as labelled rules.
 */
import * as Plot from '@observablehq/plot';
import type { HistogramBin } from '../metrics/trialHistogram.ts';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface PayoutDistributionData {
  label: string;
  histogram: readonly HistogramBin[];
  p10: number;
  p50: number;
  p90: number;
  trials: number;
}

export function payoutDistributionChart(data: PayoutDistributionData, options: { currency: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const full = (v: number) => moneyFull(v, options.currency);
  const title = `Total payout for ${data.label} is most likely ${money(data.p50)}, P10 ${money(data.p10)} to P90 ${money(data.p90)}`;
  const description = `Histogram of the total payout of everyone on a plan at the end of ${data.label} over ${data.trials.toLocaleString('en-US')} simulated trials of the forecast. P10 ${full(data.p10)}, P50 ${full(data.p50)}, P90 ${full(data.p90)}.`;
  const bins = data.histogram.map((b) => ({ ...b, share: data.trials > 0 ? b.trials / data.trials : 0 }));
  const rules = [
    { key: 'P10', value: data.p10 },
    { key: 'P50', value: data.p50 },
    { key: 'P90', value: data.p90 },
  ];
  const single = bins.length <= 1;
  return {
    title,
    description,
    plot: {
      width: 640,
      height: 240,
      marginLeft: 50,
      x: { label: `Total payout (${options.currency}) →`, tickFormat: (v: number) => money(v), ticks: 6 },
      y: { label: '↑ Share of trials', tickFormat: '.0%', grid: true },
      marks: [
        single
          ? Plot.ruleX(bins, { x: 'x0', stroke: OKABE_ITO.blue, strokeWidth: 4 })
          : Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'share', fill: OKABE_ITO.blue, fillOpacity: 0.7, insetLeft: 0.5, insetRight: 0.5, title: (b: (typeof bins)[number]) => `${full(b.x0)} to ${full(b.x1)}: ${percent(b.share, 1)} of trials` }),
        Plot.ruleX(rules.filter((r) => r.key !== 'P50'), { x: 'value', stroke: 'currentColor', strokeDasharray: '4,3' }),
        Plot.ruleX(rules.filter((r) => r.key === 'P50'), { x: 'value', stroke: 'currentColor', strokeWidth: 2 }),
        Plot.text(rules, { x: 'value', frameAnchor: 'top', dy: -2, text: 'key', fill: 'currentColor', fontSize: 11, lineAnchor: 'bottom' }),
        Plot.ruleY([0]),
      ],
    },
  };
}
