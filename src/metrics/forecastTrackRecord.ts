/**
 * The forecast's track record per scope: the weighted forecast as it stood on the same day of
 * each of the last four closed quarters (the latest forecast point on or before that day, else
 * the quarter's first point), against what those quarters booked; with the mean signed error
 * (bias) and the mean absolute percentage error over them.
 */
import { fsum } from 'd3';
import { dayOfPeriod } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import type { StageLookup } from '../schema/stages.ts';
import { dashboardPeriods } from './dashboardPeriods.ts';
import { forecastAccuracy } from './forecastAccuracy.ts';
import { forecastHistory } from './forecastHistory.ts';
import type { TrackRecord, TrackRecordQuarter } from './forecastTypes.ts';
import type { ScopeIndex } from './scopeIndex.ts';
import type { WinProbabilityTable } from './winProbability.ts';

export function forecastTrackRecord(
  model: Model,
  context: {
    asOf: IsoDate;
    current: FiscalPeriod;
    companyName: string;
    table: WinProbabilityTable;
    index: ScopeIndex;
    stageLookup: StageLookup;
    minHistory: number;
  },
): TrackRecord[] {
  const { asOf, current, index } = context;
  const day = dayOfPeriod(asOf, current);
  const quarters = dashboardPeriods(model, { asOf }).closed.slice(-4).reverse();
  const rows = index.scopes.map(() => [] as TrackRecordQuarter[]);
  for (const q of quarters) {
    const history = forecastHistory(model, q, {
      companyName: context.companyName,
      asOf,
      minHistory: context.minHistory,
      stageLookup: context.stageLookup,
      table: context.table,
      index,
      atDay: day,
    });
    const point = history.points[0];
    if (point === undefined) continue;
    history.scopes.forEach((scope, s) => {
      const values = scope.points[0]!;
      const actual = scope.actual ?? 0;
      const acc = forecastAccuracy(values.expected, actual);
      rows[s]!.push({
        period: q.key,
        date: point.date,
        expected: values.expected,
        commit: values.commit,
        actual,
        error: acc.error,
        absolutePercentageError: acc.absolutePercentageError,
      });
    });
  }
  return rows.map((quartersOut) => {
    const apes = quartersOut.map((r) => r.absolutePercentageError).filter((x): x is number => x !== null);
    return {
      quarters: quartersOut,
      meanSignedError: quartersOut.length === 0 ? null : fsum(quartersOut.map((r) => r.error)) / quartersOut.length,
      meanAbsolutePercentageError: apes.length === 0 ? null : fsum(apes) / apes.length,
    };
  });
}
