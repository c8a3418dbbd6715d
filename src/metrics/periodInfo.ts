/**
 * The identity of a period in metric outputs: a fiscal period keeps its key and label; a plain
 * date range gets `start..end` for both.
 */
import type { FiscalPeriod, IsoDate, PeriodGranularity } from '../model/types.ts';

/** A fiscal period, or any inclusive date range. */
export interface PeriodLike {
  start: IsoDate;
  end: IsoDate;
  key?: string;
  label?: string;
  granularity?: PeriodGranularity;
}

/** How a period is written in every metric result. */
export interface PeriodSummary {
  key: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export function periodInfo(period: PeriodLike | FiscalPeriod): PeriodSummary {
  const range = `${period.start}..${period.end}`;
  return { key: period.key ?? range, label: period.label ?? range, start: period.start, end: period.end };
}
