/**
 * A closed quarter against another one (the previous quarter, the same quarter a year earlier):
 * company bookings, attainment, win rates, won deal count and average won size, each with the
 * other quarter's value and the difference. Everything about the other quarter is null when it
 * lies before the data starts.
 */
import type { FiscalPeriod } from '../model/types.ts';

export interface QuarterFigures {
  bookings: number;
  /** bookings / quota; null without a quota. */
  attainment: number | null;
  winRateCount: number | null;
  winRateValue: number | null;
  wonCount: number;
  avgWonSize: number | null;
}

export interface ComparedValue {
  value: number | null;
  other: number | null;
  /** value - other; null when either is null. */
  delta: number | null;
}

export interface QuarterComparison {
  /** The quarter compared with. */
  period: string;
  label: string;
  /** False when the other quarter starts before the earliest data: every `other` is null. */
  available: boolean;
  bookings: ComparedValue;
  attainment: ComparedValue;
  winRateCount: ComparedValue;
  winRateValue: ComparedValue;
  wonCount: ComparedValue;
  avgWonSize: ComparedValue;
}

export function retrospectiveComparison(
  figures: QuarterFigures,
  other: { period: FiscalPeriod; figures: QuarterFigures | null },
): QuarterComparison {
  const o = other.figures;
  const compare = (value: number | null, otherValue: number | null): ComparedValue => ({
    value,
    other: otherValue,
    delta: value === null || otherValue === null ? null : value - otherValue,
  });
  return {
    period: other.period.key,
    label: other.period.label,
    available: o !== null,
    bookings: compare(figures.bookings, o?.bookings ?? null),
    attainment: compare(figures.attainment, o?.attainment ?? null),
    winRateCount: compare(figures.winRateCount, o?.winRateCount ?? null),
    winRateValue: compare(figures.winRateValue, o?.winRateValue ?? null),
    wonCount: compare(figures.wonCount, o?.wonCount ?? null),
    avgWonSize: compare(figures.avgWonSize, o?.avgWonSize ?? null),
  };
}
