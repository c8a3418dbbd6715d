/**
 * Rank of each rep within their team and within the company for one quarter: by attainment
 * (highest first), ties broken by bookings (highest first), then by name. Reps without a quota
 * have no attainment and are not ranked.
 */
import type { RepPeriodRow } from './repPeriods.ts';

export interface RankPosition {
  /** 1 = best. */
  rank: number;
  /** Number of ranked reps in the group. */
  of: number;
}

export interface RepRank {
  rep: string;
  /** Null when the rep has no team or no attainment. */
  team: RankPosition | null;
  /** Null when the rep has no attainment. */
  company: RankPosition | null;
}

/** Ranks for the rows of ONE quarter, in company-rank order; unranked reps last, by bookings then name. */
export function repTrendsRanks(rows: readonly RepPeriodRow[]): RepRank[] {
  const ranked = rows.filter((r) => r.attainment !== null).sort(compareRows);
  const teamSizes = new Map<string, number>();
  for (const r of ranked) if (r.team !== null) teamSizes.set(r.team, (teamSizes.get(r.team) ?? 0) + 1);
  const teamSeen = new Map<string, number>();
  const out: RepRank[] = ranked.map((r, i) => {
    let team: RankPosition | null = null;
    if (r.team !== null) {
      const rank = (teamSeen.get(r.team) ?? 0) + 1;
      teamSeen.set(r.team, rank);
      team = { rank, of: teamSizes.get(r.team) ?? rank };
    }
    return { rep: r.rep, team, company: { rank: i + 1, of: ranked.length } };
  });
  const unranked = rows.filter((r) => r.attainment === null).sort((a, b) => b.bookings - a.bookings || byName(a.rep, b.rep));
  for (const r of unranked) out.push({ rep: r.rep, team: null, company: null });
  return out;
}

/** Attainment descending, then bookings descending, then rep name. */
function compareRows(a: RepPeriodRow, b: RepPeriodRow): number {
  const aa = a.attainment ?? -Infinity;
  const ba = b.attainment ?? -Infinity;
  if (aa !== ba) return ba - aa;
  if (a.bookings !== b.bookings) return b.bookings - a.bookings;
  return byName(a.rep, b.rep);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
