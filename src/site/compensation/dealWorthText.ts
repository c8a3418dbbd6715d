/**
 * A line of "what closing this deal is worth" in words, in three parts so the page can bold the
 * gain: "Acme - Pilot, $82K, close date 2026-10-18: " + "+$13,676" + " to your payout, +$822 to
 * Robert Lindqvist's override".
 */
import { moneyKpi } from '../format/kpiText.ts';
import type { DealWorthLine } from './personCompensationView.ts';

export interface DealWorthText {
  lead: string;
  gain: string;
  tail: string;
}

export function dealWorthText(line: DealWorthLine, currency: string, kind: 'own' | 'override'): DealWorthText {
  const d = line.deal;
  const money = (v: number) => moneyKpi(v, currency);
  const owner = kind === 'override' ? ` (${d.owner})` : '';
  const close = d.closeDate === null ? '' : `, close date ${d.closeDate}`;
  const later = d.dueThisPeriod ? '' : ' (later period)';
  const overrides = kind === 'own' ? line.others.filter((o) => o.kind === 'override').map((o) => `, +${money(o.gain)} to ${o.person}'s override`).join('') : '';
  return {
    lead: `${d.dealName}${owner}, ${money(d.amount)}${close}${later}: `,
    gain: `+${money(line.gain)}`,
    tail: kind === 'own' ? ` to your payout${overrides}` : ' to your override',
  };
}
