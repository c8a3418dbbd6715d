/**
 * The forecast's track record: for each past quarter (oldest on the left), what it booked as a
 * bar, and the weighted forecast and the commit made on the same day of that quarter as a dot and
 * a triangle, each named in the legend, its tooltip and the description.
 */
import * as Plot from '@observablehq/plot';
import { moneyFull, moneyShort, OKABE_ITO, percent, type ChartContent } from './chartKit.ts';

export interface AccuracyQuarter {
  /** `FY2027 Q2`. */
  label: string;
  /** Forecast date used. */
  date: string;
  expected: number;
  commit: number;
  actual: number;
}

const KINDS = ['Actual bookings', 'Weighted forecast then', 'Commit then'] as const;

export function forecastAccuracyChart(quarters: readonly AccuracyQuarter[], options: { currency: string; day: number }): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const full = (v: number) => moneyFull(v, options.currency);
  const ordered = [...quarters].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const judged = ordered.filter((q) => q.actual > 0);
  const errors = judged.map((q) => q.expected / q.actual - 1);
  const low = errors.filter((e) => e < 0).length;
  const meanAbs = errors.length === 0 ? null : errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;
  const title =
    meanAbs === null
      ? 'No past quarter with bookings to compare the forecast with'
      : `On day ${options.day}, the weighted forecast was off by ${percent(meanAbs)} on average, low in ${low} of ${judged.length} quarters`;
  const description =
    `For each of the last ${ordered.length} closed quarters, the weighted forecast and the commit as they stood on day ${options.day}, against the bookings the quarter closed with: ` +
    ordered.map((q) => `${q.label} forecast ${money(q.expected)} and commit ${money(q.commit)} on ${q.date}, actual ${money(q.actual)}`).join('; ') +
    '.';
  const rows = ordered.flatMap((q) => [
    { label: q.label, kind: KINDS[0], value: q.actual, date: q.date },
    { label: q.label, kind: KINDS[1], value: q.expected, date: q.date },
    { label: q.label, kind: KINDS[2], value: q.commit, date: q.date },
  ]);
  const tip = (r: (typeof rows)[number]) => `${r.label}, ${r.kind}${r.kind === KINDS[0] ? '' : ` (${r.date})`}: ${full(r.value)}`;
  const top = Math.max(1, ...rows.map((r) => r.value)) * 1.1;
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 300,
      marginLeft: 64,
      marginTop: 20,
      x: { domain: ordered.map((q) => q.label), label: null, padding: 0.35 },
      y: { domain: [0, top], grid: true, label: `↑ Bookings (${options.currency})`, tickFormat: (v: number) => money(v) },
      color: { domain: [...KINDS], range: ['#9aa4ae', OKABE_ITO.vermillion, OKABE_ITO.green] },
      symbol: { domain: [...KINDS], range: ['square', 'circle', 'triangle'], legend: true },
      marks: [
        Plot.barY(rows.filter((r) => r.kind === KINDS[0]), { x: 'label', y: 'value', fill: 'kind', title: tip }),
        // Side by side, so a forecast equal to the commit does not hide it.
        Plot.dot(rows.filter((r) => r.kind === KINDS[1]), { x: 'label', y: 'value', fill: 'kind', symbol: 'kind', r: 6, dx: -9, stroke: 'white', strokeWidth: 1, title: tip }),
        Plot.dot(rows.filter((r) => r.kind === KINDS[2]), { x: 'label', y: 'value', fill: 'kind', symbol: 'kind', r: 6, dx: 9, stroke: 'white', strokeWidth: 1, title: tip }),
        Plot.text(rows.filter((r) => r.kind === KINDS[0]), { x: 'label', y: 'value', text: (r: (typeof rows)[number]) => money(r.value), dy: -8, fill: 'currentColor', fontSize: 11 }),
        Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      ],
    },
  };
}
