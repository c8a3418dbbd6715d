/**
 * The Forecast accuracy page's view: the replayed track record (dashboard.forecastBacktest) as
 * a headline, the accuracy-by-week-of-quarter chart, the deals' reliability chart and the numbers
 * the page's sentences quote.
 */
import { accuracyByWeekChart } from '../../charts/accuracyByWeekChart.ts';
import type { ChartContent } from '../../charts/chartKit.ts';
import { reliabilityChart } from '../../charts/reliabilityChart.ts';
import type { ForecastBacktest } from '../../metrics/forecastBacktest.ts';
import type { SiteData } from '../load/siteData.ts';
import { formatMoney, formatPercent } from '../format/tablesFormat.ts';
import { METHOD_LABELS } from './backtestTables.ts';

export interface AccuracyView {
  backtest: ForecastBacktest;
  hasPoints: boolean;
  /** Sentences of the lede. */
  summary: string[];
  byWeek: ChartContent;
  reliability: ChartContent;
  /** The common factor the live forecast uses, in a sentence. */
  factor: string;
}

export function accuracyView(siteData: Pick<SiteData, 'dashboard'>): AccuracyView {
  const { dashboard } = siteData;
  const b = dashboard.forecastBacktest;
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'unknown' : (formatPercent(v) ?? 'unknown'));
  const money = (v: number) => formatMoney(v, dashboard.currency, { compact: 'auto' }) ?? 'unknown';
  const s = b.summary;
  const reconstructed = b.quarters.reduce((n, q) => n + q.points.filter((p) => p.reconstructed).length, 0);
  const summary: string[] = [];
  if (s.points > 0) {
    summary.push(
      `The forecast was replayed at ${s.points} point${s.points === 1 ? '' : 's'} of the last ${s.quarters} closed quarter${s.quarters === 1 ? '' : 's'} (${b.quarters.map((q) => q.label).join(', ')})${reconstructed > 0 ? `, ${reconstructed} of them before the first snapshot with reconstructed pipelines` : ''}, each time with only what the exports of that date said, ${b.trials.toLocaleString('en-US')} trials and seed ${b.seed}.`,
    );
    summary.push(`Its P10-P90 range held what the quarter closed with at ${pct(s.coverage)} of the points (an honest 80% range holds it about 80% of the time).`);
    const ranked = METHOD_LABELS.map(([key, label]) => ({ label, mape: s.mape[key] })).filter((m) => m.mape !== null);
    summary.push(`Mean absolute error: ${ranked.map((m) => `${m.label} ${pct(m.mape)}`).join(', ')}.`);
    const last = b.quarters[b.quarters.length - 1];
    if (last !== undefined) {
      const p = last.points[Math.floor((last.points.length - 1) / 2)];
      if (p !== undefined) summary.push(`For example, on ${p.asOf} (day ${p.day} of ${last.label}) the P50 was ${money(p.p50)} (P10 ${money(p.p10)} to P90 ${money(p.p90)}) and the quarter closed at ${money(last.actual)}.`);
    }
  }
  const f = dashboard.forecast.commonFactor?.[0];
  const factor =
    f === undefined
      ? ''
      : f.source === 'replay'
        ? `The forecast's common factor σ = ${f.sigma.toFixed(2)} was calibrated on the spread of ${f.quarters.join(', ')} around their replayed forecasts.`
        : f.source === 'config'
          ? `The forecast's common factor σ = ${f.sigma.toFixed(2)} is set in the configuration (forecast.commonFactor).`
          : `Fewer than two past quarters could be replayed, so the forecast's common factor uses the default σ = ${f.sigma.toFixed(2)}.`;
  const methods = METHOD_LABELS.map(([, label]) => label);
  return {
    backtest: b,
    hasPoints: s.points > 0,
    summary,
    factor,
    byWeek: accuracyByWeekChart(
      b.byWeek.map((w) => ({ week: w.week, points: w.points, coverage: w.coverage, errors: METHOD_LABELS.map(([key, label]) => ({ method: label, mape: w.mape[key] })) })),
      { methods, quarters: b.quarters.length },
    ),
    reliability: reliabilityChart([
      { label: 'Learned probability', bins: b.deals.reliability, brier: b.deals.brier },
      { label: 'CRM probability', bins: b.deals.crmReliability, brier: b.deals.crmBrier },
    ]),
  };
}
