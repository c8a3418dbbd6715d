/** What every typed deal-history row must satisfy (see HistoryRow in types.ts). */
import { z } from 'zod';
import type { HistoryRow } from './types.ts';
import {
  CurrencyCodeSchema, DealStatusSchema, ForecastCategorySchema, IsoDateSchema, ProbabilitySchema,
  OptionalTextSchema, SourceRefSchema, TextSchema,
} from './rowSchemaParts.ts';

export const HistoryRowSchema = z.object({
  dealKey: TextSchema,
  keyType: z.enum(['id', 'name']),
  date: IsoDateSchema,
  stage: OptionalTextSchema,
  status: DealStatusSchema.nullable(),
  amount: z.number().nullable(),
  currency: CurrencyCodeSchema.nullable(),
  closeDate: IsoDateSchema.nullable(),
  forecastCategory: ForecastCategorySchema.nullable(),
  probability: ProbabilitySchema.nullable(),
  source: SourceRefSchema,
});

type Fits<T extends HistoryRow> = T;
/** The schema's output; a compile error here means it no longer fits the HistoryRow contract. */
export type HistoryRowOutput = Fits<z.output<typeof HistoryRowSchema>>;
