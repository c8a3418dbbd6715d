/**
 * The overview's headline numbers for the current quarter, written out: closed won, quota,
 * attainment, pace, the P50 forecast with the chance of reaching quota, Commit and pipeline
 * coverage. Each carries its definition and the methods-page section it comes from. A missing
 * quota or history is said in words, never shown as zero.
 */
import { coverageStatus } from '../format/coverageStatus.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';
import { p50Note } from '../forecast/p50Note.ts';
import { formatMoney, formatPercent } from '../format/tablesFormat.ts';

export interface Headline {
  key: string;
  label: string;
  value: string;
  note: string;
  method: string;
  /** Section of the methods page (a src/metrics/docs file name). */
  section: 'forecast' | 'periodMetrics' | 'quotaFor';
}

export function overviewHeadlines(siteData: Pick<SiteData, 'dashboard'>): Headline[] {
  const { dashboard } = siteData;
  const view = quarterView(siteData);
  const c = view.company;
  const m = view.companyMetrics;
  const methods = dashboard.forecast.methods;
  const money = (v: number) => formatMoney(v, dashboard.currency, { compact: 'auto' }) ?? 'unknown';
  const pct = (v: number | null) => (v === null ? 'unknown' : (formatPercent(v) ?? 'unknown'));
  const quota = c.quota !== null && c.quota > 0 ? c.quota : null;
  const day = `day ${view.forecast.day} of ${view.forecast.length}`;
  const pacing = c.pacing;
  const coverage = coverageStatus(m);

  return [
    {
      key: 'closedWon',
      label: 'Closed won',
      value: money(c.closedWon.amount),
      note: `${c.closedWon.count} deal${c.closedWon.count === 1 ? '' : 's'} won, ${day}`,
      method: methods.closedWon,
      section: 'forecast',
    },
    {
      key: 'quota',
      label: 'Quota',
      value: quota === null ? 'No quota' : money(quota),
      note: quota === null ? 'No quota rows cover this quarter: attainment cannot be measured' : `Quota source: ${c.quotaSource}`,
      method: 'The quota rows of the quarter, prorated by days; without a company row, the sum of the regions, teams or reps below.',
      section: 'quotaFor',
    },
    {
      key: 'attainment',
      label: 'Attainment',
      value: quota === null ? 'Unknown' : pct(c.closedWon.amount / quota),
      note:
        quota === null
          ? 'No quota to measure against'
          : pacing?.expectedShare == null
            ? 'The usual pace is unknown: no past quarter with bookings'
            : `The usual pace is ${pct(pacing.expectedShare)} by ${day}`,
      method: 'Closed won ÷ quota for the quarter so far.',
      section: 'periodMetrics',
    },
    {
      key: 'pace',
      label: 'Against the usual pace',
      value:
        pacing?.difference == null
          ? 'Unknown'
          : `${money(Math.abs(pacing.difference))} ${pacing.status === 'ahead' ? 'ahead' : 'behind'}`,
      note:
        pacing?.expectedByNow == null
          ? quota === null
            ? 'Needs a quota'
            : 'Needs a past quarter with bookings'
          : `${money(pacing.expectedByNow)} expected by now; ${money(pacing.projected ?? 0)} at this pace by quarter end`,
      method: methods.pacing,
      section: 'forecast',
    },
    {
      key: 'p50',
      label: 'P50 forecast',
      value: money(c.simulation.p50),
      note: p50Note(dashboard, view.forecast.period.key, view.forecast.day, c, { sameDay: true }),
      method: methods.simulation,
      section: 'forecast',
    },
    {
      key: 'commit',
      label: 'Commit (incl. closed)',
      value: money(c.rollup.commit),
      note: `Best case (incl.) ${money(c.rollup.bestCase)}`,
      method: methods.rollup,
      section: 'forecast',
    },
    {
      key: 'coverage',
      label: 'Pipeline coverage',
      value: coverage.coverage === null ? (coverage.state === 'quota met' ? 'Quota met' : 'Unknown') : `${(formatNumber1(coverage.coverage))}×`,
      note:
        coverage.state === 'no quota'
          ? `${money(m.openPipeline)} open this quarter; no quota to cover`
          : coverage.state === 'quota met'
            ? `${money(m.openPipeline)} open this quarter; nothing left to cover`
            : coverage.state === 'target unknown'
              ? `${money(m.openPipeline)} open for ${money(m.quotaRemaining!)} left; the target is unknown (no closed deals in the past four quarters)`
              : `Target ${formatNumber1(coverage.target!)}×: ${coverage.state}` +
                (coverage.gap! > 0 ? `, ${money(coverage.gap!)} short` : '') +
                ` (${money(m.openPipeline)} open for ${money(m.quotaRemaining!)} left)`,
      method:
        'Open pipeline dated this quarter ÷ quota not yet booked. The target is 1 ÷ the win rate by value of the four quarters before this one: the pipeline needed to close the rest at the usual rate.',
      section: 'periodMetrics',
    },
  ];
}

function formatNumber1(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
