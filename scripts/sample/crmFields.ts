/**
 * The fields a rep keeps by hand on an open deal, over time: the Close Date and the Forecast
 * Category (with the Next Step). Close dates start optimistic and are pushed when they come
 * due at a weekly pipeline review (if the rep gets to it); a deal that went quiet mostly keeps
 * a close date in the past. Categories are called from the rep's own read of the deal (its
 * quality seen through noise, plus the rep's habit of over- or under-calling) and the stage;
 * Commit needs a close date in the current quarter. A re-call without a stage move is an extra
 * entry at the same stage.
 */
import type { Segment } from './company.ts';
import { endOfMonth, toWeekday, type Day } from './dates.ts';
import { fiscalQuarter } from './fiscalQuarter.ts';
import { meanDaysToClose, type StageEntry } from './progressDeal.ts';
import type { Random } from './random.ts';
import type { RepHabits } from './repHabits.ts';
import type { StageEvent, ValueEvent } from './truth.ts';
import { NEXT_STEPS, type DealType, type ForecastCategoryName, type StageIndex } from './vocabulary.ts';

/** Score of each open stage before the rep's read of the deal; Prospecting and Qualification are always Pipeline. */
const STAGE_SCORE = [-9, -9, -2.2, -1.35, -0.8, -0.25, 0.3, 0.9];
const COMMIT_ABOVE = 1.0;
const BEST_CASE_ABOVE = -0.6;

export interface CrmFieldsOptions {
  created: Day;
  /** First day the deal is no longer open (closed or deleted). */
  end: Day;
  entries: readonly StageEntry[];
  /** Day after which nobody touches the deal, or null. */
  quietFrom: Day | null;
  segment: Segment;
  type: DealType;
  habits: RepHabits;
  /** The deal's true quality (progressDeal); the rep sees it through noise. */
  quality: number;
}

export interface CrmFields {
  closeDates: ValueEvent[];
  /** Open-stage entries with category and next step, including re-calls at the same stage. */
  stages: StageEvent[];
}

function nextStep(stage: StageIndex, random: Random): string {
  const options = NEXT_STEPS[stage] ?? [''];
  if (random.chance(0.18)) return '';
  return random.pick(options);
}

/** Where reps put close dates: the end of a month, the end of the quarter, or a working day. */
function snap(day: Day, random: Random): Day {
  const r = random.next();
  if (r < 0.45) return endOfMonth(day);
  if (r < 0.62) return fiscalQuarter(day).end;
  return toWeekday(day);
}

export function crmFields(random: Random, options: CrmFieldsOptions): CrmFields {
  const { created, end, entries, quietFrom, segment, type, habits } = options;
  const read = options.quality + random.normal(0, 0.5) + habits.callBias;
  const estimate = (day: Day, stage: StageIndex): Day => {
    const days = meanDaysToClose(stage, segment, type) * habits.dateOptimism * random.uniform(0.6, 1.3);
    return Math.max(day + 7, snap(day + Math.max(7, Math.round(days)), random));
  };
  // A fresh look at each stage move; between moves the read holds.
  let look = random.normal(0, 0.3);
  const call = (day: Day, stage: StageIndex, closeDate: Day): ForecastCategoryName => {
    const score = (STAGE_SCORE[stage] ?? -9) + read + look;
    const thisQuarter = fiscalQuarter(closeDate).index === fiscalQuarter(day).index || closeDate - day <= 21;
    if (score > COMMIT_ABOVE && thisQuarter) return 'Commit';
    return score > BEST_CASE_ABOVE ? 'Best Case' : 'Pipeline';
  };

  // The days the rep looks at the deal: every stage move, and a weekly pipeline review.
  const touches: { day: Day; entry: StageEntry | null }[] = entries.slice(1).map((e) => ({ day: e.day, entry: e }));
  const keepsUpdating = random.chance(0.4);
  for (let day = created + 7; day < end; day += 7) touches.push({ day, entry: null });
  touches.sort((a, b) => a.day - b.day || (a.entry ? -1 : 1));

  const first = entries[0] ?? { day: created, stage: 0 };
  let stage = first.stage;
  let closeDate = estimate(created, stage);
  let category = call(created, stage, closeDate);
  let step = nextStep(stage, random);
  const closeDates: ValueEvent[] = [{ day: created, value: closeDate }];
  const stages: StageEvent[] = [{ day: created, stage, category, nextStep: step }];
  for (const touch of touches) {
    const quiet = quietFrom !== null && touch.day > quietFrom;
    if (quiet && (touch.entry !== null || !keepsUpdating || !random.chance(0.3))) continue;
    let moved = false;
    if (touch.entry !== null) {
      stage = touch.entry.stage;
      step = nextStep(stage, random);
      look = random.normal(0, 0.3);
      moved = true;
      // Now and then the rep re-estimates at a stage move: earlier or later.
      if (random.chance(0.25)) closeDate = estimate(touch.day, stage);
    } else if (closeDate <= touch.day + 2 && random.chance(habits.diligence)) {
      closeDate = estimate(touch.day, stage);
    }
    const last = closeDates[closeDates.length - 1];
    if (last && last.value !== closeDate) {
      if (last.day === touch.day) last.value = closeDate;
      else closeDates.push({ day: touch.day, value: closeDate });
    }
    if (quiet) continue; // a date nudged on a forgotten deal; nobody re-calls it
    const next = call(touch.day, stage, closeDate);
    if (moved || next !== category) {
      category = next;
      const prev = stages[stages.length - 1];
      if (prev && prev.day === touch.day) stages[stages.length - 1] = { day: touch.day, stage, category, nextStep: step };
      else stages.push({ day: touch.day, stage, category, nextStep: step });
    }
  }
  return { closeDates, stages };
}
