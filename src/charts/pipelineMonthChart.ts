/**
 * Open pipeline by close month, each column stacked by forecast category (Commit, Best Case,
 * Pipeline, Omitted; named in the legend and tooltips): past due first, then every month from the
 * as-of month, then later and undated deals. Months of the current quarter are marked below the
 * axis so the quarter's end is visible.
 */
import * as Plot from '@observablehq/plot';
import type { OpenCategory } from '../metrics/dealCategory.ts';
import { OPEN_CATEGORIES, type PipelineByCloseMonth } from '../metrics/pipelineByCloseMonth.ts';
import { monthLabel } from './chartDates.ts';
import { moneyFull, moneyShort, OKABE_ITO, type ChartContent } from './chartKit.ts';

const LABELS: Record<OpenCategory, string> = { commit: 'Commit', bestCase: 'Best case', pipeline: 'Pipeline', omitted: 'Omitted' };
const COLORS: Record<OpenCategory, string> = { commit: OKABE_ITO.green, bestCase: OKABE_ITO.sky, pipeline: OKABE_ITO.orange, omitted: OKABE_ITO.pink };

export function pipelineMonthChart(
  data: PipelineByCloseMonth,
  options: { currency: string; quarter: { label: string; start: string; end: string } },
): ChartContent {
  const money = (v: number) => moneyShort(v, options.currency);
  const name = (b: PipelineByCloseMonth['buckets'][number]) =>
    b.kind === 'pastDue' ? 'Past due' : b.kind === 'later' ? 'Later' : b.kind === 'noCloseDate' ? 'No date' : monthLabel(b.key);
  const inQuarter = (b: PipelineByCloseMonth['buckets'][number]) => b.kind === 'month' && b.start! <= options.quarter.end && b.end! >= options.quarter.start;
  const segments = data.buckets.flatMap((b) =>
    OPEN_CATEGORIES.map((c) => ({ bucket: name(b), category: LABELS[c], amount: b.byCategory[c].amount, count: b.byCategory[c].count })).filter((s) => s.count > 0),
  );
  const present = OPEN_CATEGORIES.filter((c) => data.buckets.some((b) => b.byCategory[c].count > 0));
  const months = data.buckets.filter((b) => b.kind === 'month');
  const peak = [...months].sort((a, b) => b.total.amount - a.total.amount)[0];
  const quarterAmount = months.filter(inQuarter).reduce((sum, b) => sum + b.total.amount, 0);
  const pastDue = data.buckets.find((b) => b.kind === 'pastDue')?.total.amount ?? 0;
  const title =
    peak === undefined || data.total.amount === 0
      ? 'There is no open pipeline with an amount'
      : `${money(quarterAmount)} of open pipeline is dated in the rest of ${options.quarter.label}; ${monthLabel(peak.key)} holds the most, ${money(peak.total.amount)}` +
        (pastDue > 0 ? `, and ${money(pastDue)} is past due` : '');
  const description =
    `Open pipeline as of ${data.asOf} by close month, stacked by forecast category: ` +
    data.buckets.map((b) => `${name(b)} ${money(b.total.amount)} (${OPEN_CATEGORIES.filter((c) => b.byCategory[c].count > 0).map((c) => `${LABELS[c]} ${money(b.byCategory[c].amount)}`).join(', ') || 'none'})`).join('; ') +
    `. Months of ${options.quarter.label} are underlined.`;
  const tip = (s: (typeof segments)[number]) => `${s.bucket}, ${s.category}: ${moneyFull(s.amount, options.currency)} in ${s.count} deal${s.count === 1 ? '' : 's'}`;
  const domain = data.buckets.map(name);
  const quarterBuckets = data.buckets.filter(inQuarter).map(name);
  return {
    title,
    description,
    plot: {
      width: 760,
      height: 320,
      marginLeft: 64,
      marginBottom: 50,
      marginTop: 20,
      x: { domain, label: null, padding: 0.2, tickRotate: domain.length > 10 ? -35 : 0 },
      y: { grid: true, label: `↑ Open amount (${options.currency})`, tickFormat: (v: number) => money(v), nice: true },
      // Only the categories that occur, so the legend names no empty segment.
      color: { domain: present.map((c) => LABELS[c]), range: present.map((c) => COLORS[c]), legend: present.length > 0 },
      marks: [
        Plot.barY(segments, Plot.stackY({ x: 'bucket', y: 'amount', fill: 'category', order: OPEN_CATEGORIES.map((c) => LABELS[c]), title: tip })),
        Plot.tickY(quarterBuckets, { x: (d: string) => d, y: 0, stroke: 'currentColor', strokeWidth: 4, title: (d: string) => `${d}: in ${options.quarter.label}` }),
        Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      ],
    },
  };
}
