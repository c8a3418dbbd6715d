/**
 * pushed: the close date was pushed later thresholds.pushCount times or more, or pushed out of
 * its fiscal quarter at least once. High when both, medium when one.
 */
import type { Deal } from '../../model/types.ts';
import { plural } from './plural.ts';
import { raise, type FlagOutcome, type RiskContext } from './types.ts';

export function pushedFlag(deal: Deal, context: RiskContext): FlagOutcome {
  const { pushCount, pushedOutOfPeriodCount, closeDateChanges } = deal.history;
  if (pushCount === null || pushedOutOfPeriodCount === null) {
    return { unknown: 'Close-date changes are unknown: the deal was seen in one snapshot only.' };
  }
  const limit = context.thresholds.pushCount;
  const often = pushCount >= limit;
  const outOfQuarter = pushedOutOfPeriodCount >= 1;
  if (!often && !outOfQuarter) return null;
  const pushes = closeDateChanges.filter((c) => c.direction === 'pushed');
  const first = pushes[0];
  const current = deal.closeDate ?? pushes[pushes.length - 1]?.to ?? null;
  const parts: string[] = [];
  if (first !== undefined) parts.push(`Close date pushed ${plural(pushCount, 'time')}, from ${first.from} to ${current ?? 'no date'}`);
  const lastOut = pushes.filter((c) => c.outOfPeriod).pop();
  if (lastOut !== undefined) {
    const fromQuarter = context.calendar.periodOf(lastOut.from, 'quarter').label;
    const toQuarter = context.calendar.periodOf(lastOut.to, 'quarter').label;
    parts.push(
      `pushed out of its fiscal quarter ${plural(pushedOutOfPeriodCount, 'time')}, last on ${lastOut.date} from ${lastOut.from} (${fromQuarter}) to ${lastOut.to} (${toQuarter})`,
    );
  }
  return raise(
    'pushed',
    often && outOfQuarter ? 'high' : 'medium',
    `The close date keeps slipping: pushed ${plural(limit, 'time')} or more, or out of its fiscal quarter at least once.`,
    parts.join('; '),
    {
      pushCount,
      pushedOutOfPeriodCount,
      firstCloseDate: first?.from ?? null,
      closeDate: current,
      lastOutOfQuarterOn: lastOut?.date ?? null,
    },
  );
}
