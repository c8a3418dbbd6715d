/**
 * The headline numbers of a rep's page, in words: the quarter so far (bookings, quota,
 * attainment, win rate, rank, trend) and the pipeline coverage of this and next quarter. An
 * unknown number says why (no quota, no closed deal) instead of showing a blank or a zero.
 */
import { countKpi, moneyKpi, multipleKpi, percentKpi } from '../format/kpiText.ts';
import type { QuarterStatus, RepPageView } from './repPageView.ts';

export interface KpiItem {
  label: string;
  value: string;
  note?: string | null;
}

export function repPageKpis(view: RepPageView): KpiItem[] {
  if (view.rep.left) return leftRepKpis(view);
  const m = view.current.metrics;
  const c = view.currency;
  const trend = view.trend;
  const rank = trend?.rankCurrent ?? null;
  const lastRank = trend?.rankLastCompleted ?? null;
  return [
    { label: `Bookings, ${view.current.label} so far`, value: moneyKpi(m?.bookings ?? 0, c), note: m === null ? null : `${countKpi(m.wonCount)} won, ${countKpi(m.lostCount)} lost` },
    { label: 'Quota', value: moneyKpi(m?.quota ?? null, c, 'No quota'), note: m?.quota == null ? 'none in the quota file for this quarter' : null },
    { label: 'Attainment so far', value: percentKpi(m?.attainment ?? null, 'Unknown'), note: m?.attainment == null ? 'needs a quota' : null },
    { label: 'Win rate this quarter', value: percentKpi(m?.winRateByCount ?? null, 'Unknown'), note: m?.winRateByCount == null ? 'no deal closed yet' : 'by count' },
    {
      label: 'Rank this quarter',
      value: rank?.company ? `${rank.company.rank} of ${rank.company.of}` : 'Not ranked',
      note: rank?.team ? `${rank.team.rank} of ${rank.team.of} in the team` : rank?.company ? null : 'no quota',
    },
    {
      label: 'Rank last quarter',
      value: lastRank?.company ? `${lastRank.company.rank} of ${lastRank.company.of}` : 'Not ranked',
      note: lastRank?.team ? `${lastRank.team.rank} of ${lastRank.team.of} in the team` : lastRank?.company ? null : 'no quota or no row',
    },
    { label: 'Trend', value: `${view.trendText.arrow} ${view.trendText.label}`.trim(), note: view.trendText.detail },
  ];
}

/** A rep who left: their last quarter with a row, the totals over every quarter, the last rank and the trend. */
function leftRepKpis(view: RepPageView): KpiItem[] {
  const c = view.currency;
  const last = view.rows.findLast((r) => r.quota !== null || r.bookings > 0 || r.won_count + r.lost_count > 0) ?? view.rows[view.rows.length - 1];
  const lastRank = view.trend?.rankLastCompleted ?? null;
  const total = view.rows.reduce((sum, r) => sum + r.bookings, 0);
  return [
    { label: 'Left on', value: view.rep.endDate ?? 'unknown', note: view.rep.startDate === null ? null : `started ${view.rep.startDate}` },
    {
      label: last === undefined ? 'Last quarter' : `Attainment, ${last.period.replace('-', ' ')}`,
      value: percentKpi(last?.attainment ?? null, 'Unknown'),
      note: last === undefined ? 'no quarter in the data' : last.quota === null ? 'no quota that quarter' : `${moneyKpi(last.bookings, c)} of ${moneyKpi(last.quota, c)}`,
    },
    { label: 'Bookings, all quarters shown', value: moneyKpi(total, c), note: `${countKpi(view.rows.length)} quarters` },
    {
      label: 'Rank, last completed quarter',
      value: lastRank?.company ? `${lastRank.company.rank} of ${lastRank.company.of}` : 'Not ranked',
      note: lastRank?.team ? `${lastRank.team.rank} of ${lastRank.team.of} in the team` : null,
    },
    { label: 'Trend', value: `${view.trendText.arrow} ${view.trendText.label}`.trim(), note: view.trendText.detail },
  ];
}

/** Coverage of one quarter: open pipeline against the quota still to book, and the forecast roll-ups. */
export function coverageKpis(q: QuarterStatus, currency: string): KpiItem[] {
  const m = q.metrics;
  const f = q.forecast;
  const noQuota = m === null || m.quota === null;
  return [
    { label: 'Open pipeline due in the quarter', value: moneyKpi(m?.openPipeline ?? 0, currency), note: m === null ? null : `${countKpi(m.openCount)} deals` },
    {
      label: 'Quota still to book',
      value: noQuota ? 'No quota' : moneyKpi(m!.quotaRemaining, currency),
      note: noQuota ? 'none in the quota file for this quarter' : `${moneyKpi(m!.quota, currency)} quota − ${moneyKpi(m!.bookings, currency)} booked`,
    },
    {
      label: 'Coverage',
      value: noQuota ? 'Unknown' : m!.coverage === null ? 'Quota reached' : multipleKpi(m!.coverage),
      note: noQuota
        ? 'needs a quota'
        : m!.coverageTarget === null
          ? 'no target: no closed deals in the four quarters before'
          : `target ${multipleKpi(m!.coverageTarget)} (1 ÷ trailing win rate of ${percentKpi(m!.trailingWinRateByValue)})`,
    },
    { label: 'Commit incl. closed', value: f === null ? 'Unknown' : moneyKpi(f.rollup.commit, currency), note: f === null ? null : `best case ${moneyKpi(f.rollup.bestCase, currency)}` },
    {
      label: 'Weighted forecast',
      value: f === null ? 'Unknown' : moneyKpi(f.weighted.total, currency),
      note: f === null ? null : f.simulation.probabilityOfQuota === null ? `P50 ${moneyKpi(f.simulation.p50, currency)}` : `P50 ${moneyKpi(f.simulation.p50, currency)}; ${percentKpi(f.simulation.probabilityOfQuota)} chance of quota`,
    },
  ];
}
