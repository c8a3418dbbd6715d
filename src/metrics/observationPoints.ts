/**
 * The dates at which past pipeline is looked at: every snapshot date in the range, and, before
 * the first snapshot (or throughout when there is none), a weekly point from the range's start
 * (start, start + 7 days, ...), where deal states come from history rows or are reconstructed
 * from created and close dates.
 */
import { addDays } from '../model/isoDate.ts';
import type { IsoDate, Model } from '../model/types.ts';

export interface ObservationPoint {
  date: IsoDate;
  /** 'snapshot' on a snapshot date; 'weekly' for a weekly point before the first snapshot. */
  origin: 'snapshot' | 'weekly';
}

export function observationPoints(model: Model, range: { start: IsoDate; end: IsoDate }): ObservationPoint[] {
  const points: ObservationPoint[] = [];
  const firstSnapshot = model.snapshots[0]?.date ?? null;
  for (let d = range.start; d <= range.end && (firstSnapshot === null || d < firstSnapshot); d = addDays(d, 7)) {
    points.push({ date: d, origin: 'weekly' });
  }
  for (const s of model.snapshots) {
    if (s.date >= range.start && s.date <= range.end) points.push({ date: s.date, origin: 'snapshot' });
  }
  return points;
}
