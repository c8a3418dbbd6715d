/**
 * The median rep of a group (a team, a region, the company) in each quarter of the rep table:
 * what a rep's own numbers are held against on the one-on-one page. For each field, reps whose
 * value is unknown (no quota, no closed deal) are left out; a quarter where no rep has a value
 * gives null, not zero.
 */
import { median } from 'd3';
import type { RepPeriodRow } from './repPeriods.ts';

export type RepMedianField =
  | 'attainment'
  | 'bookings'
  | 'win_rate_count'
  | 'win_rate_value'
  | 'avg_won_size'
  | 'median_cycle_days'
  | 'coverage_entering';

export const REP_MEDIAN_FIELDS: readonly RepMedianField[] = [
  'attainment',
  'bookings',
  'win_rate_count',
  'win_rate_value',
  'avg_won_size',
  'median_cycle_days',
  'coverage_entering',
];

export interface PeriodMedians {
  /** Fiscal quarter key. */
  period: string;
  /** Reps of the group with a row in the quarter. */
  reps: number;
  /** Median of each field over the reps with a value; null when none has one. */
  medians: Record<RepMedianField, number | null>;
  /** How many reps had a value for each field. */
  counts: Record<RepMedianField, number>;
}

export interface RepPeriodMediansOptions {
  /** Only the reps of this team (by the rep table's team). */
  team?: string;
  /** Only the reps of this region. */
  region?: string;
  /** Only reps with a quota in the quarter (so people without a sales target do not pull the medians down). Default true. */
  withQuotaOnly?: boolean;
}

/** One entry per quarter present in the rows, in the order the quarters first appear. */
export function repPeriodMedians(rows: readonly RepPeriodRow[], options: RepPeriodMediansOptions = {}): PeriodMedians[] {
  const withQuotaOnly = options.withQuotaOnly ?? true;
  const byPeriod = new Map<string, RepPeriodRow[]>();
  for (const row of rows) {
    if (options.team !== undefined && row.team !== options.team) continue;
    if (options.region !== undefined && row.region !== options.region) continue;
    if (withQuotaOnly && (row.quota === null || row.quota <= 0)) continue;
    const list = byPeriod.get(row.period);
    if (list === undefined) byPeriod.set(row.period, [row]);
    else list.push(row);
  }
  return [...byPeriod].map(([period, list]) => {
    const medians = {} as Record<RepMedianField, number | null>;
    const counts = {} as Record<RepMedianField, number>;
    for (const field of REP_MEDIAN_FIELDS) {
      const values = list.flatMap((r) => {
        const v = r[field];
        return v === null || !Number.isFinite(v) ? [] : [v];
      });
      medians[field] = median(values) ?? null;
      counts[field] = values.length;
    }
    return { period, reps: list.length, medians, counts };
  });
}
