/**
 * Exact stage entry dates a deal row carries: HubSpot's `Date entered "<stage>"` columns are
 * kept in `attributes` as `dateEntered:<stage>` = ISO date. For the model's stage history
 * (StageEntry with exact = true). Sorted by date, then stage.
 */
import { DATE_ENTERED_PREFIX } from './aliases.ts';
import type { Attributes, IsoDate } from './types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function stageEntryDates(attributes: Attributes): { stage: string; date: IsoDate }[] {
  const entries: { stage: string; date: IsoDate }[] = [];
  for (const key of Object.keys(attributes)) {
    if (!key.startsWith(DATE_ENTERED_PREFIX)) continue;
    const date = attributes[key]!;
    if (ISO.test(date)) entries.push({ stage: key.slice(DATE_ENTERED_PREFIX.length), date });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.stage < b.stage ? -1 : 1));
}
