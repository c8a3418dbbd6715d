/**
 * One deal's life from creation to its end: the stage-by-stage progression (progressDeal), the
 * fields the rep keeps on it (crmFields: close-date pushes, forecast calls), amount changes and
 * logged activity. Plain data (see truth.ts); no dates beyond integers.
 */
import type { AccountBook } from './accounts.ts';
import type { Rep } from './company.ts';
import { nextWeekday, toWeekday, type Day } from './dates.ts';
import { crmFields } from './crmFields.ts';
import { MIN_CYCLE, progressDeal, quarterRush, workday } from './progressDeal.ts';
import type { Random } from './random.ts';
import { repHabits } from './repHabits.ts';
import type { DealTruth, StageEvent, ValueEvent } from './truth.ts';
import {
  DEAL_NAME_SUFFIXES, DEAL_TYPES, LEAD_SOURCES, LOSS_REASONS, LOST_STAGE, NEXT_STEPS, STALE_LOSS_REASONS, WON_STAGE,
  type DealType, type StageIndex,
} from './vocabulary.ts';

export type DealPlan = Omit<DealTruth, 'seq' | 'id'>;

const MEDIAN_AMOUNT = { Enterprise: 48_000, Commercial: 15_000 } as const;
const TYPE_SIZE: Record<DealType, number> = { 'New Business': 1, 'Existing Business/Upsell': 0.55, Renewal: 0.8 };

/** Why deals are lost, by how far they got: early ones mostly to no decision, late ones to price and competitors. */
const LATE_LOSS_REASONS: readonly (readonly [string, number])[] = [
  ['Price', 0.32], ['Competitor', 0.3], ['No Decision', 0.1], ['Timing', 0.1], ['Budget', 0.14], ['Lost to Status Quo', 0.04],
];

function roundAmount(x: number): number {
  return x < 100_000 ? Math.max(500, Math.round(x / 100) * 100) : Math.round(x / 1000) * 1000;
}

function closingStep(stage: StageIndex, random: Random): string {
  const options = NEXT_STEPS[stage] ?? [''];
  if (stage === LOST_STAGE || random.chance(0.18)) return '';
  return random.pick(options);
}

/** `day`, or the first working day after the last stage entry when `day` is not after it. */
function afterEntry(day: Day, lastEntry: Day): Day {
  return day > lastEntry ? day : nextWeekday(lastEntry + 1);
}

function activityDays(from: Day, until: Day, meanGap: number, random: Random): Day[] {
  const days: Day[] = [];
  for (let d = from; d < until; d += Math.max(1, Math.round(-meanGap * Math.log(1 - random.next())))) days.push(d);
  return days;
}

export interface PlanDealOptions {
  rep: Rep;
  created: Day;
  /** The rep's skill on the created day (1 = norm). */
  skill: number;
  accounts: AccountBook;
  /** Multiplies the odds of advancing on a day (the quarter's market for the rep's team); default 1. */
  market?: (day: Day) => number;
}

