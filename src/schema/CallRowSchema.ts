/**
 * The manager's call: one row of a calls file (CSV or XLSX) is the number a manager (or VP)
 * submitted on a date for a scope: company, region, team or rep. What every typed call row must
 * satisfy.
 *
 * Columns (aliases in aliases.ts, CALL_ALIASES): Date (when the call was submitted), Scope
 * (company, region, team or rep), Name (the region, team or rep; blank or the company name for
 * company), Call (amount), optional Commit, Best Case, Period (the fiscal quarter the call is
 * for, any label the quota reader accepts; default the fiscal quarter holding the date) and
 * Submitted By.
 */
import { z } from 'zod';
import { IsoDateSchema, OptionalTextSchema, SourceRefSchema } from './rowSchemaParts.ts';
import type { PeriodRef, SourceRef } from './types.ts';

export type CallScope = 'company' | 'region' | 'team' | 'rep';

export interface CallRow {
  date: string;
  scope: CallScope;
  /** The region, team or rep; null for company. */
  name: string | null;
  call: number;
  commit: number | null;
  bestCase: number | null;
  /** The period as written; null: the fiscal quarter holding the date. */
  period: PeriodRef | null;
  periodLabel: string | null;
  submittedBy: string | null;
  currency: string | null;
  source: SourceRef;
}

const Amount = z.number().finite().min(0, { error: 'expected an amount of 0 or more' });

export const CallRowSchema = z.object({
  date: IsoDateSchema,
  scope: z.enum(['company', 'region', 'team', 'rep']),
  name: OptionalTextSchema,
  call: Amount,
  commit: Amount.nullable(),
  bestCase: Amount.nullable(),
  period: z.custom<PeriodRef>((v) => typeof v === 'object' && v !== null && 'kind' in v).nullable(),
  periodLabel: OptionalTextSchema,
  submittedBy: OptionalTextSchema,
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  source: SourceRefSchema,
});

type Fits<T extends CallRow> = T;
/** The schema's output; a compile error here means it no longer fits the CallRow contract. */
export type CallRowOutput = Fits<z.output<typeof CallRowSchema>>;
