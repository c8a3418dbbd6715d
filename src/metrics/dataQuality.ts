/**
 * Data hygiene, apart from deal risk: what the export leaves out, one line per kind with the
 * count and the deals concerned (for a CSV), so gaps in the data do not crowd the list of deals
 * that need a manager's attention.
 *   missing-amount      open deals without an amount (or whose currency has no exchange rate)
 *   won-without-amount  won deals without an amount (the won total leaves them out)
 *   missing-close-date  open deals without a close date (no quarter can count them)
 *   missing-next-step   open deals whose next step is empty (only when the export has the column)
 *   win-rate-by-value   every lost deal has an amount of 0 or none, so a win rate by value is
 *                       100% by construction and not meaningful (Maven's lost deals are all 0)
 * Pure: the model in, the lines out; deals in id order.
 */
import type { Deal, Model } from '../model/types.ts';

export type DataQualityCode = 'missing-amount' | 'won-without-amount' | 'missing-close-date' | 'missing-next-step' | 'win-rate-by-value';

export interface DataQualityLine {
  code: DataQualityCode;
  /** One sentence: what is missing, how many, what it does to the numbers. */
  text: string;
  count: number;
  deals: DataQualityDeal[];
}

export interface DataQualityDeal {
  id: string;
  name: string;
  owner: string;
  stage: string | null;
  status: Deal['status'];
  amount: number | null;
  closeDate: string | null;
  file: string;
  sheet: string | null;
  row: number;
}

export interface DataQuality {
  lines: DataQualityLine[];
  /** Deals concerned by at least one line. */
  deals: number;
}

export function dataQuality(model: Model): DataQuality {
  const open = model.deals.filter((d) => d.status === 'open' && !d.history.disappeared);
  const won = model.deals.filter((d) => d.status === 'won');
  const lost = model.deals.filter((d) => d.status === 'lost');
  const lines: DataQualityLine[] = [];
  const add = (code: DataQualityCode, deals: Deal[], text: (n: number) => string): void => {
    if (deals.length > 0) lines.push({ code, text: text(deals.length), count: deals.length, deals: deals.map(row) });
  };
  const n = (count: number, what: string) => `${count.toLocaleString('en-US')} ${what}${count === 1 ? '' : 's'}`;

  add('missing-amount', open.filter((d) => d.amount === null), (c) => `${n(c, 'open deal')} without an amount count for nothing in the pipeline, coverage and forecast.`);
  add('won-without-amount', won.filter((d) => d.amount === null), (c) => `${n(c, 'won deal')} without an amount ${c === 1 ? 'is' : 'are'} left out of won totals and attainment.`);
  add('missing-close-date', open.filter((d) => d.closeDate === null), (c) => `${n(c, 'open deal')} without a close date fall in no quarter, so no forecast or pipeline by quarter counts ${c === 1 ? 'it' : 'them'}.`);
  if (model.columnsPresent.nextStep) {
    add('missing-next-step', open.filter((d) => d.nextStep === null || d.nextStep.trim() === ''), (c) => `${n(c, 'open deal')} ${c === 1 ? 'has' : 'have'} no next step.`);
  }
  if (lost.length > 0 && won.some((d) => (d.amount ?? 0) > 0) && lost.every((d) => d.amount === null || d.amount === 0)) {
    lines.push({
      code: 'win-rate-by-value',
      text: `All ${n(lost.length, 'lost deal')} have an amount of 0 or none, so a win rate by value is 100% by construction and not meaningful; read the win rate by count.`,
      count: lost.length,
      deals: lost.map(row),
    });
  }
  const concerned = new Set(lines.flatMap((l) => (l.code === 'win-rate-by-value' ? [] : l.deals.map((d) => d.id))));
  return { lines, deals: concerned.size };
}

function row(deal: Deal): DataQualityDeal {
  return {
    id: deal.id,
    name: deal.name,
    owner: deal.owner,
    stage: deal.stage,
    status: deal.status,
    amount: deal.amount,
    closeDate: deal.closeDate,
    file: deal.source.file,
    sheet: deal.source.sheet,
    row: deal.source.row,
  };
}
