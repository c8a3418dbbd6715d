/**
 * The numbers behind the pipeline page's two breakdown charts, as tables with CSV downloads: open
 * pipeline by stage split by when it is due, and by close month split by forecast category.
 */
import { CLOSE_TIMINGS } from '../../metrics/pipelineByStage.ts';
import { timingLabels } from '../../charts/pipelineStageChart.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

export function pipelineStageTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.pipelineByStage === undefined) return [];
  const { dashboard } = siteData;
  const byStage = dashboard.pipelineByStage;
  const labels = timingLabels(byStage);
  const stageRows: TableRow[] = byStage.stages.map((s) => ({
    stage: s.stage ?? '(no stage)',
    ...Object.fromEntries(CLOSE_TIMINGS.map((t) => [t, s.byTiming[t].amount])),
    total: s.total.amount,
    deals: s.total.count,
    missingAmount: s.missingAmount,
  }));
  const byMonth = dashboard.pipelineByCloseMonth;
  const monthRows: TableRow[] = byMonth.buckets.map((b) => ({
    month: b.kind === 'pastDue' ? 'Past due' : b.kind === 'later' ? 'Later' : b.kind === 'noCloseDate' ? 'No close date' : b.key,
    commit: b.byCategory.commit.amount,
    bestCase: b.byCategory.bestCase.amount,
    pipeline: b.byCategory.pipeline.amount,
    omitted: b.byCategory.omitted.amount,
    total: b.total.amount,
    deals: b.total.count,
  }));
  const sum = (rows: TableRow[], key: string) => rows.reduce((a, r) => a + (typeof r[key] === 'number' ? (r[key] as number) : 0), 0);
  return [
    {
      id: 'pipeline-stages',
      title: 'Open pipeline by stage',
      caption: `Deals open on ${dashboard.asOf} by stage, in stage order, split by close date: past due (before ${dashboard.asOf}), the rest of ${byStage.quarter.label}, ${byStage.nextQuarter.label}, later, or none. Amounts in ${dashboard.currency}.`,
      columns: [
        { key: 'stage', label: 'Stage', kind: 'text', sortable: false },
        ...CLOSE_TIMINGS.map((t) => ({ key: t, label: labels[t], kind: 'money' as const })),
        { key: 'total', label: 'Total', kind: 'money' },
        { key: 'deals', label: 'Deals', kind: 'number', digits: 0 },
        { key: 'missingAmount', label: 'Deals without amount', kind: 'number', digits: 0 },
      ],
      rows: stageRows,
      totals: Object.fromEntries(['total', 'deals', 'missingAmount', ...CLOSE_TIMINGS].map((k) => [k, sum(stageRows, k)])),
      currency: dashboard.currency,
      rowNoun: { one: 'stage', other: 'stages' },
    },
    {
      id: 'pipeline-months',
      title: 'Open pipeline by close month',
      caption: `Deals open on ${dashboard.asOf} by the month of their close date (past due: before ${dashboard.asOf}), split by forecast category. Amounts in ${dashboard.currency}.`,
      columns: [
        { key: 'month', label: 'Close month', kind: 'text', sortable: false },
        { key: 'commit', label: 'Commit', kind: 'money' },
        { key: 'bestCase', label: 'Best case', kind: 'money' },
        { key: 'pipeline', label: 'Pipeline', kind: 'money' },
        { key: 'omitted', label: 'Omitted', kind: 'money' },
        { key: 'total', label: 'Total', kind: 'money' },
        { key: 'deals', label: 'Deals', kind: 'number', digits: 0 },
      ],
      rows: monthRows,
      totals: Object.fromEntries(['commit', 'bestCase', 'pipeline', 'omitted', 'total', 'deals'].map((k) => [k, sum(monthRows, k)])),
      currency: dashboard.currency,
      rowNoun: { one: 'month', other: 'months' },
    },
  ];
}
