/**
 * The executive summary that opens a closed quarter's retrospective, written from its numbers:
 * the result against quota and against the forecast on the quarter's first day, what drove it
 * (the largest wins, the change on the previous quarter), what slipped or was lost, and what to
 * watch next quarter. Each sentence is built only from figures the retrospective holds; a figure
 * that is unknown is left out rather than guessed.
 */
import { fsum } from 'd3';
import type { RetrospectiveResult } from './retrospective.ts';
import { formatMoneyText } from './riskFlags/formatMoneyText.ts';

export interface ExecutiveSummary {
  result: string;
  drivers: string;
  slipped: string;
  watch: string;
}

export type ExecutiveSummaryInput = Pick<
  RetrospectiveResult,
  'quarter' | 'bookings' | 'quota' | 'attainment' | 'wonCount' | 'lostCount' | 'forecast' | 'slipped' | 'topWins' | 'lossReasons' | 'linearity' | 'comparisons'
>;

const pct = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, other = `${one}s`) => `${n} ${n === 1 ? one : other}`;

export function executiveSummary(r: ExecutiveSummaryInput, currency: string): ExecutiveSummary {
  const money = (n: number) => formatMoneyText(Math.round(n), currency);
  const label = r.quarter.label;

  // Result against quota and the forecast at the start.
  const parts: string[] = [`${label} closed at ${money(r.bookings)} from ${plural(r.wonCount, 'won deal')}`];
  if (r.quota !== null && r.quota > 0 && r.attainment !== null) {
    const gap = r.bookings - r.quota;
    parts.push(`${pct(r.attainment)} of the ${money(r.quota)} quota (${gap >= 0 ? `${money(gap)} over` : `${money(-gap)} short`})`);
  } else {
    parts.push('with no quota to measure it against');
  }
  const start = r.forecast.find((p) => p.point === 'start');
  let result = `${parts.join(', ')}.`;
  if (start !== undefined && start.weighted !== null) {
    const diff = r.bookings - start.weighted;
    result += ` On the first day the weighted forecast was ${money(start.weighted)}${start.commit !== null ? ` and the commit ${money(start.commit)}` : ''}: the result came in ${Math.abs(diff) < 0.5 ? 'exactly on the forecast' : `${money(Math.abs(diff))} ${diff > 0 ? 'above' : 'below'} the forecast`}.`;
  }

  // What drove it.
  const wins = r.topWins.filter((w) => w.amount !== null && w.amount > 0).slice(0, 3);
  const driverParts: string[] = [];
  if (wins.length > 0) {
    const total = fsum(wins, (w) => w.amount!);
    const share = r.bookings > 0 ? ` (${pct(total / r.bookings)} of bookings)` : '';
    driverParts.push(`The ${wins.length === 1 ? 'largest win' : `${wins.length} largest wins`} brought ${money(total)}${share}: ${wins.map((w) => `${w.name} (${w.owner}, ${money(w.amount!)})`).join('; ')}.`);
  } else {
    driverParts.push('No deal was won.');
  }
  const prev = r.comparisons.previousQuarter;
  if (prev.available && prev.bookings.delta !== null && prev.bookings.other !== null) {
    const d = prev.bookings.delta;
    driverParts.push(`Bookings were ${d === 0 ? 'level with' : `${money(Math.abs(d))} ${d > 0 ? 'up on' : 'down on'}`} ${prev.label} (${money(prev.bookings.other)}).`);
  }
  const drivers = driverParts.join(' ');

  // What slipped and what was lost.
  const slippedTotal = fsum(r.slipped, (d) => d.exitAmount);
  const lost = fsum(r.lossReasons, (l) => l.amount);
  const reasons = r.lossReasons.filter((l) => l.reason !== null).sort((a, b) => b.amount - a.amount);
  const slippedParts: string[] = [];
  if (r.slipped.length > 0) {
    const top = r.slipped[0]!;
    slippedParts.push(`${plural(r.slipped.length, 'deal')} worth ${money(slippedTotal)} that were due in the quarter slipped to a later date, the largest ${top.name} (${top.owner}, ${money(top.exitAmount)}).`);
  } else {
    slippedParts.push('No deal due in the quarter slipped out of it.');
  }
  if (r.lostCount > 0) {
    slippedParts.push(`${plural(r.lostCount, 'deal')} worth ${money(lost)} ${r.lostCount === 1 ? 'was' : 'were'} lost${reasons.length > 0 ? `, most of it to "${reasons[0]!.reason}" (${money(reasons[0]!.amount)})` : ''}.`);
  }
  const slipped = slippedParts.join(' ');

  // What to watch next quarter.
  const watchParts: string[] = [];
  const carried = r.slipped.filter((d) => d.exit === 'pushed out' || d.exit === 'open');
  if (carried.length > 0) watchParts.push(`${money(fsum(carried, (d) => d.exitAmount))} of slipped deals is still open: check that ${carried.length === 1 ? 'it is' : 'they are'} real before counting ${carried.length === 1 ? 'it' : 'them'} again.`);
  const late = r.linearity.last14DaysShare;
  if (late !== null && late >= 0.4) watchParts.push(`${pct(late)} of bookings came in the last 14 days: push for earlier closes.`);
  if (start !== undefined && start.weighted !== null && r.bookings > 0 && Math.abs(r.bookings - start.weighted) / r.bookings >= 0.2) {
    watchParts.push(`The forecast at the start was off by ${pct(Math.abs(r.bookings - start.weighted) / r.bookings)}: read next quarter's early forecast with that margin.`);
  }
  if (watchParts.length === 0) watchParts.push('Nothing stands out: the quarter closed without a large slip, a late rush or a forecast miss.');
  return { result, drivers, slipped, watch: watchParts.join(' ') };
}
