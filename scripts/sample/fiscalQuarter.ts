/**
 * Fiscal quarters of the sample company: the fiscal year starts on February 1 and is named
 * by the calendar year it ends in (FY2027 = 2026-02-01 .. 2027-01-31).
 */
import { dayFromParts, partsFromDay, type Day } from './dates.ts';

export const FISCAL_YEAR_START_MONTH = 2;

export interface FiscalQuarter {
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** Inclusive. */
  start: Day;
  /** Inclusive. */
  end: Day;
  /** `FY2027 Q3` */
  label: string;
  /** fiscalYear * 4 + quarter - 1: consecutive quarters differ by one. */
  index: number;
}

const byDay = new Map<Day, FiscalQuarter>();

/** The fiscal quarter that contains `day`. */
export function fiscalQuarter(day: Day): FiscalQuarter {
  const known = byDay.get(day);
  if (known) return known;
  const { year, month } = partsFromDay(day);
  const fiscalMonth = (month - FISCAL_YEAR_START_MONTH + 12) % 12; // 0..11
  const fiscalYear = month >= FISCAL_YEAR_START_MONTH ? year + 1 : year;
  const q = quarterFromIndex(fiscalYear * 4 + Math.floor(fiscalMonth / 3));
  byDay.set(day, q);
  return q;
}

/** The fiscal quarter with the given index (see FiscalQuarter.index). */
export function quarterFromIndex(index: number): FiscalQuarter {
  const fiscalYear = Math.floor(index / 4);
  const quarter = ((index % 4) + 1) as 1 | 2 | 3 | 4;
  const firstMonth = FISCAL_YEAR_START_MONTH + 3 * (quarter - 1); // may exceed 12: rolls over
  const start = dayFromParts(fiscalYear - 1, firstMonth, 1);
  const end = dayFromParts(fiscalYear - 1, firstMonth + 3, 0);
  return { fiscalYear, quarter, start, end, label: `FY${fiscalYear} Q${quarter}`, index };
}

/** Every fiscal quarter from the one containing `from` to the one containing `to`. */
export function quartersBetween(from: Day, to: Day): FiscalQuarter[] {
  const out: FiscalQuarter[] = [];
  for (let i = fiscalQuarter(from).index; i <= fiscalQuarter(to).index; i++) out.push(quarterFromIndex(i));
  return out;
}
