/**
 * How long a deal had been at its stage on a date, from its stage entries.
 */
import { daysBetween } from '../model/isoDate.ts';
import type { Deal, IsoDate } from '../model/types.ts';
import { normalizeKey } from '../schema/values/normalizeKey.ts';

/**
 * Days from entering `stage` to `date`; null when unknown: the latest stage entry at or before
 * the date is not this stage, there is none (the state was reconstructed), or the entry is only
 * the first time the deal was seen (not an exact entry date, and the deal was created earlier
 * or its created date is unknown), so the deal may have been at the stage for longer.
 */
export function daysInStageAt(deal: Deal, stage: string, date: IsoDate): number | null {
  const entries = deal.history.stages;
  let entry: (typeof entries)[number] | null = null;
  for (const e of entries) {
    if (e.enteredOn <= date && (entry === null || e.enteredOn >= entry.enteredOn)) entry = e;
  }
  if (entry === null || normalizeKey(entry.stage) !== normalizeKey(stage)) return null;
  if (!entry.exact && entry.enteredOn === deal.history.firstSeen && deal.createdDate !== entry.enteredOn) return null;
  return daysBetween(entry.enteredOn, date);
}
