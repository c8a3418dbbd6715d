/**
 * The headline numbers of a quarter's retrospective, in words when a number is unknown: bookings
 * against quota, win rates, deal size, cycle and linearity.
 */
import type { RetrospectiveResult } from '../../metrics/retrospective.ts';
import type { KpiItem } from '../reps/repPageKpis.ts';
import { countKpi, moneyKpi, percentKpi } from '../format/kpiText.ts';

export function retrospectiveKpis(r: RetrospectiveResult, currency: string): KpiItem[] {
  return [
    { label: 'Bookings', value: moneyKpi(r.bookings, currency), note: `${countKpi(r.wonCount)} deals won` },
    { label: 'Quota', value: moneyKpi(r.quota, currency, 'No quota'), note: r.quota === null ? 'none in the quota file' : `from the ${r.quotaSource}` },
    { label: 'Attainment', value: percentKpi(r.attainment, 'Unknown'), note: r.attainment === null ? 'needs a quota' : null },
    { label: 'Win rate', value: percentKpi(r.winRateCount, 'Unknown'), note: r.winRateCount === null ? 'no deal closed' : `by count; ${percentKpi(r.winRateValue)} by value; ${countKpi(r.lostCount)} lost` },
    { label: 'Average won deal', value: moneyKpi(r.avgWonSize, currency, 'Unknown'), note: r.avgWonSize === null ? 'no won deal with an amount' : null },
    { label: 'Median sales cycle', value: r.medianCycleDays === null ? 'Unknown' : `${Math.round(r.medianCycleDays)} days`, note: r.medianCycleDays === null ? 'no won deal with a created date' : 'created to won' },
    {
      label: 'Booked in the last month',
      value: percentKpi(r.linearity.lastMonthShare, 'Unknown'),
      note: r.linearity.last14DaysShare === null ? 'no bookings' : `${percentKpi(r.linearity.last14DaysShare)} in the last 14 days`,
    },
  ];
}
