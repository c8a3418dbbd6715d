/** What every typed deal row must satisfy (see DealRow in types.ts). */
import { z } from 'zod';
import type { DealRow } from './types.ts';
import {
  AttributesSchema, CurrencyCodeSchema, DealStatusSchema, ForecastCategorySchema, IsoDateSchema,
  ProbabilitySchema, OptionalTextSchema, SourceRefSchema, TextSchema,
} from './rowSchemaParts.ts';

export const DealRowSchema = z.object({
  id: TextSchema,
  idDerived: z.boolean(),
  name: OptionalTextSchema,
  account: OptionalTextSchema,
  /** Owner name, else owner id; null: no owner (shown as "Unassigned"). */
  owner: OptionalTextSchema,
  stage: OptionalTextSchema,
  status: DealStatusSchema,
  amount: z.number().nullable(),
  currency: CurrencyCodeSchema.nullable(),
  createdDate: IsoDateSchema.nullable(),
  closeDate: IsoDateSchema.nullable(),
  forecastCategory: ForecastCategorySchema.nullable(),
  probability: ProbabilitySchema.nullable(),
  type: OptionalTextSchema,
  leadSource: OptionalTextSchema,
  nextStep: OptionalTextSchema,
  lastActivityDate: IsoDateSchema.nullable(),
  lossReason: OptionalTextSchema,
  snapshotDate: IsoDateSchema.nullable(),
  attributes: AttributesSchema,
  source: SourceRefSchema,
});

type Fits<T extends DealRow> = T;
/** The schema's output; a compile error here means it no longer fits the DealRow contract. */
export type DealRowOutput = Fits<z.output<typeof DealRowSchema>>;

type DealRowSchemaPart = ReturnType<typeof DealRowSchema.pick>;
const compiled = new Map<string, DealRowSchemaPart>();

/**
 * DealRowSchema narrowed to the fields a table can fill: fields the table has no column for
 * are null by construction, so checking them on every row is waste. Compiled ahead of time
 * (z.compile: the same results and the same issues as the plain schema, several times faster
 * per row) and kept per set of fields, so a folder of snapshots of one report compiles it once.
 */
export function dealRowSchemaFor(fields: Iterable<keyof DealRow>): DealRowSchemaPart {
  const mask: Partial<Record<keyof DealRow, true>> = {};
  for (const field of fields) mask[field] = true;
  const key = Object.keys(mask).sort().join(',');
  let schema = compiled.get(key);
  if (schema === undefined) {
    schema = z.compile(DealRowSchema.pick(mask));
    compiled.set(key, schema);
  }
  return schema;
}
