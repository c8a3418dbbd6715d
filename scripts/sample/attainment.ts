/**
 * Won amount against quota per rep and quarter, from the truth model: used to check that the
 * sample tells the story it should (company near plan, one rep rising, one falling).
 */
import { fiscalQuarter } from './fiscalQuarter.ts';
import { ownerAtClose } from './setQuotas.ts';
import type { SampleTruth } from './truth.ts';

export interface AttainmentRow {
  rep: string;
  quarter: string;
  fiscalYear: number;
  /** True when the quarter ended before the as-of date. */
  completed: boolean;
  won: number;
  quota: number | null;
}

export function attainment(truth: SampleTruth): AttainmentRow[] {
  const { quarters } = truth.quotas;
  const won = new Map<string, number>();
  for (const deal of truth.deals) {
    if (deal.outcome !== 'won' || deal.closed === null || deal.closed > truth.asOf) continue;
    const k = `${ownerAtClose(deal)}|${fiscalQuarter(deal.closed).index}`;
    won.set(k, (won.get(k) ?? 0) + (deal.amounts[deal.amounts.length - 1]?.value ?? 0));
  }
  const rows: AttainmentRow[] = [];
  for (const rep of truth.company.reps) {
    const quotas = truth.quotas.reps.get(rep.name) ?? [];
    quarters.forEach((q, i) => {
      if (q.start > truth.asOf) return;
      rows.push({
        rep: rep.name,
        quarter: q.label,
        fiscalYear: q.fiscalYear,
        completed: q.end < truth.asOf,
        won: won.get(`${rep.name}|${q.index}`) ?? 0,
        quota: quotas[i] ?? null,
      });
    });
  }
  return rows;
}
