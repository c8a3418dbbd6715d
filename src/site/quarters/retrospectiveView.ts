/**
 * A closed quarter's retrospective with its neighbours (for the previous/next links) and the
 * linearity of the quarter before, to compare with.
 */
import type { RetrospectiveResult } from '../../metrics/retrospective.ts';
import { historyCoverage } from './historyStart.ts';
import type { SiteData } from '../load/siteData.ts';

export interface RetrospectiveView {
  retro: RetrospectiveResult;
  previous: { key: string; label: string } | null;
  next: { key: string; label: string } | null;
  /** The previous quarter's share of bookings in its last month, when it has a review. */
  previousLastMonthShare: number | null;
  /** From when the exports show deals' states, and how much of the quarter that covers. */
  history: { from: string | null; covers: 'all' | 'part' | 'none' };
}

export function retrospectiveView(siteData: SiteData, key: string): RetrospectiveView {
  const list = siteData.dashboard.retrospectives;
  const i = list.findIndex((r) => r.quarter.key === key);
  if (i < 0) throw new Error(`unknown closed quarter: ${key}`);
  const before = list[i - 1];
  const after = list[i + 1];
  return {
    retro: list[i]!,
    previous: before === undefined ? null : { key: before.quarter.key, label: before.quarter.label },
    next: after === undefined ? null : { key: after.quarter.key, label: after.quarter.label },
    previousLastMonthShare: before?.linearity.lastMonthShare ?? null,
    history: historyCoverage(siteData.model, list[i]!.quarter),
  };
}
