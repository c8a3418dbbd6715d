/**
 * One deal's life from creation to its end: stage moves, close-date pushes, amount changes,
 * activity and the final outcome. Plain data (see truth.ts); no dates beyond integers.
 */
import type { AccountBook } from './accounts.ts';
import type { Rep } from './company.ts';
import { endOfMonth, nextWeekday, toWeekday, type Day } from './dates.ts';
import { fiscalQuarter } from './fiscalQuarter.ts';
import type { Random } from './random.ts';
import type { DealTruth, StageEvent, ValueEvent } from './truth.ts';
import {
  DEAL_NAME_SUFFIXES, DEAL_TYPES, LAST_OPEN_STAGE, LEAD_SOURCES, LOSS_REASONS, LOST_STAGE, NEXT_STEPS,
  STALE_LOSS_REASONS, WON_STAGE, type DealType, type ForecastCategoryName, type StageIndex,
} from './vocabulary.ts';

export type DealPlan = Omit<DealTruth, 'seq' | 'id'>;

const MIN_CYCLE = 30;
const MAX_CYCLE = 180;

const BASE_WIN: Record<DealType, number> = {
  'New Business': 0.26,
  'Existing Business/Upsell': 0.4,
  Renewal: 0.72,
};

const MEDIAN_AMOUNT = { Enterprise: 48_000, Commercial: 15_000 } as const;
const TYPE_SIZE: Record<DealType, number> = { 'New Business': 1, 'Existing Business/Upsell': 0.55, Renewal: 0.8 };

/** Chance that an intermediate stage is recorded on the way up (index = stage). */
const STAGE_KEPT = [1, 0.85, 0.8, 0.75, 0.6, 0.5, 0.85, 1];

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function roundAmount(x: number): number {
  return x < 100_000 ? Math.max(500, Math.round(x / 100) * 100) : Math.round(x / 1000) * 1000;
}

function category(stage: StageIndex, random: Random): ForecastCategoryName {
  if (stage === WON_STAGE) return 'Closed';
  if (stage === LOST_STAGE) return 'Omitted';
  if (stage <= 2) return 'Pipeline';
  if (stage <= 4) return random.weighted([['Pipeline', 0.64], ['Best Case', 0.33], ['Commit', 0.03]] as const);
  if (stage === 5) return random.weighted([['Best Case', 0.6], ['Pipeline', 0.25], ['Commit', 0.15]] as const);
  if (stage === 6) return random.weighted([['Best Case', 0.55], ['Commit', 0.35], ['Pipeline', 0.1]] as const);
  return random.weighted([['Commit', 0.75], ['Best Case', 0.25]] as const);
}

function nextStep(stage: StageIndex, random: Random): string {
  const options = NEXT_STEPS[stage] ?? [''];
  if (stage === LOST_STAGE || random.chance(0.18)) return '';
  return random.pick(options);
}

/** The end-of-quarter rush: move a close into the last three weeks of its quarter, mostly the last days. */
/** A working day near `day`, keeping the cycle at least MIN_CYCLE days. */
function workday(day: Day, created: Day): Day {
  const before = toWeekday(day);
  return before - created >= MIN_CYCLE ? before : nextWeekday(day);
}

function hockeyStick(natural: Day, created: Day, random: Random, p: number): Day {
  if (!random.chance(p)) return natural;
  const q = fiscalQuarter(natural);
  const offset = Math.floor(21 * random.next() ** 1.6);
  const day = offset === 0 ? q.end : toWeekday(q.end - offset);
  return day - created >= MIN_CYCLE && day - created <= MAX_CYCLE ? day : natural;
}

/** Open stages the deal passes through, ending at `top`. */
function stagePath(top: StageIndex, start: StageIndex, random: Random): StageIndex[] {
  const path: StageIndex[] = [start];
  for (let s = start + 1; s <= top; s++) if (s === top || random.chance(STAGE_KEPT[s] ?? 1)) path.push(s);
  return path;
}

/** Days on which each stage of `path` is entered, spread over [created, until). */
function stageDays(path: readonly StageIndex[], created: Day, until: Day, random: Random): Day[] {
  const weights = path.slice(1).map(() => random.uniform(0.5, 1.5));
  const tail = random.uniform(0.2, 0.8);
  const total = weights.reduce((a, b) => a + b, 0) + tail;
  const span = Math.max(1, until - created);
  const days: Day[] = [created];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    const prev = days[days.length - 1] ?? created;
    const day = Math.max(prev + 1, created + Math.round((acc / total) * span));
    if (day >= until) break;
    days.push(day);
  }
  return days;
}

