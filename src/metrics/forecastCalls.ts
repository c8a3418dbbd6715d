/**
 * The manager's call next to the model: for the current quarter, per scope, the reps' Commit
 * roll-up, the latest call submitted for it (on or before the as-of date) and the model's P50;
 * the history of calls through each quarter; and for closed quarters each call's error against
 * what the quarter closed with, next to the error of the model's P50 replayed on the same date
 * (the latest replayed point on or before the call, forecastBacktest.ts; company, regions and
 * teams).
 */
import { fsum } from 'd3';
import type { IsoDate, ManagerCall, Model } from '../model/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';
import type { BacktestPoint, ForecastBacktest } from './forecastBacktestTypes.ts';
import { forecastDealAt } from './forecastDealAt.ts';
import type { Forecast } from './forecastTypes.ts';
import { absolutePercentageError, meanOf } from './forecastScores.ts';
import { scopeIndex } from './scopeIndex.ts';
import type { ScopeLevel } from './scopes.ts';

export interface CallEntry {
  date: IsoDate;
  call: number;
  commit: number | null;
  bestCase: number | null;
  submittedBy: string | null;
  /** Closed quarters: what the quarter closed with, and the call's and the model's errors. */
  actual: number | null;
  callError: number | null;
  callApe: number | null;
  /** The model's P50 replayed at the latest point on or before the call (null when not replayed). */
  modelP50: number | null;
  modelDate: IsoDate | null;
  modelApe: number | null;
}

export interface ScopeCalls {
  scope: string;
  level: ScopeLevel;
  name: string;
  period: string;
  closed: boolean;
  calls: CallEntry[];
  /** Closed quarters: mean absolute % error of the calls and of the model on the same dates. */
  callMape: number | null;
  modelMape: number | null;
}

export interface CurrentCall {
  scope: string;
  level: ScopeLevel;
  name: string;
  /** Closed won + open Commit (the reps' roll-up). */
  commitRollup: number;
  latest: CallEntry | null;
  p10: number;
  p50: number;
  p90: number;
}

export interface ForecastCalls {
  /** Calls read from the calls file (0: no calls file). */
  count: number;
  current: CurrentCall[];
  /** Every scope and quarter with calls, newest quarter first. */
  history: ScopeCalls[];
  /** Calls whose scope matched no region, team or rep of the data. */
  unmatched: Array<{ scope: ManagerCall['scope']; name: string | null; file: string; row: number }>;
}

export function forecastCalls(model: Model, f: Forecast, backtest: ForecastBacktest, options: { companyName: string }): ForecastCalls {
  const calls = model.calls ?? [];
  const index = scopeIndex(model, options.companyName);
  const byKey = new Map<string, number>();
  index.scopes.forEach((s, i) => {
    const k = s.level === 'company' ? 'company' : `${s.level}\u0000${normalizeKey(s.name)}`;
    if (!byKey.has(k)) byKey.set(k, i);
  });
  const scopeOf = (c: ManagerCall) => byKey.get(c.scope === 'company' ? 'company' : `${c.scope}\u0000${normalizeKey(c.name ?? '')}`);
  const unmatched: ForecastCalls['unmatched'] = [];
  const groups = new Map<string, { s: number; period: string; start: IsoDate; end: IsoDate; calls: ManagerCall[] }>();
  for (const c of calls) {
    if (c.date > f.asOf) continue;
    const s = scopeOf(c);
    if (s === undefined) {
      unmatched.push({ scope: c.scope, name: c.name, file: c.source.file, row: c.source.row });
      continue;
    }
    const id = `${s}\u0000${c.period}`;
    const g = groups.get(id) ?? { s, period: c.period, start: c.periodStart, end: c.periodEnd, calls: [] };
    g.calls.push(c);
    groups.set(id, g);
  }

  // Actuals of closed quarters with calls, per scope, as of the as-of date.
  const closedPeriods = new Map<string, { start: IsoDate; end: IsoDate }>();
  for (const g of groups.values()) if (g.end < f.asOf) closedPeriods.set(g.period, { start: g.start, end: g.end });
  const actuals = new Map<string, number[][]>();
  for (const key of closedPeriods.keys()) actuals.set(key, index.scopes.map(() => []));
  if (closedPeriods.size > 0) {
    for (const deal of model.deals) {
      const view = forecastDealAt(deal, f.asOf, model);
      if (view?.status !== 'won' || view.amount === null || view.closeDate === null) continue;
      for (const [key, q] of closedPeriods) {
        if (view.closeDate < q.start || view.closeDate > q.end) continue;
        for (const s of index.of(deal)) actuals.get(key)![s]!.push(view.amount);
      }
    }
  }
  const replayed = new Map(backtest.scopes.map((s) => [s.scope, new Map(s.quarters.map((q) => [q.period, q.points]))]));
  const modelAt = (scope: string, period: string, date: IsoDate): BacktestPoint | null => {
    const points = replayed.get(scope)?.get(period) ?? [];
    let best: BacktestPoint | null = null;
    for (const p of points) if (p.asOf <= date) best = p;
    return best;
  };

  const history: ScopeCalls[] = [...groups.values()]
    .map((g): ScopeCalls => {
      const scope = index.scopes[g.s]!;
      const closed = g.end < f.asOf;
      const actual = closed ? fsum(actuals.get(g.period)![g.s]!) : null;
      const entries = g.calls.map((c): CallEntry => {
        const m = closed ? modelAt(scope.key, g.period, c.date) : null;
        return {
          date: c.date,
          call: c.call,
          commit: c.commit,
          bestCase: c.bestCase,
          submittedBy: c.submittedBy,
          actual,
          callError: actual === null ? null : c.call - actual,
          callApe: actual === null ? null : absolutePercentageError(c.call, actual),
          modelP50: m?.p50 ?? null,
          modelDate: m?.asOf ?? null,
          modelApe: m === null || actual === null ? null : absolutePercentageError(m.p50, actual),
        };
      });
      return {
        scope: scope.key,
        level: scope.level,
        name: scope.name,
        period: g.period,
        closed,
        calls: entries,
        callMape: meanOf(entries.filter((e) => e.modelApe !== null).map((e) => e.callApe)),
        modelMape: meanOf(entries.map((e) => e.modelApe)),
      };
    })
    .sort((a, b) => (a.period === b.period ? a.scope.localeCompare(b.scope, 'en') : a.period < b.period ? 1 : -1));

  const now = f.periods[0]!;
  const current: CurrentCall[] = now.scopes
    .filter((s) => s.level !== 'rep' || history.some((h) => h.scope === s.scope && h.period === now.period.key))
    .map((s) => {
      const h = history.find((x) => x.scope === s.scope && x.period === now.period.key);
      return {
        scope: s.scope,
        level: s.level,
        name: s.name,
        commitRollup: s.rollup.commit,
        latest: h === undefined ? null : h.calls[h.calls.length - 1]!,
        p10: s.simulation.p10,
        p50: s.simulation.p50,
        p90: s.simulation.p90,
      };
    });
  return { count: calls.length, current, history, unmatched };
}
