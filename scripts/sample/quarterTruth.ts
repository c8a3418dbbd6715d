/**
 * What really closed won in a fiscal quarter, per rep, team, region and for the company, from
 * the generator's truth: every deal won with its close in the quarter, at its final amount,
 * counted for the rep who owned it when it closed. For the current quarter this includes what
 * the exports cannot know yet (deals won after the as-of date, deals opened after it): it is
 * what a forecast made on the as-of date tries to predict. It never goes into the data folder.
 */
import { fiscalQuarter, type FiscalQuarter } from './fiscalQuarter.ts';
import { ownerAtClose } from './setQuotas.ts';
import type { SampleTruth } from './truth.ts';

export interface QuarterTruth {
  quarter: FiscalQuarter;
  company: number;
  regions: Map<string, number>;
  teams: Map<string, number>;
  reps: Map<string, number>;
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

export function quarterTruth(truth: SampleTruth, quarter: FiscalQuarter): QuarterTruth {
  const repByName = new Map(truth.company.reps.map((r) => [r.name, r]));
  const out: QuarterTruth = { quarter, company: 0, regions: new Map(), teams: new Map(), reps: new Map() };
  for (const deal of truth.deals) {
    if (deal.outcome !== 'won' || deal.closed === null || fiscalQuarter(deal.closed).index !== quarter.index) continue;
    const amount = deal.amounts[deal.amounts.length - 1]?.value ?? 0;
    const owner = ownerAtClose(deal);
    const rep = repByName.get(owner);
    out.company += amount;
    add(out.reps, owner, amount);
    add(out.teams, rep?.team ?? deal.team, amount);
    add(out.regions, rep?.region ?? deal.region, amount);
  }
  return out;
}
