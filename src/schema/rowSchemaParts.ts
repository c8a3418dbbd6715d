/**
 * Zod pieces shared by the typed-row schemas (DealRowSchema, HistoryRowSchema, QuotaRowSchema,
 * RosterRowSchema). Rows reach these after value parsing, so a failure here means a value the
 * parsers let through that a row must not hold; it still becomes an issue, never a crash.
 */
import { z } from 'zod';
import type { Attributes } from './types.ts';

export const IsoDateSchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, {
  error: 'expected a date written YYYY-MM-DD',
});

/** Required text: at least one character. */
export const TextSchema = z.string().min(1, { error: 'expected text' });

/** Optional text: the value parsers never give an empty string, so no length check on every row. */
export const OptionalTextSchema = z.string().nullable();

export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD' });

export const ProbabilitySchema = z.number().min(0).max(1);

export const ForecastCategorySchema = z.enum(['commit', 'bestCase', 'pipeline', 'omitted', 'closed']);

export const DealStatusSchema = z.enum(['open', 'won', 'lost']);

export const SourceRefSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().min(1),
});

/** Attributes pass through as the same null-prototype object (no copy, no prototype). */
export const AttributesSchema = z.custom<Attributes>(
  (value) => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === null,
  { error: 'expected a null-prototype attributes object' },
);
