/**
 * The forecast page's headline numbers for one quarter (the company's): closed won, the Commit,
 * Best Case and Pipeline roll-ups, the weighted forecast, the simulated P50 with its chance of
 * quota and range, and the run-rate of business not yet in the pipeline, each with the method
 * behind it (from the forecast's own method texts). Also a sentence on where the open deals'
 * probabilities came from.
 */
import type { Headline } from '../overview/overviewHeadlines.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';
import { p50Note } from '../forecast/p50Note.ts';
import { formatMoney, formatPercent } from '../format/tablesFormat.ts';

export function forecastHeadlines(siteData: Pick<SiteData, 'dashboard'>, kind: 'current' | 'next'): Headline[] {
  const { dashboard } = siteData;
  const view = quarterView(siteData, kind);
  const c = view.company;
  const methods = dashboard.forecast.methods;
  const money = (v: number) => formatMoney(v, dashboard.currency, { compact: 'auto' }) ?? 'unknown';
  const quota = c.quota !== null && c.quota > 0 ? c.quota : null;
  const ofQuota = (v: number) => (quota === null ? 'no quota to compare with' : `${formatPercent(v / quota)} of the ${money(quota)} quota`);
  const deals = (n: number) => `${n} deal${n === 1 ? '' : 's'}`;
  return [
    { key: 'closedWon', label: 'Closed won', value: money(c.closedWon.amount), note: `${deals(c.closedWon.count)}; ${ofQuota(c.closedWon.amount)}`, method: methods.closedWon, section: 'forecast' },
    { key: 'commit', label: 'Commit (incl. closed)', value: money(c.rollup.commit), note: `+ ${money(c.open.commit.amount)} open in ${deals(c.open.commit.count)}; ${ofQuota(c.rollup.commit)}`, method: methods.rollup, section: 'forecast' },
    { key: 'bestCase', label: 'Best case (incl.)', value: money(c.rollup.bestCase), note: `+ ${money(c.open.bestCase.amount)} open in ${deals(c.open.bestCase.count)}`, method: methods.rollup, section: 'forecast' },
    { key: 'pipeline', label: 'Pipeline (incl.)', value: money(c.rollup.pipeline), note: `+ ${money(c.open.pipeline.amount)} open in ${deals(c.open.pipeline.count)}${c.open.omitted.count > 0 ? `; ${money(c.open.omitted.amount)} omitted` : ''}`, method: methods.categories, section: 'forecast' },
    { key: 'weighted', label: 'Weighted forecast', value: money(c.weighted.total), note: `Closed won + ${money(c.weighted.open)} of weighted open deals; ${ofQuota(c.weighted.total)}`, method: methods.weighted, section: 'forecast' },
    {
      key: 'p50',
      label: 'P50 (simulated median)',
      value: money(c.simulation.p50),
      note: p50Note(dashboard, view.forecast.period.key, view.forecast.day, c, { sameDay: kind === 'current' }),
      method: methods.simulation,
      section: 'forecast',
    },
    {
      key: 'runRate',
      label: 'Run-rate (not yet in pipeline)',
      value: view.forecast.runRate.samples.length === 0 ? 'Unknown' : money(c.runRate),
      note:
        view.forecast.runRate.samples.length === 0
          ? 'No past quarter to learn it from'
          : `Mean over ${view.forecast.runRate.samples.map((s) => view.quarterLabel(s.period)).join(', ')}`,
      method: methods.runRate,
      section: 'forecast',
    },
  ];
}

/** Where the open deals' win probabilities came from, in a sentence. */
export function probabilitySources(sources: Record<'history' | 'crm' | 'stage default' | 'none', number>): string {
  const total = sources.history + sources.crm + sources['stage default'] + sources.none;
  if (total === 0) return 'No open deal closes in this quarter.';
  const parts = [
    sources.history > 0 ? `${sources.history} from the company's history` : null,
    sources.crm > 0 ? `${sources.crm} from the CRM probability` : null,
    sources['stage default'] > 0 ? `${sources['stage default']} from the stage default` : null,
    sources.none > 0 ? `${sources.none} with no probability at all (counted as 0)` : null,
  ].filter((p): p is string => p !== null);
  return `Win probabilities of the ${total} open deal${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
