/** The headline numbers of a person's compensation (StatGrid items), in words. */
import { moneyKpi, percentKpi } from '../format/kpiText.ts';
import type { PersonCompensationView } from './personCompensationView.ts';

export interface KpiItem {
  label: string;
  value: string;
  note?: string | null;
}

export function compensationKpis(view: PersonCompensationView): KpiItem[] {
  const s = view.current;
  const c = view.currency;
  if (s === null) return [];
  const items: KpiItem[] = [];
  if (s.paysCommission) {
    items.push({ label: 'Credited bookings', value: moneyKpi(s.credited, c), note: s.quota === null ? 'no quota: no commission' : `of ${moneyKpi(s.quota, c)} quota` });
    items.push({ label: 'Attainment', value: percentKpi(s.attainment, 'no quota') });
  }
  if (s.override !== null) {
    items.push({ label: 'Team bookings', value: moneyKpi(s.override.bookings, c), note: s.override.quota === null ? 'no team quota' : `${percentKpi(s.override.attainment)} of ${moneyKpi(s.override.quota, c)}` });
  }
  items.push({ label: 'Payout to date', value: moneyKpi(s.total, c), note: [s.commission !== null ? `commission ${moneyKpi(s.commission.total, c)}` : null, s.override !== null ? `override ${moneyKpi(s.override.amount, c, 'not estimated')}` : null].filter(Boolean).join(', ') || null });
  const o = view.outlook;
  if (o !== null) {
    items.push({ label: 'Likely payout (P50)', value: moneyKpi(o.payout.p50, c), note: `P10 ${moneyKpi(o.payout.p10, c)} to P90 ${moneyKpi(o.payout.p90, c)}` });
    if (o.chanceOfNextTier !== null) items.push({ label: 'Chance of the next tier', value: percentKpi(o.chanceOfNextTier), note: `by the end of ${s.period.label}` });
  }
  return items;
}
