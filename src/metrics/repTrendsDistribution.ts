/**
 * How a team's reps spread over attainment bands in one quarter: at or above 100%, from 70% up to
 * 100%, below 70%. Only reps with a quota (an attainment) count; shares are null when none has one.
 */
import type { RepPeriodRow } from './repPeriods.ts';

export interface AttainmentDistribution {
  /** Fiscal quarter key. */
  period: string;
  /** Reps of the team with a row in the quarter. */
  reps: number;
  /** Of those, reps with an attainment (a quota). */
  withQuota: number;
  atOrAbove100: number;
  from70To100: number;
  below70: number;
  shareAtOrAbove100: number | null;
  share70To100: number | null;
  shareBelow70: number | null;
}

export function repTrendsDistribution(period: string, rows: readonly RepPeriodRow[]): AttainmentDistribution {
  let atOrAbove100 = 0;
  let from70To100 = 0;
  let below70 = 0;
  for (const row of rows) {
    if (row.attainment === null) continue;
    // Rounded so that 0.7 computed as 0.69999999999 still lands in its band.
    const a = Math.round(row.attainment * 1e9) / 1e9;
    if (a >= 1) atOrAbove100++;
    else if (a >= 0.7) from70To100++;
    else below70++;
  }
  const withQuota = atOrAbove100 + from70To100 + below70;
  const share = (n: number) => (withQuota > 0 ? n / withQuota : null);
  return {
    period,
    reps: rows.length,
    withQuota,
    atOrAbove100,
    from70To100,
    below70,
    shareAtOrAbove100: share(atOrAbove100),
    share70To100: share(from70To100),
    shareBelow70: share(below70),
  };
}
