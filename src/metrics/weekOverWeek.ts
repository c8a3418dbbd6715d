/**
 * What moved since the previous snapshot, for the headline numbers of one scope in the current
 * quarter: closed won, the weighted forecast, the commit and the open pipeline dated in the
 * quarter (Omitted left out), now and at the previous snapshot, the change, and the series of
 * the quarter so far (one value per forecast-history point) for a sparkline.
 *
 * "Now" is the history's last point (the as-of date); "previous" is the point at the previous
 * snapshot date (the start of what changed), else the point before the last. With fewer than
 * two points the change is unknown (null).
 */
import type { ForecastHistory, ForecastHistoryValues } from './forecastHistory.ts';
import type { IsoDate } from '../model/types.ts';

export type WeekOverWeekKey = 'closedWon' | 'expected' | 'commit' | 'openPipeline';

export const WEEK_OVER_WEEK_KEYS: readonly WeekOverWeekKey[] = ['closedWon', 'expected', 'commit', 'openPipeline'];

export interface WeekOverWeekValue {
  key: WeekOverWeekKey;
  now: number;
  /** null without a previous point. */
  previous: number | null;
  /** now - previous; null without a previous point. */
  change: number | null;
  /** The quarter so far, oldest first. */
  series: { date: IsoDate; value: number }[];
}

export interface WeekOverWeek {
  scope: string;
  /** Date of the previous point; null when there is none. */
  from: IsoDate | null;
  to: IsoDate | null;
  values: WeekOverWeekValue[];
}

function valueOf(point: ForecastHistoryValues, key: WeekOverWeekKey): number {
  if (key === 'openPipeline') return point.pipeline - point.closedWon;
  return point[key];
}

export function weekOverWeek(history: ForecastHistory, scopeKey: string, previousDate: IsoDate | null = null): WeekOverWeek {
  const scope = history.scopes.find((s) => s.scope === scopeKey);
  const points = scope?.points ?? [];
  const last = points.at(-1) ?? null;
  let previous: ForecastHistoryValues | null = null;
  if (last !== null) {
    const before = points.slice(0, -1);
    previous = (previousDate === null ? undefined : before.findLast((p) => p.date <= previousDate)) ?? before.at(-1) ?? null;
  }
  return {
    scope: scopeKey,
    from: previous?.date ?? null,
    to: last?.date ?? null,
    values: WEEK_OVER_WEEK_KEYS.map((key) => {
      const now = last === null ? 0 : valueOf(last, key);
      const prev = previous === null ? null : valueOf(previous, key);
      return {
        key,
        now,
        previous: prev,
        change: prev === null ? null : now - prev,
        series: points.map((p) => ({ date: p.date, value: valueOf(p, key) })),
      };
    }),
  };
}
