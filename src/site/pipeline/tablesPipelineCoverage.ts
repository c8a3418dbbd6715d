/**
 * Each rep's pipeline coverage this quarter as a table: quota, bookings, quota left, open
 * pipeline dated in the quarter, coverage against the target, and the pipeline still needed.
 */
import { repCoverageRows } from './repCoverageRows.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

const STATE = {
  'below target': 'Below target',
  'at or above target': 'At or above target',
  'quota met': 'Quota met',
  'no quota': 'No quota',
  'target unknown': 'Target unknown',
} as const;

export function pipelineCoverageTable(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard } = siteData;
  const reps = repCoverageRows(siteData);
  const rows: TableRow[] = reps.map((r) => ({
    rep: r.name,
    team: r.team,
    region: r.region,
    quota: r.quota,
    bookings: r.bookings,
    quotaRemaining: r.quotaRemaining,
    openPipeline: r.openPipeline,
    openCount: r.openCount,
    coverage: r.status.coverage,
    target: r.status.target,
    targetSource: r.status.targetSource === 'own' ? 'Own history' : r.status.targetSource === 'fallback' ? 'Company' : null,
    gap: r.status.gap,
    state: STATE[r.status.state],
  }));
  const known = (key: 'quota' | 'quotaRemaining') => reps.flatMap((r) => (r[key] === null ? [] : [r[key]!]));
  const total = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0));
  return [
    {
      id: 'pipeline-coverage',
      title: 'Pipeline coverage by rep',
      caption: `${dashboard.periods.current.label} as of ${dashboard.asOf}: open pipeline dated in the quarter ÷ quota not yet booked, against the coverage target (1 ÷ the rep's win rate by value over the four quarters before; the company's when the rep has no closed deals then). "Pipeline needed" is what would bring the rep to target. Amounts in ${dashboard.currency}.`,
      columns: [
        { key: 'rep', label: 'Rep', kind: 'text' },
        { key: 'team', label: 'Team', kind: 'text' },
        { key: 'region', label: 'Region', kind: 'text' },
        { key: 'quota', label: 'Quota', kind: 'money' },
        { key: 'bookings', label: 'Closed won', kind: 'money' },
        { key: 'quotaRemaining', label: 'Quota left', kind: 'money' },
        { key: 'openPipeline', label: 'Open pipeline this quarter', kind: 'money' },
        { key: 'openCount', label: 'Open deals', kind: 'number', digits: 0 },
        { key: 'coverage', label: 'Coverage (×)', kind: 'number', digits: 1, additive: false },
        { key: 'target', label: 'Target (×)', kind: 'number', digits: 1, additive: false },
        { key: 'targetSource', label: 'Target from', kind: 'text' },
        { key: 'gap', label: 'Pipeline needed', kind: 'money' },
        { key: 'state', label: 'Status', kind: 'text' },
      ],
      rows,
      totals: {
        quota: total(known('quota')),
        bookings: total(reps.map((r) => r.bookings)),
        quotaRemaining: total(known('quotaRemaining')),
        openPipeline: total(reps.map((r) => r.openPipeline)),
        openCount: total(reps.map((r) => r.openCount)),
        gap: total(reps.flatMap((r) => (r.status.gap === null ? [] : [r.status.gap]))),
      },
      filters: ['team', 'region', 'state'],
      defaultSort: { key: 'gap', direction: 'descending' },
      currency: dashboard.currency,
      rowNoun: { one: 'rep', other: 'reps' },
    },
  ];
}
