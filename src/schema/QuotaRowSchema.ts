/** What every typed quota row must satisfy (see QuotaRow and PeriodRef in types.ts). */
import { z } from 'zod';
import type { QuotaRow } from './types.ts';
import { CurrencyCodeSchema, IsoDateSchema, SourceRefSchema, TextSchema } from './rowSchemaParts.ts';

const Year = z.number().int().min(1900).max(2199);
const Quarter = z.literal([1, 2, 3, 4]);

export const PeriodRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fiscalYear'), fiscalYear: Year }),
  z.object({ kind: z.literal('fiscalHalf'), fiscalYear: Year, half: z.literal([1, 2]) }),
  z.object({ kind: z.literal('fiscalQuarter'), fiscalYear: Year, quarter: Quarter }),
  z.object({ kind: z.literal('calendarQuarter'), year: Year, quarter: Quarter }),
  z.object({ kind: z.literal('month'), year: Year, month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('date'), date: IsoDateSchema, granularity: z.enum(['month', 'quarter', 'year']) }),
]);

export const QuotaRowSchema = z
  .object({
    level: z.enum(['rep', 'team', 'region', 'company']),
    name: TextSchema.nullable(),
    period: PeriodRefSchema,
    periodLabel: z.string(),
    amount: z.number(),
    currency: CurrencyCodeSchema.nullable(),
    source: SourceRefSchema,
  })
  .refine((row) => row.level === 'company' || row.name !== null, {
    error: 'expected a name for a rep, team or region quota',
    path: ['name'],
  });

type Fits<T extends QuotaRow> = T;
/** The schema's output; a compile error here means it no longer fits the QuotaRow contract. */
export type QuotaRowOutput = Fits<z.output<typeof QuotaRowSchema>>;
