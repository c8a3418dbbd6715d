/**
 * One row per team for a quarter: bookings against quota, pace, the simulated forecast and
 * coverage, joined from the dashboard's forecast and quarter metrics (the overview's team chart
 * and table both read these).
 */
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';

export interface TeamQuarterRow {
  name: string;
  region: string | null;
  bookings: number;
  quota: number | null;
  attainment: number | null;
  /** Share of quota the usual pace has booked by today (expected by now ÷ quota); null when unknown. */
  expectedShare: number | null;
  expectedByNow: number | null;
  status: 'ahead' | 'behind' | null;
  p50: number;
  probabilityOfQuota: number | null;
  openPipeline: number;
  coverage: number | null;
  coverageTarget: number | null;
}

export function teamQuarterRows(siteData: Pick<SiteData, 'dashboard'>, kind: 'current' | 'next' = 'current'): TeamQuarterRow[] {
  const view = quarterView(siteData, kind);
  return view.scopesOf('team').flatMap((scope): TeamQuarterRow[] => {
    const f = view.forecastOf(scope.key);
    const m = view.metricsOf(scope.key);
    if (f === null || m === null) return [];
    const quota = f.quota !== null && f.quota > 0 ? f.quota : null;
    const expectedByNow = f.pacing?.expectedByNow ?? null;
    return [
      {
        name: scope.name,
        region: scope.region,
        bookings: f.closedWon.amount,
        quota,
        attainment: quota === null ? null : f.closedWon.amount / quota,
        expectedShare: quota === null || expectedByNow === null ? null : expectedByNow / quota,
        expectedByNow,
        status: f.pacing?.status ?? null,
        p50: f.simulation.p50,
        probabilityOfQuota: f.simulation.probabilityOfQuota,
        openPipeline: m.openPipeline,
        coverage: m.coverage,
        coverageTarget: m.coverageTarget,
      },
    ];
  });
}
