/**
 * Pacing: the share of a quarter's bookings normally closed by this day of the quarter, for every
 * scope, by the rule in pastQuarterPace.ts (the (up to) four most recent closed quarters; a scope
 * uses its own quarters when at least two had bookings, else the company's).
 */
import { dayOfPeriod, periodLength } from '../model/fiscalCalendar.ts';
import type { FiscalPeriod, IsoDate, Model } from '../model/types.ts';
import { dealAsOf } from './dealAsOf.ts';
import { addWin, emptyQuarterWins, ownHistoryEnough, paceQuarters, quartersWithBookings, usualShare } from './pastQuarterPace.ts';
import type { ScopeIndex } from './scopeIndex.ts';

export interface PacingCurve {
  /** Day of the quarter of the as-of date (1-based). */
  day: number;
  /** The past quarters used, newest first. */
  quarters: string[];
  /** Per scope (scope index order): expected share of the quarter's bookings by this day; null when unknown. */
  shares: Array<number | null>;
  /** Per scope: whose history the share comes from. */
  sources: Array<'scope' | 'company' | null>;
  /** Per scope: how many of the quarters had bookings. */
  quartersWithBookings: number[];
}

export function pacing(model: Model, period: FiscalPeriod, options: { asOf: IsoDate; index: ScopeIndex; count?: number }): PacingCurve {
  const { asOf, index } = options;
  const day = Math.max(1, Math.min(dayOfPeriod(asOf, period), periodLength(period)));
  const quarters = paceQuarters(model, period, options);
  const wins = index.scopes.map(() => emptyQuarterWins(quarters));
  for (const deal of model.deals) {
    const final = dealAsOf(deal, asOf, model.asOf);
    if (final === null || final.status !== 'won' || final.amount === null || final.closeDate === null) continue;
    for (const s of index.of(deal)) addWin(wins[s]!, quarters, final.closeDate, final.amount);
  }
  const own = wins.map((w) => ({ share: usualShare(w, day), used: quartersWithBookings(w) }));
  const company = own[0]!;
  const enough = own.map((o, s) => ownHistoryEnough(s === 0, o.used));
  return {
    day,
    quarters: quarters.map((q) => q.key),
    shares: own.map((o, s) => (enough[s] ? o.share : company.share)),
    sources: own.map((_, s) => (enough[s] ? (s === 0 ? 'company' : 'scope') : company.share === null ? null : 'company')),
    quartersWithBookings: own.map((o) => o.used),
  };
}
