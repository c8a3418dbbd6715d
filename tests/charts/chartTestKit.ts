/**
 * What the chart tests look at: the marks a chart function returns (type and data), and the
 * rendered HTML (through renderChart, as the pages render it).
 */
import type * as Plot from '@observablehq/plot';
import { renderChart } from '../../src/charts/renderChart.ts';
import type { ChartContent } from '../../src/charts/chartKit.ts';

type AnyMark = { constructor: { name: string }; data?: unknown };

/** `['RuleY', 'Line', ...]`, in mark order. */
export function markTypes(chart: ChartContent): string[] {
  return (chart.plot.marks ?? []).flat(Infinity as 1).map((m) => (m as unknown as AnyMark).constructor.name);
}

/** The data of the marks of one type, in mark order. */
export function markData<T = unknown>(chart: ChartContent, type: string): T[][] {
  return (chart.plot.marks ?? [])
    .flat(Infinity as 1)
    .filter((m) => (m as unknown as AnyMark).constructor.name === type)
    .map((m) => [...((m as unknown as AnyMark).data as Iterable<T>)]);
}

/** The chart as the page shows it. */
export function rendered(chart: ChartContent, id = 'test-chart'): string {
  return renderChart({ id, ...chart });
}

/** The texts of the `<title>` elements of the rendered marks (native tooltips). */
export function tooltips(html: string): string[] {
  return [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!);
}

export type { Plot };
