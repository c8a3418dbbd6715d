/**
 * How reps ramp: attainment by tenure quarter (1 = the quarter a rep started). For each tenure
 * quarter, the median attainment of the reps who had a quota then, over every quarter of the rep
 * table, so a new rep can be compared with how earlier hires did at the same point.
 */
import { median } from 'd3';
import type { RepPeriodRow } from './repPeriods.ts';

export interface RampPoint {
  tenureQuarter: number;
  /** Median attainment (1 = 100%) of the reps with a quota in that tenure quarter. */
  medianAttainment: number;
  /** How many rep quarters the median is taken over. */
  reps: number;
}

export interface RepRampOptions {
  /** Tenure quarters considered (default 8: two years). */
  maxTenure?: number;
  /** Leave this rep out (the rep being compared). */
  exceptRep?: string;
}

/** Tenure quarters with at least one attainment, in order. */
export function repRamp(rows: readonly RepPeriodRow[], options: RepRampOptions = {}): RampPoint[] {
  const maxTenure = options.maxTenure ?? 8;
  const byTenure = new Map<number, number[]>();
  for (const row of rows) {
    const t = row.tenure_quarter;
    if (t === null || t < 1 || t > maxTenure || row.attainment === null || !Number.isFinite(row.attainment)) continue;
    if (options.exceptRep !== undefined && row.rep === options.exceptRep) continue;
    const list = byTenure.get(t);
    if (list === undefined) byTenure.set(t, [row.attainment]);
    else list.push(row.attainment);
  }
  return [...byTenure]
    .sort((a, b) => a[0] - b[0])
    .map(([tenureQuarter, values]) => ({ tenureQuarter, medianAttainment: median(values)!, reps: values.length }));
}
