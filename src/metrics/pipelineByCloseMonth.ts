/**
 * Open pipeline by the calendar month of its close date, split by forecast category (the CRM
 * category, else the stage default, else Pipeline; see dealCategory.ts): a "past due" bucket for
 * close dates before the as-of date, then every month from the as-of date's month for `months`
 * months (empty months included, so the axis has no gaps), then "later" and "no close date"
 * buckets when they hold deals. Open deals as in pipelineByStage.ts.
 */
import { fsum } from 'd3';
import { addDays, monthStart, yearMonth } from '../model/isoDate.ts';
import type { IsoDate, Model } from '../model/types.ts';
import type { Config } from '../schema/configSchema.ts';
import { resolveStages } from '../schema/stages.ts';
import { dealAsOf } from './dealAsOf.ts';
import { dealCategory, type OpenCategory } from './dealCategory.ts';
import type { CountAmount } from './pipelineByStage.ts';

export const OPEN_CATEGORIES: readonly OpenCategory[] = ['commit', 'bestCase', 'pipeline', 'omitted'];

export interface MonthPipeline {
  /** `YYYY-MM` for a month; `past-due`, `later` or `none` for the other buckets. */
  key: string;
  kind: 'pastDue' | 'month' | 'later' | 'noCloseDate';
  /** First and last day of the month (for a month); null for the other buckets. */
  start: IsoDate | null;
  end: IsoDate | null;
  total: CountAmount;
  missingAmount: number;
  byCategory: Record<OpenCategory, CountAmount>;
}

export interface PipelineByCloseMonth {
  asOf: IsoDate;
  buckets: MonthPipeline[];
  total: CountAmount & { missingAmount: number };
}

export interface PipelineByCloseMonthOptions {
  /** Default: the model's as-of date. */
  asOf?: IsoDate;
  /** config.stages (default categories of stages); the default ladder when absent. */
  stages?: Config['stages'];
  /** Most months shown one by one from the as-of date's month (default 12); later ones go to "later". */
  months?: number;
}

export function pipelineByCloseMonth(model: Model, options: PipelineByCloseMonthOptions = {}): PipelineByCloseMonth {
  const asOf = options.asOf ?? model.asOf;
  const lookup = resolveStages(options.stages === undefined ? {} : { stages: options.stages });
  const months = Math.max(1, options.months ?? 12);
  const { year, month } = yearMonth(asOf);
  const monthList = Array.from({ length: months }, (_, i) => {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    const start = monthStart(y, m);
    const nextY = y + Math.floor(m / 12);
    const nextM = (m % 12) + 1;
    return { key: start.slice(0, 7), start, end: addDays(monthStart(nextY, nextM), -1) };
  });
  const lastDay = monthList[monthList.length - 1]!.end;

  type Acc = { amounts: number[][]; counts: number[]; missing: number };
  const empty = (): Acc => ({ amounts: OPEN_CATEGORIES.map(() => []), counts: OPEN_CATEGORIES.map(() => 0), missing: 0 });
  const pastDue = empty();
  const later = empty();
  const none = empty();
  const byMonth = monthList.map(() => empty());
  for (const deal of model.deals) {
    const view = dealAsOf(deal, asOf, model.asOf);
    if (view === null || view.status !== 'open') continue;
    const close = view.closeDate;
    const acc =
      close === null ? none : close < asOf ? pastDue : close > lastDay ? later : byMonth[monthList.findIndex((m) => close <= m.end)]!;
    const k = OPEN_CATEGORIES.indexOf(dealCategory(view, lookup).category);
    acc.counts[k]! += 1;
    if (view.amount === null) acc.missing += 1;
    else acc.amounts[k]!.push(view.amount);
  }

  const bucket = (key: string, kind: MonthPipeline['kind'], acc: Acc, start: IsoDate | null, end: IsoDate | null): MonthPipeline => {
    const byCategory = Object.fromEntries(
      OPEN_CATEGORIES.map((c, k) => [c, { count: acc.counts[k]!, amount: fsum(acc.amounts[k]!) }]),
    ) as Record<OpenCategory, CountAmount>;
    return {
      key,
      kind,
      start,
      end,
      total: {
        count: acc.counts.reduce((a, b) => a + b, 0),
        amount: fsum(OPEN_CATEGORIES.map((c) => byCategory[c].amount)),
      },
      missingAmount: acc.missing,
      byCategory,
    };
  };
  // Trailing months without deals are left out; the as-of date's month always shows.
  let shown = monthList.length;
  while (shown > 1 && byMonth[shown - 1]!.counts.every((c) => c === 0)) shown -= 1;
  const buckets = [
    ...(pastDue.counts.some((c) => c > 0) ? [bucket('past-due', 'pastDue', pastDue, null, null)] : []),
    ...monthList.slice(0, shown).map((m, i) => bucket(m.key, 'month', byMonth[i]!, m.start, m.end)),
    ...(later.counts.some((c) => c > 0) ? [bucket('later', 'later', later, null, null)] : []),
    ...(none.counts.some((c) => c > 0) ? [bucket('none', 'noCloseDate', none, null, null)] : []),
  ];
  return {
    asOf,
    buckets,
    total: {
      count: buckets.reduce((a, b) => a + b.total.count, 0),
      amount: fsum(buckets.map((b) => b.total.amount)),
      missingAmount: buckets.reduce((a, b) => a + b.missingAmount, 0),
    },
  };
}
