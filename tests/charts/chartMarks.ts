/**
 * Reads a chart function's Plot options back for the tests: each mark's kind (Plot's aria label:
 * bar, tick, rule, text, dot, line, link, frame) and the data it was given.
 */
import type { ChartContent } from '../../src/charts/chartKit.ts';

export interface MarkInfo {
  kind: string;
  data: unknown[];
  /** Plot's options as stored on the mark (fill, stroke...). */
  mark: Record<string, unknown>;
}

export function marksOf(content: ChartContent): MarkInfo[] {
  const marks = (content.plot.marks ?? []) as unknown[];
  return marks.flat(Infinity as 1).map((m) => {
    const mark = m as Record<string, unknown>;
    const data = mark.data;
    return { kind: String(mark.ariaLabel), data: Array.isArray(data) ? (data as unknown[]) : [], mark };
  });
}

export function kinds(content: ChartContent): string[] {
  return marksOf(content).map((m) => m.kind);
}
