/**
 * What the forecast cards say about themselves: the chance of quota written so the ends read
 * "over 99%" / "under 1%"; why the simulated P50 (or range) lies above Best Case or below Commit,
 * with the numbers (run-rate of deals not created yet, Pipeline deals Best Case leaves out,
 * learned win rates against the CRM's); and how the forecast did at the same day of past quarters
 * in the replayed track record.
 */
import { chanceLabel } from '../../charts/chanceLabel.ts';
import type { ForecastBacktest } from '../../metrics/forecastBacktest.ts';
import type { ForecastDeal, ScopeForecast } from '../../metrics/forecastTypes.ts';
import { formatMoney } from '../format/tablesFormat.ts';

/** "over 99%", "37%", "under 1%"; 100% only when closed won already covers the quota. */
export function chanceOfQuota(s: Pick<ScopeForecast, 'quota' | 'closedWon' | 'simulation'>): string | null {
  const p = s.simulation.probabilityOfQuota;
  if (p === null) return null;
  return chanceLabel(p, { certain: s.quota !== null && s.closedWon.amount >= s.quota });
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Why the company's simulated numbers lie outside the reps' roll-ups, or null when P10..P90 and
 * the P50 sit between Commit and Best Case. `deals`: the forecast's open deals of the period.
 */
export function rollupGap(s: ScopeForecast, deals: readonly ForecastDeal[], currency: string): string | null {
  const money = (v: number) => formatMoney(v, currency, { compact: 'auto' }) ?? 'unknown';
  const { p10, p50, p90 } = s.simulation;
  const { commit, bestCase } = s.rollup;
  const above = p50 > bestCase || p10 > bestCase;
  const below = p50 < commit || p90 < commit;
  if (!above && !below) return null;
  const withAmount = deals.filter((d) => d.amount !== null && d.amount !== 0);
  const inRollup = withAmount.filter((d) => d.category === 'commit' || d.category === 'bestCase');
  const outside = withAmount.filter((d) => d.category === 'pipeline' || d.category === 'omitted');
  const sum = (list: readonly ForecastDeal[], f: (d: ForecastDeal) => number) => list.reduce((a, d) => a + f(d), 0);
  const rollupOpen = sum(inRollup, (d) => d.amount!);
  const rollupExpected = sum(inRollup, (d) => d.amount! * d.probability);
  const outsideOpen = sum(outside, (d) => d.amount!);
  const outsideExpected = sum(outside, (d) => d.amount! * d.probability);
  const share = (list: readonly ForecastDeal[], f: (d: ForecastDeal) => number | null) => {
    const known = list.filter((d) => f(d) !== null);
    const total = sum(known, (d) => d.amount!);
    return total === 0 ? null : sum(known, (d) => d.amount! * f(d)!) / total;
  };
  const learned = (list: readonly ForecastDeal[]) => share(list, (d) => d.probability);
  const crm = (list: readonly ForecastDeal[]) => share(list, (d) => d.crmProbability);
  const rates = (list: readonly ForecastDeal[]) => {
    const l = learned(list);
    const c = crm(list);
    return l === null ? '' : ` (win rates used average ${pct(l)} by amount${c === null ? '' : `, the CRM's ${pct(c)}`})`;
  };
  const parts: string[] = [];
  if (above) {
    const what = p10 > bestCase ? `Even the P10 (${money(p10)}) is above Best Case (${money(bestCase)})` : `The P50 (${money(p50)}) is above Best Case (${money(bestCase)})`;
    if (s.runRate > 0) parts.push(`${money(s.runRate)} of run-rate from deals not created yet, which no roll-up holds`);
    if (outsideExpected > 0) parts.push(`${money(outsideExpected)} expected from ${money(outsideOpen)} of Pipeline and Omitted deals that Best Case leaves out${rates(outside)}`);
    if (rollupOpen > rollupExpected) parts.push(`less ${money(rollupOpen - rollupExpected)} because not every Commit and Best Case deal is won${rates(inRollup)}`);
    return `${what}: ${parts.length === 0 ? 'the simulated trials win more than the roll-up holds' : parts.join('; ')}.`;
  }
  const what = p90 < commit ? `Even the P90 (${money(p90)}) is below Commit (${money(commit)})` : `The P50 (${money(p50)}) is below Commit (${money(commit)})`;
  const commitDeals = inRollup.filter((d) => d.category === 'commit');
  const commitOpen = sum(commitDeals, (d) => d.amount!);
  const commitExpected = sum(commitDeals, (d) => d.amount! * d.probability);
  parts.push(`Commit counts ${money(commitOpen)} of open deals as won, but the history of such deals gives ${money(commitExpected)}${rates(commitDeals)}`);
  const slip = share(commitDeals, (d) => d.slip);
  if (slip !== null && slip > 0) parts.push(`${pct(slip)} of that amount is expected to slip into the next quarter`);
  if (s.runRate > 0) parts.push(`run-rate adds ${money(s.runRate)}`);
  if (outsideExpected > 0) parts.push(`Pipeline deals add ${money(outsideExpected)}`);
  return `${what}: ${parts.join('; ')}.`;
}

export interface SameDayRecord {
  day: number;
  quarters: number;
  /** Quarters whose P50 at the same day was within `within` of the actual. */
  hits: number;
  /** Whole percent bound. */
  within: number;
  /** Quarters whose P10-P90 then held the actual. */
  held: number;
  text: string;
}

/**
 * How the company forecast did on the same day of the last (up to) four replayed quarters: the
 * latest replayed point on or before that day in each, its P50's error against the actual. The
 * bound is the error three quarters of them stayed within (rounded up to a whole percent).
 */
export function sameDayRecord(backtest: ForecastBacktest, day: number): SameDayRecord | null {
  const rows = backtest.quarters
    .slice(-4)
    .map((q) => {
      const upTo = q.points.filter((p) => p.day <= day);
      const p = upTo[upTo.length - 1];
      return p === undefined || p.ape.p50 === null ? null : { ape: p.ape.p50, held: p.covered };
    })
    .filter((r): r is { ape: number; held: boolean } => r !== null);
  if (rows.length === 0) return null;
  const sorted = rows.map((r) => r.ape).sort((a, b) => a - b);
  const hits = Math.ceil(rows.length * 0.75);
  const within = Math.max(1, Math.ceil(sorted[hits - 1]! * 100 - 1e-9));
  const held = rows.filter((r) => r.held).length;
  const n = rows.length;
  const text = `At day ${day} of past quarters the P50 was within ${within}% of the actual in ${hits} of the last ${n} replayed quarter${n === 1 ? '' : 's'}, and P10-P90 held it in ${held} of ${n}`;
  return { day, quarters: n, hits, within, held, text };
}
