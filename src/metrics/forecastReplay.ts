/**
 * The forecast replayed on past dates: for a quarter and a date inside it, the forecast's inputs
 * exactly as a forecast made on that date would have had them (forecastSetup with the deals as
 * the exports of that date said, rates learned only from quarters closed before the quarter,
 * outcomes as known on the date), for the company, its regions and its teams. Setups are cached by
 * quarter and date, so the common factor's calibration and the backtest share them: each point
 * is worked out once per build.
 */
import { fsum } from 'd3';
import { fiscalCalendar, type FiscalCalendar } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';
import { forecastDealAt } from './forecastDealAt.ts';
import { observationPoints, type ObservationPoint } from './observationPoints.ts';
import { forecastSetup, type ForecastSettings, type ForecastSetup } from './forecastSetup.ts';
import { scopeIndex, type ScopeIndex } from './scopeIndex.ts';
import type { ScopeLevel } from './scopes.ts';
import type { WinProbabilityTable } from './winProbability.ts';
import { winRates } from './winRates.ts';

export interface ForecastReplay {
  model: Model;
  settings: ForecastSettings;
  calendar: FiscalCalendar;
  /** Company, regions and teams. */
  index: ScopeIndex;
  /** The forecast of quarter `q` made on `date` (inside q), without common factor. */
  setupAt(q: FiscalPeriod, date: IsoDate): ForecastSetup;
  /** Won bookings of quarter `q` per scope, as the exports known on `knownAt` said. */
  bookings(q: FiscalPeriod, knownAt: IsoDate): number[];
  /**
   * The points of quarter `q` a forecast can be replayed at: its observation points (snapshot
   * dates, weekly points before the first snapshot) on or after the first date any deal was
   * observed (a snapshot or history row). Before that, a pipeline could only be reconstructed
   * from created and close dates, and such a pipeline holds only the deals whose outcome is
   * known (those still open when first seen, never those already won): not a forecast anyone
   * could have made.
   */
  points(q: FiscalPeriod): ObservationPoint[];
  /** Simulation trials of a replayed point: the forecast's, at most REPLAY_TRIALS. */
  trials: number;
  /** Memo of derived values per point (used by the common factor's fit). */
  memo: Map<string, unknown>;
}

/** Most trials per replayed point (the backtest replays up to 8 × 13 points). */
export const REPLAY_TRIALS = 2_000;

export interface ForecastReplayOptions {
  companyName: string;
  settings: ForecastSettings;
  stageLookup: StageLookup;
  table: WinProbabilityTable;
  /** Scope levels replayed (default company, region, team). */
  levels?: readonly ScopeLevel[];
}

export function forecastReplay(model: Model, options: ForecastReplayOptions): ForecastReplay {
  const { settings, stageLookup, table } = options;
  const calendar = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const index = subIndex(scopeIndex(model, options.companyName), options.levels ?? ['company', 'region', 'team']);
  const setups = new Map<string, ForecastSetup>();
  const booked = new Map<string, number[]>();
  let firstObserved: IsoDate | null = null;
  for (const deal of model.deals) {
    const first = deal.history.states[0]?.date ?? null;
    if (first !== null && (firstObserved === null || first < firstObserved)) firstObserved = first;
  }
  return {
    model,
    settings,
    calendar,
    index,
    trials: Math.min(settings.trials, REPLAY_TRIALS),
    memo: new Map(),
    points(q) {
      return firstObserved === null ? [] : observationPoints(model, q).filter((p) => p.date >= firstObserved!);
    },
    setupAt(q, date) {
      const id = `${q.key}\u0000${date}`;
      let setup = setups.get(id);
      if (setup === undefined) {
        const rates = winRates(table, { before: q.start, asOf: date });
        setup = forecastSetup(model, { asOf: date, periods: [q], index, rates, settings, stageLookup, sigma: [0] });
        setups.set(id, setup);
      }
      return setup;
    },
    bookings(q, knownAt) {
      const id = `${q.key}\u0000${knownAt}`;
      let out = booked.get(id);
      if (out === undefined) {
        const sums = index.scopes.map(() => [] as number[]);
        for (const deal of model.deals) {
          const view = forecastDealAt(deal, knownAt, model);
          if (view === null || view.status !== 'won' || view.amount === null || view.closeDate === null) continue;
          if (view.closeDate < q.start || view.closeDate > q.end) continue;
          for (const s of index.of(deal)) sums[s]!.push(view.amount);
        }
        out = sums.map((v) => fsum(v));
        booked.set(id, out);
      }
      return out;
    },
  };
}

/** The scopes of the given levels, renumbered; deals map to their scopes among them. */
export function subIndex(index: ScopeIndex, levels: readonly ScopeLevel[]): ScopeIndex {
  const keep: number[] = [];
  index.scopes.forEach((s, i) => {
    if (levels.includes(s.level)) keep.push(i);
  });
  const renumber = new Map(keep.map((old, i) => [old, i]));
  return {
    scopes: keep.map((i) => index.scopes[i]!),
    of(deal) {
      const out: number[] = [];
      for (const s of index.of(deal)) {
        const i = renumber.get(s);
        if (i !== undefined) out.push(i);
      }
      return out;
    },
  };
}
