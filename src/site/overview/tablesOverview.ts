/**
 * The overview's table: every team's quarter so far (bookings against quota, pace, the simulated
 * forecast, coverage against its target), with totals where they add up.
 */
import { fsum } from 'd3';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';
import { teamQuarterRows } from './teamQuarterRows.ts';

const PACE = { ahead: 'Ahead', behind: 'Behind' } as const;

export function overviewTeamsTable(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard } = siteData;
  const teams = teamQuarterRows(siteData);
  const rows: TableRow[] = teams.map((t) => ({
    team: t.name,
    region: t.region,
    bookings: t.bookings,
    quota: t.quota,
    attainment: t.attainment,
    pace: t.status === null ? null : PACE[t.status],
    expectedByNow: t.expectedByNow,
    p50: t.p50,
    probabilityOfQuota: t.probabilityOfQuota,
    openPipeline: t.openPipeline,
    coverage: t.coverage,
    coverageTarget: t.coverageTarget,
  }));
  const quotas = teams.flatMap((t) => (t.quota === null ? [] : [t.quota]));
  const bookings = fsum(teams, (t) => t.bookings);
  const quota = quotas.length === 0 ? null : fsum(quotas);
  const withQuota = fsum(teams, (t) => (t.quota === null ? 0 : t.bookings));
  return [{
    id: 'overview-teams',
    title: 'Teams this quarter',
    caption: `Each team's ${dashboard.periods.current.label} as of ${dashboard.asOf}: bookings against quota, pace against the usual curve, the simulated median outcome (P50) and open pipeline coverage. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'team', label: 'Team', kind: 'text' },
      { key: 'region', label: 'Region', kind: 'text' },
      { key: 'bookings', label: 'Closed won', kind: 'money' },
      { key: 'quota', label: 'Quota', kind: 'money' },
      { key: 'attainment', label: 'Attainment', kind: 'percent', additive: false },
      { key: 'pace', label: 'Pace', kind: 'text' },
      { key: 'expectedByNow', label: 'Expected by now', kind: 'money' },
      { key: 'p50', label: 'P50 forecast', kind: 'money', additive: false },
      { key: 'probabilityOfQuota', label: 'Chance of quota', kind: 'percent', additive: false },
      { key: 'openPipeline', label: 'Open pipeline this quarter', kind: 'money' },
      { key: 'coverage', label: 'Coverage', kind: 'number', additive: false, digits: 1 },
      { key: 'coverageTarget', label: 'Coverage target', kind: 'number', additive: false, digits: 1 },
    ],
    rows,
    totals: {
      bookings,
      quota,
      // Attainment of the teams that have a quota: their bookings over their quotas.
      attainment: quota === null || quota === 0 ? null : withQuota / quota,
      expectedByNow: teams.some((t) => t.expectedByNow !== null) ? fsum(teams, (t) => t.expectedByNow ?? 0) : null,
      openPipeline: fsum(teams, (t) => t.openPipeline),
    },
    defaultSort: { key: 'attainment', direction: 'descending' },
    currency: dashboard.currency,
    rowNoun: { one: 'team', other: 'teams' },
  }];
}