/** The Close Date field over time: earlier estimates pushed out one or more times, ending at `last`. */
function closeDatePlan(created: Day, end: Day, last: Day, pushes: number, random: Random): ValueEvent[] {
  const values: Day[] = [last];
  const pushDays: Day[] = [];
  let cur = last;
  for (let i = 0; i < pushes; i++) {
    const gap = random.chance(0.5) ? random.int(14, 35) : random.int(55, 100);
    let prev = cur - gap;
    const monthEnd = endOfMonth(prev);
    if (random.chance(0.6) && monthEnd < cur) prev = monthEnd;
    if (prev < created + 20) break;
    const pushDay = prev + random.int(-12, 4);
    const laterPush = pushDays[0] ?? end;
    if (pushDay <= created + 3 || pushDay >= laterPush - 2 || pushDay >= end) break;
    values.unshift(prev);
    pushDays.unshift(pushDay);
    cur = prev;
  }
  const events: ValueEvent[] = [{ day: created, value: values[0] ?? last }];
  pushDays.forEach((day, i) => events.push({ day, value: values[i + 1] ?? last }));
  return events;
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

  // Fate.
  const deleted = random.chance(0.025);
  const stale = !deleted && random.chance(0.13);
  const won = !deleted && !stale && random.chance(clamp(BASE_WIN[type] * skill, 0.03, 0.92));
  const fast = type === 'Renewal';
  const meanCycle = fast ? 50 : rep.segment === 'Enterprise' ? 105 : 58;
  const cycle = Math.round(clamp(random.normal(meanCycle, fast ? 12 : meanCycle * 0.32), MIN_CYCLE, MAX_CYCLE));

  let top: StageIndex;
  let end: Day; // last day of the deal: close or deletion
  let staleFrom: Day | null = null;
  let outcome: DealPlan['outcome'];
  let lossReason: string | null = null;
  if (won) {
    outcome = 'won';
    top = LAST_OPEN_STAGE;
    end = hockeyStick(workday(created + cycle, created), created, random, 0.45);
  } else if (stale) {
    staleFrom = created + random.int(10, 60);
    top = random.weighted([[0, 0.3], [1, 0.25], [2, 0.2], [3, 0.12], [4, 0.08], [5, 0.05]] as const);
    end = Math.min(created + MAX_CYCLE, staleFrom + random.int(50, 150));
    if (random.chance(0.2)) outcome = 'deleted';
    else {
      outcome = 'lost';
      lossReason = random.weighted(STALE_LOSS_REASONS);
    }
  } else if (deleted) {
    outcome = 'deleted';
    top = random.weighted([[0, 0.5], [1, 0.3], [2, 0.2]] as const);
    end = created + random.int(7, 60);
  } else {
    outcome = 'lost';
    lossReason = random.weighted(LOSS_REASONS);
    top = random.weighted([[0, 0.2], [1, 0.2], [2, 0.18], [3, 0.14], [4, 0.09], [5, 0.07], [6, 0.07], [7, 0.05]] as const);
    const lostCycle = Math.max(MIN_CYCLE, Math.round(cycle * (0.45 + (0.55 * top) / LAST_OPEN_STAGE)));
    end = hockeyStick(workday(created + lostCycle, created), created, random, 0.25);
  }

  // Stages.
  const start = type === 'Renewal' ? 2 : random.chance(0.8) ? 0 : 1;
  const path = stagePath(Math.max(top, start), start, random);
  const progressUntil = staleFrom ?? (outcome === 'won' ? end - random.int(3, 12) : end);
  const days = stageDays(path, created, Math.max(created + 1, progressUntil), random);
  const stages: StageEvent[] = days.map((day, i) => {
    const stage = path[i] ?? start;
    return { day, stage, category: category(stage, random), nextStep: nextStep(stage, random) };
  });
  if (outcome !== 'deleted') {
    const stage = outcome === 'won' ? WON_STAGE : LOST_STAGE;
    stages.push({ day: end, stage, category: category(stage, random), nextStep: nextStep(stage, random) });
  }

  // Close Date field: what the rep expected before the end, and how often it slipped.
  const pushWeights = stale
    ? ([[0, 0.3], [1, 0.3], [2, 0.2], [3, 0.12], [4, 0.08]] as const)
    : ([[0, 0.5], [1, 0.27], [2, 0.14], [3, 0.06], [4, 0.03]] as const);
  const pushes = random.weighted(pushWeights);
  let lastExpected: Day;
  if (outcome === 'won') lastExpected = random.chance(0.2) ? end + random.int(1, 25) : end;
  else if (stale) lastExpected = (staleFrom ?? created) + random.int(10, 50);
  else if (outcome === 'deleted') lastExpected = end + random.int(10, 60);
  else lastExpected = random.chance(0.5) ? endOfMonth(end + random.int(0, 45)) : end + random.int(0, 45);
  let closeDates = closeDatePlan(created, end, Math.max(created + MIN_CYCLE, lastExpected), pushes, random);
  // Most deals that went quiet are not touched again: the close date passes and stays in the past.
  if (staleFrom !== null && random.chance(0.6)) {
    const quietFrom = staleFrom;
    closeDates = closeDates.filter((c) => c.day <= quietFrom);
  }
  if (outcome !== 'deleted' && closeDates[closeDates.length - 1]?.value !== end) closeDates.push({ day: end, value: end });

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
    for (const s of stages) if (s.day <= until && (staleFrom === null || s.day <= staleFrom)) set.add(s.day);
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
