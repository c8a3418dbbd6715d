/**
 * The Monday page's KPI cards: closed won, the weighted forecast, the commit and the open
 * pipeline of the quarter for a scope, each with its change since the previous snapshot (▲/▼
 * and the amount) and a sparkline of the quarter so far.
 */
import { renderSparkline } from '../../charts/renderSparkline.ts';
import { valueSparkline } from '../../charts/valueSparkline.ts';
import type { WeekOverWeek, WeekOverWeekKey } from '../../metrics/weekOverWeek.ts';
import { formatMoney } from '../format/tablesFormat.ts';


export interface MovedKpi {
  key: WeekOverWeekKey;
  label: string;
  /** Compact money (`$1.2M`). */
  value: string;
  /** `▲ $25K`, `▼ $3.1K`, `no change`; null without a previous snapshot. */
  delta: string | null;
  /** good / bad for the colour; flat for no change. */
  tone: 'good' | 'bad' | 'flat';
  /** Since when, in words: `since Sep 9`. */
  since: string | null;
  /** The change in words for screen readers and the Markdown: `up $25,000 since 2026-09-09`. */
  deltaText: string | null;
  sparkline: string;
}

export const KPI_LABELS: Record<WeekOverWeekKey, string> = {
  closedWon: 'Closed won',
  expected: 'Weighted forecast',
  commit: 'Commit',
  openPipeline: 'Open pipeline',
};

export function movedKpis(wow: WeekOverWeek | undefined, currency: string, quarterLabel: string): MovedKpi[] {
  if (wow === undefined) return [];
  return wow.values.map((v) => {
    const label = v.key === 'openPipeline' ? `Open pipeline, ${quarterLabel}` : KPI_LABELS[v.key];
    const compact = (n: number) => formatMoney(n, currency, { compact: true }) ?? 'unknown';
    const change = v.change;
    const delta = change === null ? null : change === 0 ? 'no change' : `${change > 0 ? '▲' : '▼'} ${compact(Math.abs(change))}`;
    const deltaText = change === null || wow.from === null ? null : change === 0 ? `unchanged since ${wow.from}` : `${change > 0 ? "up" : "down"} ${compact(Math.abs(change))} since ${wow.from}`;
    return {
      key: v.key,
      label,
      value: formatMoney(v.now, currency, { compact: 'auto' }) ?? 'unknown',
      delta,
      tone: change === null || change === 0 ? 'flat' : change > 0 ? 'good' : 'bad',
      since: wow.from === null ? null : `since ${wow.from}`,
      deltaText,
      sparkline: renderSparkline(valueSparkline(v.series, { label, currency })),
    };
  });
}
