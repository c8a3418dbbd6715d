/**
 * The simulated period-end outcome of a quarter as a histogram of the trials (share of trials
 * per bin), with the quota and the P10, P50 and P90 marked as labelled rules; bins at or above
 * quota are filled differently and named in the legend. Without a histogram (or when every trial
 * ends at the same total) it falls back to a range: a P10 to P90 bar with the P50 and the quota.
 */
import * as Plot from '@observablehq/plot';
import type { HistogramBin } from '../metrics/trialHistogram.ts';
import { chanceLabel } from './chanceLabel.ts';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface ForecastDistributionData {
  /** `FY2027 Q3`. */
  label: string;
  histogram: readonly HistogramBin[];
  p10: number;
  p50: number;
  p90: number;
  quota: number | null;
  probabilityOfQuota: number | null;
  closedWon: number;
}

const REACHES = 'At or above quota';
const SHORT = 'Below quota';
const NO_QUOTA = 'Simulated outcomes';

export function forecastDistributionChart(data: ForecastDistributionData, options: { currency: string }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const full = (v: number) => moneyFull(v, options.currency);
  const quota = data.quota !== null && data.quota > 0 ? data.quota : null;
  const trials = data.histogram.reduce((sum, b) => sum + b.trials, 0);
  const spread = data.histogram.length > 1 && trials > 0;

  const title =
    quota === null
      ? `The median simulated outcome for ${data.label} is ${money(data.p50)}, P10 ${money(data.p10)} to P90 ${money(data.p90)}; no quota is set`
      : `${capitalize(chanceLabel(data.probabilityOfQuota ?? 0))} chance of reaching the ${money(quota)} quota in ${data.label}; the median outcome is ${money(data.p50)}`;
  const description =
    `${spread ? `Histogram of ${trials.toLocaleString('en-US')} simulated` : 'Range of the simulated'} period-end bookings for ${data.label}, starting from ${full(data.closedWon)} already won. ` +
    `P10 ${full(data.p10)}, P50 ${full(data.p50)}, P90 ${full(data.p90)}` +
    (quota === null ? '; no quota.' : `; quota ${full(quota)}, reached in ${chanceLabel(data.probabilityOfQuota ?? 0)} of the trials.`);

  const rules = [
    { key: 'P10', value: data.p10 },
    { key: 'P50', value: data.p50 },
    { key: 'P90', value: data.p90 },
  ];
  const xs = [data.p10, data.p90, ...(quota === null ? [] : [quota]), ...data.histogram.flatMap((b) => [b.x0, b.x1])];
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = Math.max((hi - lo) * 0.06, hi * 0.01, 1);
  const x = { domain: [Math.max(0, lo - pad), hi + pad], label: `Bookings at the end of ${data.label} (${options.currency}) →`, tickFormat: (v: number) => money(v), ticks: 6 };
  // The quota as a rule with its label, at the given height (the top of the frame by default).
  const quotaMarks = (y?: number): Plot.Markish[] =>
    quota === null
      ? []
      : [
          Plot.ruleX([quota], { stroke: 'currentColor', strokeWidth: 2, title: () => `Quota: ${full(quota)}` }),
          Plot.text([quota], {
            x: (d: number) => d,
            ...(y === undefined ? { frameAnchor: 'top' as const, dy: -2 } : { y }),
            text: () => `Quota ${money(quota)}`,
            dx: 4,
            textAnchor: 'start',
            fill: 'currentColor',
            fontSize: 11,
            fontWeight: 600,
          }),
        ];

  if (!spread) {
    return {
      title,
      description,
      plot: {
        width: 760,
        height: 150,
        marginLeft: 20,
        marginRight: 40,
        marginTop: 30,
        x,
        y: { axis: null, domain: [0, 1] },
        marks: [
          Plot.ruleY([0.5], { x1: data.p10, x2: data.p90, stroke: OKABE_ITO.sky, strokeWidth: 14, title: () => `P10 ${full(data.p10)} to P90 ${full(data.p90)}` }),
          Plot.dot([data.p50], { x: (d: number) => d, y: 0.5, r: 7, fill: OKABE_ITO.blue, stroke: 'white', title: () => `P50: ${full(data.p50)}` }),
          Plot.text(rules, { x: 'value', y: 0.5, text: (d: { key: string; value: number }) => `${d.key} ${money(d.value)}`, dy: 20, fill: 'currentColor', fontSize: 11 }),
          ...quotaMarks(),
        ],
      },
    };
  }

  const bins = data.histogram.map((b) => ({
    ...b,
    share: b.trials / trials,
    group: quota === null ? NO_QUOTA : b.x0 >= quota ? REACHES : SHORT,
  }));
  const top = Math.max(...bins.map((b) => b.share)) * 1.18;
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 300,
      marginLeft: 56,
      marginRight: 30,
      marginTop: 34,
      x,
      y: { domain: [0, top], grid: true, label: '↑ Share of trials', tickFormat: (v: number) => percent(v) },
      color:
        quota === null
          ? { domain: [NO_QUOTA], range: [OKABE_ITO.sky] }
          : { domain: [SHORT, REACHES], range: [OKABE_ITO.orange, OKABE_ITO.blue], legend: true },
      marks: [
        Plot.rectY(bins, {
          x1: 'x0',
          x2: 'x1',
          y: 'share',
          fill: 'group',
          inset: 0.5,
          title: (b: (typeof bins)[number]) => `${full(b.x0)} to ${full(b.x1)}: ${percent(b.share, 1)} of trials (${b.trials.toLocaleString('en-US')})`,
        }),
        Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
        Plot.ruleX(rules, { x: 'value', stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.8, title: (d: { key: string; value: number }) => `${d.key}: ${full(d.value)}` }),
        Plot.text(rules, { x: 'value', y: top, text: (d: { key: string; value: number }) => d.key, dy: -6, fill: 'currentColor', fontSize: 11 }),
        ...quotaMarks(top * 0.86),
      ],
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
