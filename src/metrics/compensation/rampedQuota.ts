/**
 * A new person's quota during their ramp. Tenure month 1 is the calendar month of the start
 * date; `ramp.months[k - 1]` is the share of the full quota in tenure month k, months after the
 * list carry the full quota and months before the start carry none. A period's ramped quota is
 * the full quota × the average share of its months. The full quota is the quota file's for the
 * period, else `ramp.quota`. When every month of the period is past the ramp, the quota is the
 * full quota unchanged.
 */
import type { IsoDate } from '../../model/types.ts';
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';

export interface RampedQuota {
  /** null when no full quota is known. */
  quota: number | null;
  /** The full quota the share applies to. */
  full: number | null;
  /** Average share over the period's months (1 = fully ramped). */
  share: number;
  /** Tenure month of each month of the period (1 = the month started; <= 0 before the start). */
  tenureMonths: number[];
  ramped: boolean;
}

export function rampedQuota(
  fileQuota: number | null,
  period: { start: IsoDate; end: IsoDate },
  startDate: IsoDate | null,
  ramp: CompensationPlan['ramp'],
): RampedQuota {
  if (ramp === undefined || startDate === null) return { quota: fileQuota, full: fileQuota, share: 1, tenureMonths: [], ramped: false };
  const startIndex = monthIndex(startDate);
  const tenureMonths: number[] = [];
  for (let m = monthIndex(period.start); m <= monthIndex(period.end); m += 1) tenureMonths.push(m - startIndex + 1);
  const shares = tenureMonths.map((k) => (k < 1 ? 0 : k <= ramp.months.length ? ramp.months[k - 1]! : 1));
  const share = shares.reduce((a, b) => a + b, 0) / shares.length;
  if (shares.every((s) => s === 1)) return { quota: fileQuota, full: fileQuota, share: 1, tenureMonths, ramped: false };
  const full = fileQuota ?? ramp.quota ?? null;
  return { quota: full === null ? null : full * share, full, share, tenureMonths, ramped: true };
}

function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
