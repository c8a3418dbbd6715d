/**
 * The manager's call on the forecast page (dashboard.forecastCalls): per scope, the reps'
 * Commit roll-up, the latest call and the model's P50 side by side for the current quarter; and
 * every call through each quarter, with, for closed quarters, its error against the actual next
 * to the model's error on the same date.
 */
import type { SiteData } from '../load/siteData.ts';
import type { TableDef } from '../tables/tableTypes.ts';

const LEVEL = { company: 'Company', region: 'Region', team: 'Team', rep: 'Rep' } as const;

export function forecastCallsTables(siteData: SiteData): TableDef[] {
  const calls = siteData.dashboard?.forecastCalls;
  if (calls === undefined || calls.count === 0) return [];
  const currency = siteData.dashboard.currency;
  const labels = new Map(siteData.dashboard.periods.quarters.map((q) => [q.key, q.label]));
  const current: TableDef = {
    id: 'forecast-calls-current',
    title: "The manager's call and the model",
    caption: `For ${siteData.dashboard.forecast.periods[0]!.period.label}: the reps' Commit roll-up (closed won + open Commit), the latest call submitted for the scope, and the model's P50 with its P10-P90 range.`,
    columns: [
      { key: 'scope', label: 'Scope', kind: 'text' },
      { key: 'level', label: 'Level', kind: 'text' },
      { key: 'commit', label: "Reps' Commit", kind: 'money', additive: false },
      { key: 'call', label: 'Latest call', kind: 'money', additive: false },
      { key: 'callDate', label: 'Called on', kind: 'date' },
      { key: 'submittedBy', label: 'Submitted by', kind: 'text' },
      { key: 'p50', label: 'Model P50', kind: 'money', additive: false },
      { key: 'p10', label: 'P10', kind: 'money', additive: false },
      { key: 'p90', label: 'P90', kind: 'money', additive: false },
      { key: 'gap', label: 'Call − P50', kind: 'money', additive: false },
    ],
    rows: calls.current.map((c) => ({
      scope: c.name,
      level: LEVEL[c.level],
      commit: c.commitRollup,
      call: c.latest?.call ?? null,
      callDate: c.latest?.date ?? null,
      submittedBy: c.latest?.submittedBy ?? null,
      p50: c.p50,
      p10: c.p10,
      p90: c.p90,
      gap: c.latest === null ? null : c.latest.call - c.p50,
    })),
    filters: ['level'],
    currency,
    rowNoun: { one: 'scope', other: 'scopes' },
  };
  const history: TableDef = {
    id: 'forecast-calls-history',
    title: 'Every call through the quarter',
    caption: "Each call as submitted, newest quarter first. For a closed quarter: what it closed with, the call's error and the error of the model's P50 replayed on the same date (company, regions and teams), so the two can be compared call by call.",
    columns: [
      { key: 'scope', label: 'Scope', kind: 'text' },
      { key: 'level', label: 'Level', kind: 'text' },
      { key: 'quarter', label: 'Quarter', kind: 'text' },
      { key: 'date', label: 'Called on', kind: 'date' },
      { key: 'submittedBy', label: 'Submitted by', kind: 'text' },
      { key: 'call', label: 'Call', kind: 'money', additive: false },
      { key: 'commit', label: 'Commit', kind: 'money', additive: false },
      { key: 'bestCase', label: 'Best case', kind: 'money', additive: false },
      { key: 'actual', label: 'Actual', kind: 'money', additive: false },
      { key: 'callApe', label: 'Call error', kind: 'percent' },
      { key: 'modelP50', label: 'Model P50 then', kind: 'money', additive: false },
      { key: 'modelApe', label: 'Model error', kind: 'percent' },
    ],
    rows: calls.history.flatMap((h) =>
      h.calls.map((c) => ({
        scope: h.name,
        level: LEVEL[h.level],
        quarter: labels.get(h.period) ?? h.period,
        date: c.date,
        submittedBy: c.submittedBy,
        call: c.call,
        commit: c.commit,
        bestCase: c.bestCase,
        actual: c.actual,
        callApe: c.callApe,
        modelP50: c.modelP50,
        modelApe: c.modelApe,
      })),
    ),
    filters: ['scope', 'level', 'quarter'],
    currency,
    rowNoun: { one: 'call', other: 'calls' },
  };
  return [current, history];
}
