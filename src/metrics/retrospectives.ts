/**
 * The retrospective of every closed fiscal quarter in the data (one ending on the as-of date
 * included), oldest first, leaving out quarters with nothing in them (the build writes them to
 * retrospectives.json).
 */
import type { IsoDate, Model } from '../model/types.ts';
import type { StageConfig } from '../schema/configSchema.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { repPeriods } from './repPeriods.ts';
import { retrospective, type RetrospectiveResult } from './retrospective.ts';
import { winProbability } from './winProbability.ts';

export interface RetrospectivesOptions {
  /** Default the model's as-of date. */
  asOf?: IsoDate;
  /** config.stages. */
  stages?: StageConfig[];
  /** config.forecast.minHistory (default 20). */
  minHistory?: number;
  /** Top wins and largest losses listed per quarter (default 5). */
  top?: number;
}

export function retrospectives(model: Model, options: RetrospectivesOptions = {}): RetrospectiveResult[] {
  const asOf = options.asOf ?? model.asOf;
  const periods = dashboardPeriods(model, { asOf });
  // A quarter that ends on the as-of date is over too: its review is ready on its last day.
  const closed = periods.current.end === asOf ? [...periods.closed, periods.current] : periods.closed;
  if (closed.length === 0) return [];
  const rows = repPeriods(model, { asOf, quarters: closed });
  const winTable = winProbability(model, { asOf });
  return closed.map((quarter) => retrospective(model, quarter, { ...options, asOf, rows, winTable })).filter(hasData);
}

/** A quarter with no deal won, lost, due, pulled in or created has nothing to review (the data starts later). */
export function hasData(r: RetrospectiveResult): boolean {
  const w = r.waterfall;
  return r.wonCount + r.lostCount > 0 || w.startCount + w.pulledInCount + w.createdCount > 0;
}
