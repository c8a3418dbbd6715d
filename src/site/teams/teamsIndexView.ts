/**
 * The teams index: each region with its teams, and for each the current quarter's bookings,
 * quota and attainment, the commit roll-up and the deals flagged at risk. Teams without a
 * region are listed on their own.
 */
import { dashboardLookup } from '../load/dashboardLookup.ts';
import type { SiteData } from '../load/siteData.ts';

export interface ScopeCard {
  name: string;
  bookings: number | null;
  quota: number | null;
  attainment: number | null;
  commit: number | null;
  flagged: number;
  atRisk: number;
}

export interface RegionGroup {
  /** null for teams without a region. */
  region: ScopeCard | null;
  teams: ScopeCard[];
}

export function teamsIndexView(siteData: SiteData): { current: { key: string; label: string }; groups: RegionGroup[] } {
  const { dashboard } = siteData;
  const current = dashboard.periods.current;
  const lookup = dashboardLookup(dashboard);
  const card = (key: string, name: string): ScopeCard => {
    const m = lookup.metrics(key, current.key);
    const f = lookup.forecast(key, current.key);
    const risk = lookup.risk(key);
    return {
      name,
      bookings: m?.bookings ?? null,
      quota: m?.quota ?? null,
      attainment: m?.attainment ?? null,
      commit: f?.rollup.commit ?? null,
      flagged: risk?.flaggedDeals ?? 0,
      atRisk: risk?.amountAtRisk ?? 0,
    };
  };
  const teams = dashboard.scopes.filter((s) => s.level === 'team');
  const groups: RegionGroup[] = dashboard.scopes
    .filter((s) => s.level === 'region')
    .map((r) => ({ region: card(r.key, r.name), teams: teams.filter((t) => t.region === r.name).map((t) => card(t.key, t.name)) }));
  const loose = teams.filter((t) => t.region === null || !groups.some((g) => g.region?.name === t.region));
  if (loose.length > 0) groups.push({ region: null, teams: loose.map((t) => card(t.key, t.name)) });
  return { current: { key: current.key, label: current.label }, groups };
}
