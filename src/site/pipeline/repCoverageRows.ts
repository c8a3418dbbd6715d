/**
 * Each rep's pipeline coverage this quarter: open pipeline dated in the quarter against the quota
 * not yet booked, and the coverage target (the rep's own, 1 ÷ their trailing win rate by value;
 * the company's when the rep has no closed deals to learn it from). Reps with no quota, no
 * bookings and no open pipeline in the quarter (most have left) are left out.
 */
import { coverageStatus, type CoverageStatus } from '../format/coverageStatus.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';

export interface RepCoverageRow {
  name: string;
  team: string | null;
  region: string | null;
  quota: number | null;
  bookings: number;
  quotaRemaining: number | null;
  openPipeline: number;
  openCount: number;
  status: CoverageStatus;
}

export function repCoverageRows(siteData: Pick<SiteData, 'dashboard'>): RepCoverageRow[] {
  const view = quarterView(siteData, 'current');
  const companyTarget = view.companyMetrics.coverageTarget;
  return view.scopesOf('rep').flatMap((scope): RepCoverageRow[] => {
    const m = view.metricsOf(scope.key);
    if (m === null || (m.quota === null && m.bookings === 0 && m.openCount === 0)) return [];
    return [
      {
        name: scope.name,
        team: scope.team,
        region: scope.region,
        quota: m.quota,
        bookings: m.bookings,
        quotaRemaining: m.quotaRemaining,
        openPipeline: m.openPipeline,
        openCount: m.openCount,
        status: coverageStatus(m, companyTarget),
      },
    ];
  });
}
