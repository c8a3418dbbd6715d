/**
 * The retrospective of every closed fiscal quarter in the data, oldest first (the build writes
 * them to retrospectives.json).
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
  const { closed } = dashboardPeriods(model, { asOf });
  if (closed.length === 0) return [];
  const rows = repPeriods(model, { asOf, quarters: closed });
  const winTable = winProbability(model, { asOf });
  return closed.map((quarter) => retrospective(model, quarter, { ...options, asOf, rows, winTable }));
}
