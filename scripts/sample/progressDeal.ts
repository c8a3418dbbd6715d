/**
 * How a deal moves through the stage ladder, one stage at a time: it dwells in a stage for a
 * while, then advances (now and then skipping a stage, as reps do), is lost, or goes quiet.
 * The odds depend on the stage, the deal type, the rep's skill, the deal's own quality and the
 * market of the quarter the decision falls in. Nothing is decided in advance: a deal at
 * Negotiation can still be lost, and one that drags past six months dies.
 */
import type { Segment } from './company.ts';
import { nextWeekday, toWeekday, type Day } from './dates.ts';
import { fiscalQuarter } from './fiscalQuarter.ts';
import type { Random } from './random.ts';
import { LAST_OPEN_STAGE, type DealType, type StageIndex } from './vocabulary.ts';

export const MIN_CYCLE = 30;
export const MAX_CYCLE = 180;
/** A deal still open this many days after creation is not won any more: it is lost or goes quiet. */
const LAST_CHANCE = 172;

/** Chance that a New Business deal of a norm rep and average quality advances when it leaves each open stage. */
const ADVANCE = [0.76, 0.8, 0.81, 0.81, 0.8, 0.78, 0.76, 0.58];
/** Of the deals that do not advance, the share closed lost; the rest go quiet. */
const LOST_SHARE = [0.45, 0.55, 0.6, 0.65, 0.7, 0.75, 0.82, 0.85];
/** Chance that an advancing deal skips this stage (index = the stage skipped). */
const SKIPPED = [0, 0.15, 0.2, 0.25, 0.4, 0.5, 0.15, 0];
/** Log-odds added to ADVANCE per deal type. */
const TYPE_ODDS: Record<DealType, number> = { 'New Business': 0, 'Existing Business/Upsell': 0.45, Renewal: 1.5 };
/** Log-odds added per unit of log skill and per unit of deal quality, at every stage. */
const SKILL_WEIGHT = 1.1;
const QUALITY_WEIGHT = 0.3;
/** Mean days in each open stage for an Enterprise New Business deal. */
const DWELL = [10, 12, 13, 13, 13, 13, 16, 18];
/** Spread of the days in a stage (log scale): most deals move on within weeks, some sit for months and still close. */
const DWELL_SIGMA = 0.75;
const SEGMENT_PACE: Record<Segment, number> = { Enterprise: 1, Commercial: 0.55 };
const TYPE_PACE: Record<DealType, number> = { 'New Business': 1, 'Existing Business/Upsell': 0.8, Renewal: 0.85 };

export interface StageEntry {
  day: Day;
  stage: StageIndex;
}

export interface Progress {
  /** Open stages entered, in order; the first is on the created day. */
  entries: StageEntry[];
  outcome: 'won' | 'lost' | 'quiet' | 'deleted';
  /** Day of the win, the loss, the deletion, or the day the deal went quiet. */
  day: Day;
  /** The stage the deal was in when it ended or went quiet. */
  stage: StageIndex;
}

export interface ProgressOptions {
  created: Day;
  start: StageIndex;
  type: DealType;
  segment: Segment;
  skill: number;
  /** About standard normal: better deals advance more often and faster. */
  quality: number;
  /** Day the deal is deleted from the CRM, or null. */
  deleteOn: Day | null;
  /** Multiplies the odds of advancing on a day (1 = a normal quarter). */
  market: (day: Day) => number;
}

/** Mean days a deal of this segment and type spends in a stage. */
export function meanDwell(stage: StageIndex, segment: Segment, type: DealType): number {
  return (DWELL[stage] ?? 14) * SEGMENT_PACE[segment] * TYPE_PACE[type];
}

/** Mean days from entering `stage` to a win, for the rep's close-date estimates. */
export function meanDaysToClose(stage: StageIndex, segment: Segment, type: DealType): number {
  let days = 0;
  for (let s = stage; s <= LAST_OPEN_STAGE; s++) days += meanDwell(s, segment, type) * (1 - (SKIPPED[s] ?? 0));
  return days;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function progressDeal(random: Random, options: ProgressOptions): Progress {
  const { created, type, segment, skill, quality, deleteOn } = options;
  const entries: StageEntry[] = [{ day: created, stage: options.start }];
  let stage = options.start;
  let day = created;
  for (;;) {
    const mean = meanDwell(stage, segment, type) * Math.exp(-0.2 * quality);
    const next = day + Math.max(2, Math.round(random.logNormal(Math.log(mean) - DWELL_SIGMA ** 2 / 2, DWELL_SIGMA)));
    if (deleteOn !== null && next >= deleteOn) return { entries, outcome: 'deleted', day: deleteOn, stage };
    if (next - created > LAST_CHANCE) {
      return random.chance(0.5)
        ? { entries, outcome: 'lost', day: next, stage }
        : { entries, outcome: 'quiet', day: day + random.int(1, Math.max(1, next - day - 1)), stage };
    }
    const odds =
      logit(ADVANCE[stage] ?? 0.8) + TYPE_ODDS[type] + SKILL_WEIGHT * Math.log(Math.max(0.05, skill)) +
      QUALITY_WEIGHT * quality + Math.log(options.market(next));
    const advance = logistic(odds);
    const u = random.next();
    if (u < advance) {
      if (stage >= LAST_OPEN_STAGE) return { entries, outcome: 'won', day: next, stage };
      stage += stage + 2 <= LAST_OPEN_STAGE && random.chance(SKIPPED[stage + 1] ?? 0) ? 2 : 1;
      day = next;
      entries.push({ day, stage });
      continue;
    }
    if (u < advance + (1 - advance) * (LOST_SHARE[stage] ?? 0.7)) return { entries, outcome: 'lost', day: next, stage };
    return { entries, outcome: 'quiet', day: day + random.int(1, Math.max(1, next - day - 1)), stage };
  }
}

/** A working day near `day`, keeping the cycle at least MIN_CYCLE days. */
export function workday(day: Day, created: Day): Day {
  const before = toWeekday(day);
  return before - created >= MIN_CYCLE ? before : nextWeekday(day);
}

/**
 * The end-of-quarter rush: with chance `p`, move a close into the last three weeks of its
 * quarter, mostly the last days, keeping the cycle within bounds and after `notBefore`.
 */
export function quarterRush(natural: Day, created: Day, notBefore: Day, random: Random, p: number): Day {
  if (!random.chance(p)) return natural;
  const q = fiscalQuarter(natural);
  const offset = Math.floor(21 * random.next() ** 1.6);
  const day = offset === 0 ? q.end : toWeekday(q.end - offset);
  return day - created >= MIN_CYCLE && day - created <= MAX_CYCLE && day > notBefore ? day : natural;
}