export function planDeal(random: Random, options: PlanDealOptions): DealPlan {
  const { rep, created, skill, accounts } = options;
  const type = random.weighted(DEAL_TYPES);
  const leadSource = type === 'Renewal' ? 'Existing Customer' : random.weighted(LEAD_SOURCES);
  const pool = (type === 'New Business' ? accounts.prospects : accounts.customers).get(rep.region) ?? ['Unknown Account'];
  const account = random.pick(pool);
  const name = `${account} - ${random.pick(DEAL_NAME_SUFFIXES[type])}`;

  // Amount: log-normal per segment, with the odd very large enterprise deal.
  const sigma = rep.segment === 'Enterprise' ? 0.5 : 0.4;
  const median = MEDIAN_AMOUNT[rep.segment] * TYPE_SIZE[type] * rep.dealSize * (0.85 + 0.15 * Math.min(skill, 1.5));
  let amount = random.logNormal(Math.log(median), sigma);
  if (rep.segment === 'Enterprise' && type === 'New Business' && random.chance(0.012)) amount *= random.uniform(2.5, 4);
  amount = roundAmount(amount);

  // The deal's life, stage by stage.
  const quality = random.normal(0, 1);
  const start = type === 'Renewal' ? 2 : random.chance(0.8) ? 0 : 1;
  const deleteOn = random.chance(0.025) ? created + random.int(7, 60) : null;
  const progress = progressDeal(random, {
    created, start, type, segment: rep.segment, skill, quality, deleteOn, market: options.market ?? (() => 1),
  });
  const lastEntry = progress.entries[progress.entries.length - 1]?.day ?? created;
  let outcome: DealPlan['outcome'];
  let end: Day; // last day of the deal: close or deletion
  let staleFrom: Day | null = null;
  let lossReason: string | null = null;
  if (progress.outcome === 'won') {
    outcome = 'won';
    const natural = afterEntry(workday(Math.max(progress.day, created + MIN_CYCLE + random.int(0, 10)), created), lastEntry);
    end = quarterRush(natural, created, lastEntry, random, 0.45);
  } else if (progress.outcome === 'lost') {
    outcome = 'lost';
    lossReason = random.weighted(progress.stage >= 5 ? LATE_LOSS_REASONS : LOSS_REASONS);
    end = quarterRush(afterEntry(toWeekday(progress.day), lastEntry), created, lastEntry, random, 0.25);
  } else if (progress.outcome === 'quiet') {
    // Nobody works it any more; someone closes it out weeks or months later, or deletes it.
    staleFrom = progress.day;
    end = staleFrom + random.int(45, 150);
    if (random.chance(0.2)) outcome = 'deleted';
    else {
      outcome = 'lost';
      lossReason = random.weighted(STALE_LOSS_REASONS);
    }
  } else {
    outcome = 'deleted';
    end = progress.day;
  }

  // The fields the rep keeps while the deal is open, then the closing entry.
  const fields = crmFields(random, {
    created, end, entries: progress.entries, quietFrom: staleFrom, segment: rep.segment, type, habits: repHabits(rep), quality,
  });
  const stages: StageEvent[] = fields.stages;
  const closeDates: ValueEvent[] = fields.closeDates;
  if (outcome !== 'deleted') {
    const stage = outcome === 'won' ? WON_STAGE : LOST_STAGE;
    stages.push({ day: end, stage, category: outcome === 'won' ? 'Closed' : 'Omitted', nextStep: closingStep(stage, random) });
    const last = closeDates[closeDates.length - 1];
    if (last && last.day === end) last.value = end;
    else if (last?.value !== end) closeDates.push({ day: end, value: end });
  }

  // Amount changes: cuts, scope increases, a discount at signature.
  const amounts: ValueEvent[] = [{ day: created, value: amount }];
  const changeDays = [...stages.slice(1, -1).map((s) => s.day), ...closeDates.slice(1).map((c) => c.day)].filter(
    (d) => d > created && d < end,
  );
  if (changeDays.length > 0 && random.chance(0.12)) {
    amounts.push({ day: random.pick(changeDays), value: roundAmount(amount * random.uniform(0.5, 0.8)) });
  } else if (changeDays.length > 0 && random.chance(0.08)) {
    amounts.push({ day: random.pick(changeDays), value: roundAmount(amount * random.uniform(1.1, 1.45)) });
  }
  if (outcome === 'won' && random.chance(0.2)) {
    const before = amounts[amounts.length - 1]?.value ?? amount;
    amounts.push({ day: end, value: roundAmount(before * random.uniform(0.88, 0.97)) });
  }
  amounts.sort((a, b) => a.day - b.day);

  // Logged activity: calls and meetings while the deal is worked, plus every stage move.
  let activities: Day[] = [];
  if (!random.chance(0.03)) {
    const until = staleFrom ?? end;
    const set = new Set(activityDays(created, until, rep.segment === 'Enterprise' ? 7 : 5, random));
    for (const s of stages) if (s.day <= until) set.add(s.day);
    if (staleFrom !== null) set.add(staleFrom);
    if (outcome !== 'deleted' && staleFrom === null) set.add(end);
    activities = [...set].sort((a, b) => a - b);
  }

  return {
    name, account, type, leadSource, segment: rep.segment, team: rep.team, region: rep.region,
    created, outcome,
    closed: outcome === 'deleted' ? null : end,
    deleted: outcome === 'deleted' ? end : null,
    lossReason, staleFrom, stages, closeDates, amounts,
    owners: [{ day: created, owner: rep.name }],
    activities,
  };
}
