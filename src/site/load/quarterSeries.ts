/**
 * Bookings and quota of one scope in every quarter of the dashboard, oldest first, with the
 * quarter in progress marked: the data of the bookings-by-quarter charts.
 */
import type { QuarterBookings } from '../../charts/quarterBookingsChart.ts';
import { dashboardLookup } from './dashboardLookup.ts';
import type { SiteData } from './siteData.ts';

export function quarterSeries(siteData: SiteData, scopeKey: string): QuarterBookings[] {
  const { dashboard } = siteData;
  const lookup = dashboardLookup(dashboard);
  return dashboard.periods.quarters.map((q) => {
    const m = lookup.metrics(scopeKey, q.key);
    return { period: q.key, bookings: m?.bookings ?? 0, quota: m?.quota ?? null, current: q.key === dashboard.periods.current.key };
  });
}
