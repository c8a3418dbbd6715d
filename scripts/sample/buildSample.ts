/**
 * The whole shipped sample in memory: the truth model (company, deals, quotas) and the files
 * made from it, keyed by path relative to the data folder. Same bytes on every run.
 */
import { ConfigSchema, type ConfigInput } from '../../src/schema/configSchema.ts';
import { buildCompany } from './company.ts';
import { dayFromIso, isoFromDay, partsFromDay, type Day } from './dates.ts';
import { dealAt, type DealView } from './dealAt.ts';
import { fiscalQuarter, quartersBetween } from './fiscalQuarter.ts';
import { callDays, forecastCalls, forecastCallsCsv } from './forecastCalls.ts';
import { createRandom } from './random.ts';
import { quotaWorkbook } from './quotaWorkbook.ts';
import { rosterCsv } from './rosterCsv.ts';
import { byOwnerThenCloseDate, salesforceReport } from './salesforceReport.ts';
import { setQuotas } from './setQuotas.ts';
import { simulateDeals } from './simulateDeals.ts';
import type { DealTruth, SampleTruth } from './truth.ts';
import { SAMPLE_COMPENSATION } from './samplePlans.ts';

/**
 * The seed of the shipped sample. Chosen among seeds that pass every sample test (the trends, the
 * quarters near plan, the truth inside the forecast range): any seed gives a realistic company,
 * this one also shows the stories the tests pin.
 */
export const SAMPLE_SEED = 13;
export const AS_OF = '2026-09-16';
export const HISTORY_START = '2024-08-01';
export const FIRST_SNAPSHOT = '2026-05-06';
/** Last quarter that gets a quota column. */
const LAST_QUOTA_QUARTER_DAY = '2027-01-31';

export interface SampleFile {
  /** Relative to the data folder, `/` separators. */
  path: string;
  bytes: Uint8Array;
}

export interface Sample {
  truth: SampleTruth;
  files: SampleFile[];
}

/**
 * The weekly report: every deal open that morning, plus the deals closed in this fiscal quarter
 * or the previous one up to that day. Including the previous quarter means a deal closed
 * between the last Wednesday of a quarter and its last day still shows up closed
 * (otherwise those closes, the busiest days of the quarter, would appear in no export at all).
 */
export function weeklyReportRows(deals: readonly DealTruth[], day: Day): DealView[] {
  const current = fiscalQuarter(day).index;
  const rows: DealView[] = [];
  for (const deal of deals) {
    const view = dealAt(deal, day);
    if (!view) continue;
    if (view.status !== 'open') {
      const closedIn = fiscalQuarter(deal.closed ?? view.closeDate).index;
      if (closedIn !== current && closedIn !== current - 1) continue;
    }
    rows.push(view);
  }
  return rows.sort(byOwnerThenCloseDate);
}

/** Every deal closed before `day`, in its final state. */
export function closedBeforeRows(deals: readonly DealTruth[], day: Day): DealView[] {
  const rows: DealView[] = [];
  for (const deal of deals) {
    if (deal.closed === null || deal.closed >= day) continue;
    const view = dealAt(deal, deal.closed);
    if (view) rows.push(view);
  }
  return rows.sort(byOwnerThenCloseDate);
}

/** True when some date in the rows has a day of month above 12, so M/D and D/M cannot be confused. */
export function hasUnambiguousDate(rows: readonly DealView[]): boolean {
  return rows.some((r) => partsFromDay(r.closeDate).day > 12 || partsFromDay(r.created).day > 12);
}

export function sampleConfig(companyName: string): ConfigInput {
  return {
    $schema: '../quarterdeck.config.schema.json',
    companyName,
    currency: 'USD',
    fiscalYearStartMonth: 2,
    fiscalYearNaming: 'end',
    asOf: AS_OF,
    dateOrder: 'MDY',
    sample: true,
    compensation: SAMPLE_COMPENSATION,
  };
}

export function buildSample(options: { seed?: number } = {}): Sample {
  const random = createRandom(options.seed ?? SAMPLE_SEED);
  const company = buildCompany();
  const asOf = dayFromIso(AS_OF);
  const historyStart = dayFromIso(HISTORY_START);
  const firstSnapshot = dayFromIso(FIRST_SNAPSHOT);
  const deals = simulateDeals(company, random.fork('deals'), {
    simulationStart: dayFromIso('2024-01-01'),
    historyStart,
    asOf,
    // Deals keep being opened to the end of the current quarter: the truth of what closes by then.
    openUntil: fiscalQuarter(asOf).end,
  });
  const quarters = quartersBetween(historyStart, dayFromIso(LAST_QUOTA_QUARTER_DAY));
  const quotas = setQuotas(company, deals, { quarters, asOf, target: 0.97, historyStart });
  const snapshots: Day[] = [];
  for (let d = firstSnapshot; d <= asOf; d += 7) snapshots.push(d);
  const truth: SampleTruth = { company, asOf, historyStart, snapshots, historyExport: firstSnapshot, deals, quotas };

  const encoder = new TextEncoder();
  const files: SampleFile[] = [];
  const report = { author: company.reportAuthor, companyName: company.name, currency: company.currency };
  let unambiguous = false;
  const history = closedBeforeRows(deals, firstSnapshot);
  unambiguous ||= hasUnambiguousDate(history);
  files.push({
    path: `sample/history/closed-deals-export-${isoFromDay(firstSnapshot)}.csv`,
    bytes: encoder.encode(salesforceReport(history, { ...report, generatedOn: firstSnapshot })),
  });
  for (const day of snapshots) {
    const rows = weeklyReportRows(deals, day);
    unambiguous ||= hasUnambiguousDate(rows);
    files.push({
      path: `sample/snapshots/opportunities-${isoFromDay(day)}.csv`,
      bytes: encoder.encode(salesforceReport(rows, { ...report, generatedOn: day })),
    });
  }
  if (!unambiguous) throw new Error('buildSample: no export has a date with a day above 12; change the seed');

  files.push({
    path: 'sample/quotas/quotas-fy2025-fy2027.xlsx',
    bytes: quotaWorkbook(company, quotas, { approvedBy: company.vp.name, approvedOn: '2026-01-20' }),
  });
  files.push({ path: 'sample/roster.csv', bytes: encoder.encode(rosterCsv(company)) });
  // The managers' weekly calls, for every quarter that has weekly snapshots.
  const callQuarters = [...new Map(snapshots.map((d) => [fiscalQuarter(d).index, fiscalQuarter(d)])).values()];
  const calls = forecastCalls(company, deals, callDays(callQuarters, asOf), random.fork('calls'));
  files.push({ path: 'sample/calls/forecast-calls.csv', bytes: encoder.encode(forecastCallsCsv(calls)) });
  const config = sampleConfig(company.name);
  ConfigSchema.parse(config); // fails loudly if the config drifts from the schema
  files.push({ path: 'quarterdeck.config.json', bytes: encoder.encode(`${JSON.stringify(config, null, 2)}\n`) });
  return { truth, files };
}
