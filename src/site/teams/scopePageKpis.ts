/**
 * The headline numbers of a team's or region's page: the current quarter so far, with the quota
 * source, the forecast, coverage and the risk summary, in words when a number is unknown.
 */
import type { KpiItem } from '../reps/repPageKpis.ts';
import { countKpi, moneyKpi, multipleKpi, percentKpi } from '../format/kpiText.ts';
import type { ScopePageView } from './scopePageView.ts';

export function scopePageKpis(view: ScopePageView): KpiItem[] {
  const m = view.current.metrics;
  const f = view.current.forecast;
  const c = view.currency;
  const risk = view.risk;
  const noQuota = m === null || m.quota === null;
  return [
    { label: `Bookings, ${view.current.label} so far`, value: moneyKpi(m?.bookings ?? 0, c), note: m === null ? null : `${countKpi(m.wonCount)} won, ${countKpi(m.lostCount)} lost` },
    { label: 'Quota', value: noQuota ? 'No quota' : moneyKpi(m!.quota, c), note: noQuota ? 'none in the quota file, nor for its reps' : `from the ${m!.quotaSource}` },
    { label: 'Attainment so far', value: percentKpi(m?.attainment ?? null, 'Unknown'), note: noQuota ? 'needs a quota' : null },
    { label: 'Commit incl. closed', value: f === null ? 'Unknown' : moneyKpi(f.rollup.commit, c), note: f === null ? null : `best case ${moneyKpi(f.rollup.bestCase, c)}` },
    {
      label: 'Simulated outcome (P50)',
      value: f === null ? 'Unknown' : moneyKpi(f.simulation.p50, c),
      note: f === null ? null : `P10 ${moneyKpi(f.simulation.p10, c)} – P90 ${moneyKpi(f.simulation.p90, c)}${f.simulation.probabilityOfQuota === null ? '' : `; ${percentKpi(f.simulation.probabilityOfQuota)} chance of quota`}`,
    },
    {
      label: 'Coverage',
      value: noQuota ? 'Unknown' : m!.coverage === null ? 'Quota reached' : multipleKpi(m!.coverage),
      note: noQuota ? 'needs a quota' : m!.coverageTarget === null ? `${moneyKpi(m!.openPipeline, c)} open; no target` : `${moneyKpi(m!.openPipeline, c)} open; target ${multipleKpi(m!.coverageTarget)}`,
    },
    {
      label: 'Deals flagged at risk',
      value: countKpi(risk?.flaggedDeals ?? 0),
      note: risk === null || risk.flaggedDeals === 0 ? 'none' : `${moneyKpi(risk.amountAtRisk, c)} at risk; ${risk.bySeverity.high} high severity`,
    },
  ];
}
