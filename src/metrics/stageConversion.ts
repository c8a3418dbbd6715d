/**
 * Stage-to-stage conversion and time in stage for a set of deals (a rep's, a team's): for each
 * open stage of the ladder, the deals that entered it in the year before the as-of date and
 * have since left it; how many moved on (to a later stage, or won) and the median days they
 * spent in it (from entering it to entering the next stage seen, or to the close date). Deals
 * still in the stage are not counted: their outcome is not known yet.
 */
import { median } from 'd3';
import { addDays, daysBetween } from '../model/isoDate.ts';
import type { Deal, IsoDate, Model } from '../model/types.ts';
import type { Config } from '../schema/configSchema.ts';
import { stageLadder } from './riskFlags/stageLadder.ts';

export interface StageConversionRow {
  stage: string;
  /** Deals that entered the stage in the window and left it. */
  cases: number;
  /** Of those, the ones that moved to a later stage or were won. */
  advanced: number;
  /** advanced / cases; null without cases. */
  rate: number | null;
  /** Median days in the stage of the deals that left it; null without any. */
  medianDays: number | null;
}

export interface StageConversionOptions {
  asOf: IsoDate;
  stages?: Config['stages'];
  /** Which deals count (default: all). */
  keep?: (deal: Deal) => boolean;
  /** Days before the as-of date the window starts (default 365). */
  windowDays?: number;
}

export function stageConversion(model: Model, options: StageConversionOptions): StageConversionRow[] {
  const ladder = stageLadder(model, { stages: options.stages });
  const since = addDays(options.asOf, -(options.windowDays ?? 365));
  const keep = options.keep ?? (() => true);
  const rows = ladder.open.map(() => ({ cases: 0, advanced: 0, days: [] as number[] }));
  for (const deal of model.deals) {
    if (!keep(deal)) continue;
    const entries = deal.history.stages.filter((e) => e.enteredOn <= options.asOf);
    entries.forEach((entry, i) => {
      const position = ladder.position(entry.stage);
      if (position === null || entry.enteredOn < since) return;
      const next = entries.slice(i + 1).find((e) => ladder.key(e.stage) !== ladder.key(entry.stage));
      let leftOn: IsoDate | null = null;
      let advanced = false;
      if (next !== undefined) {
        leftOn = next.enteredOn;
        const nextPosition = ladder.position(next.stage);
        // A closed stage next (Closed Won, Closed Lost): moved on only when the deal was won.
        advanced = nextPosition === null ? deal.status === 'won' : nextPosition > position;
      } else if (deal.status !== 'open' && deal.closeDate !== null) {
        leftOn = deal.closeDate < entry.enteredOn ? entry.enteredOn : deal.closeDate;
        advanced = deal.status === 'won';
      }
      if (leftOn === null) return; // still in the stage
      const row = rows[position]!;
      row.cases += 1;
      if (advanced) row.advanced += 1;
      row.days.push(daysBetween(entry.enteredOn, leftOn));
    });
  }
  return ladder.open.map((stage, i) => {
    const r = rows[i]!;
    return { stage, cases: r.cases, advanced: r.advanced, rate: r.cases === 0 ? null : r.advanced / r.cases, medianDays: median(r.days) ?? null };
  });
}
