/**
 * A deal as it stood on a given day: what a report run that morning would show.
 */
import type { Day } from './dates.ts';
import type { DealTruth } from './truth.ts';
import { LOST_STAGE, STAGE_PROBABILITY, WON_STAGE, type ForecastCategoryName, type StageIndex } from './vocabulary.ts';

export interface DealView {
  id: string;
  name: string;
  account: string;
  owner: string;
  stage: StageIndex;
  status: 'open' | 'won' | 'lost';
  amount: number;
  probability: number;
  closeDate: Day;
  created: Day;
  category: ForecastCategoryName;
  nextStep: string;
  lastActivity: Day | null;
  type: string;
  leadSource: string;
  lossReason: string;
}

function latest<T extends { day: Day }>(events: readonly T[], day: Day): T | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e && e.day <= day) return e;
  }
  return undefined;
}

/** Largest activity day at or before `day` (activities are ascending). */
function lastActivity(activities: readonly Day[], day: Day): Day | null {
  let lo = 0;
  let hi = activities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((activities[mid] ?? Infinity) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (activities[lo - 1] ?? null);
}

/** The deal on `day`, or null when it did not exist yet or had been deleted. */
export function dealAt(deal: DealTruth, day: Day): DealView | null {
  if (day < deal.created || (deal.deleted !== null && day >= deal.deleted)) return null;
  const stage = latest(deal.stages, day);
  const closeDate = latest(deal.closeDates, day);
  const amount = latest(deal.amounts, day);
  const owner = latest(deal.owners, day);
  if (!stage || !closeDate || !amount || !owner) throw new Error(`deal without a first state: ${deal.id}`);
  const status = stage.stage === WON_STAGE ? 'won' : stage.stage === LOST_STAGE ? 'lost' : 'open';
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    owner: owner.owner,
    stage: stage.stage,
    status,
    amount: amount.value,
    probability: STAGE_PROBABILITY[stage.stage] ?? 0,
    closeDate: closeDate.value,
    created: deal.created,
    category: stage.category,
    nextStep: stage.nextStep,
    lastActivity: lastActivity(deal.activities, day),
    type: deal.type,
    leadSource: deal.leadSource,
    lossReason: status === 'lost' ? (deal.lossReason ?? '') : '',
  };
}
