/**
 * Notes about quotas that no page will use or that are missing, once deals and quotas are
 * built: quotas for periods outside the data (ending before the earliest deal date or the as-of
 * date, or starting after the fiscal year that follows the as-of date: usually a mistyped
 * year), and reps who own deals but have no rep quota anywhere (their attainment is unknown,
 * not 0%). Only said when the data has quotas at all.
 */
import type { Issue, IsoDate, SourceRef } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import type { FiscalCalendar } from './fiscalCalendar.ts';
import { listNames, modelIssue, plural } from './modelIssue.ts';
import { nameKey } from './repDirectory.ts';
import { NO_OWNER } from './repRegistry.ts';
import type { Deal, Quota } from './types.ts';

export interface QuotaNotesOptions {
  asOf: IsoDate;
  calendar: FiscalCalendar;
}

export function quotaNotes(quotas: readonly Quota[], deals: readonly Deal[], options: QuotaNotesOptions): Issue[] {
  if (quotas.length === 0) return [];
  const { asOf, calendar } = options;
  // As the dashboard's quarters: from the earliest deal date (or the as-of date) on.
  let earliest: IsoDate = asOf;
  for (const deal of deals) {
    if (deal.createdDate !== null && deal.createdDate < earliest) earliest = deal.createdDate;
    if (deal.closeDate !== null && deal.closeDate < earliest) earliest = deal.closeDate;
  }
  const latest = calendar.shift(calendar.periodOf(asOf, 'year'), 1).end;

  const outside = new Map<string, { count: number; first: Quota }>();
  for (const quota of quotas) {
    if (quota.end >= earliest && quota.start <= latest) continue;
    const seen = outside.get(quota.source.file);
    if (seen === undefined) outside.set(quota.source.file, { count: 1, first: quota });
    else {
      seen.count++;
      if (compareSource(quota.source, seen.first.source) < 0) seen.first = quota;
    }
  }
  const out: Issue[] = [];
  const span = `${earliest} to ${latest}: from the earliest deal date to the end of the next fiscal year`;
  for (const [file, { count, first }] of [...outside].sort(([a], [b]) => compareText(a, b))) {
    const row = first.source.row;
    out.push(
      modelIssue(
        'info',
        'quota-outside-data',
        { file, sheet: first.source.sheet },
        `${file}: ${plural(count, 'quota')} (first: row ${row}, ${first.start} to ${first.end}) ${count === 1 ? 'is' : 'are'} for ${count === 1 ? 'a period' : 'periods'} outside the data (${span}), so no page uses ${count === 1 ? 'it' : 'them'}; nothing needs fixing unless a year is mistyped.`,
        { value: `${first.start}..${first.end}` },
      ),
    );
  }

  const withQuota = new Set(quotas.filter((q) => q.level === 'rep' && q.name !== null).map((q) => nameKey(q.name!)));
  if (withQuota.size === 0) return out;
  const owners = new Map<string, string>();
  for (const deal of deals) {
    const key = nameKey(deal.owner);
    if (deal.owner !== NO_OWNER && !withQuota.has(key) && !owners.has(key)) owners.set(key, deal.owner);
  }
  const names = [...owners.values()].sort(compareText);
  if (names.length > 0) {
    out.push(
      modelIssue(
        'info',
        'rep-without-quota',
        null,
        `${plural(names.length, 'rep')} who ${names.length === 1 ? 'owns' : 'own'} deals ${names.length === 1 ? 'has' : 'have'} no quota in the quota files: ${listNames(names)}; their attainment is shown as unknown, not 0%, so add quota rows if they carry a quota.`,
        { value: names.slice(0, 10).join(', ') },
      ),
    );
  }
  return out;
}

function compareSource(a: SourceRef, b: SourceRef): number {
  return compareText(a.sheet ?? '', b.sheet ?? '') || a.row - b.row;
}
