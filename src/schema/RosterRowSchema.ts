/** What every typed roster row must satisfy (see RosterRow in types.ts). */
import { z } from 'zod';
import type { RosterRow } from './types.ts';
import { IsoDateSchema, OptionalTextSchema, SourceRefSchema, TextSchema } from './rowSchemaParts.ts';

export const RosterRowSchema = z.object({
  rep: TextSchema,
  repId: OptionalTextSchema,
  email: OptionalTextSchema,
  manager: OptionalTextSchema,
  team: OptionalTextSchema,
  region: OptionalTextSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  role: OptionalTextSchema,
  source: SourceRefSchema,
});

type Fits<T extends RosterRow> = T;
/** The schema's output; a compile error here means it no longer fits the RosterRow contract. */
export type RosterRowOutput = Fits<z.output<typeof RosterRowSchema>>;
