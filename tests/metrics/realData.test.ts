/**
 * The core metrics on a real export nobody here wrote (Maven Analytics CRM sample, read from
 * ../shared/realdata, never copied into the repository). The model is built by hand from the
 * CSV (one snapshot on 2017-12-31) so these tests do not depend on the ingest; they check totals
 * that can be added up straight from the file, and that no output holds NaN or Infinity.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { dashboardPeriods } from '../../src/metrics/dashboardPeriods.ts';
import { forecast } from '../../src/metrics/forecast.ts';
import { periodMetrics } from '../../src/metrics/periodMetrics.ts';
import { scopes } from '../../src/metrics/scopes.ts';
import { makeDeal, makeModel, makeRep } from './fixtures.ts';
import { describeRealdata, realdataPath } from '../realdata/realdata.ts';

const dir = realdataPath('maven-crm');
const AS_OF = '2017-12-31';

function read(file: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(path.join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

function finiteEverywhere(value: unknown, at = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteEverywhere(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => finiteEverywhere(v, `${at}.${k}`));
  return [];
}

describeRealdata('core metrics on the Maven CRM sample', ['maven-crm'], () => {
  const rows = read('sales_pipeline.csv');
  const team = read('sales_teams.csv');
  const reps = team.map((t) => makeRep(t.sales_agent!, { team: t.manager!, region: t.regional_office! }));
  const repOf = new Map(reps.map((r) => [r.name, r]));
  const deals = rows.map((r) => {
    const status = r.deal_stage === 'Won' ? 'won' : r.deal_stage === 'Lost' ? 'lost' : 'open';
    const rep = repOf.get(r.sales_agent!);
    return makeDeal({
      id: r.opportunity_id!,
      owner: r.sales_agent!,
      team: rep?.team ?? null,
      region: rep?.region ?? null,
      stage: r.deal_stage!,
      status,
      amount: r.close_value === '' ? null : Number(r.close_value),
      createdDate: r.engage_date || null,
      closeDate: r.close_date || null,
      seen: AS_OF,
    });
  });
  const model = makeModel({ asOf: AS_OF, deals, reps });
  const wonRows = rows.filter((r) => r.deal_stage === 'Won');

  it('bookings over every dashboard quarter add up to the won close values in the file', () => {
    const company = scopes(model, 'Maven')[0]!;
    const quarters = dashboardPeriods(model).quarters;
    const perQuarter = quarters.map((q) => periodMetrics(model, company, q));
    const total = wonRows.reduce((sum, r) => sum + Number(r.close_value), 0);
    expect(perQuarter.reduce((sum, m) => sum + m.bookings, 0)).toBe(total);
    expect(perQuarter.reduce((sum, m) => sum + m.wonCount, 0)).toBe(wonRows.length);
    for (const m of perQuarter) expect(finiteEverywhere(m)).toEqual([]);
  });

  it('every scope and quarter gives finite numbers or null, win rates within 0..1', () => {
    const quarters = dashboardPeriods(model).quarters;
    for (const scope of scopes(model, 'Maven')) {
      for (const q of quarters) {
        const m = periodMetrics(model, scope, q);
        expect(finiteEverywhere(m)).toEqual([]);
        if (m.winRateByCount !== null) expect(m.winRateByCount).toBeGreaterThanOrEqual(0);
        if (m.winRateByCount !== null) expect(m.winRateByCount).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the forecast runs, is finite JSON, and its closed won matches the file', () => {
    const f = forecast(model, { companyName: 'Maven', forecast: { trials: 2_000 } });
    expect(finiteEverywhere(f)).toEqual([]);
    // FY2018 Q4 of a February fiscal year = 2017-11-01..2018-01-31.
    const current = f.periods[0]!;
    expect(current.period.key).toBe('FY2018-Q4');
    const wonInQuarter = wonRows.filter((r) => r.close_date! >= '2017-11-01').reduce((sum, r) => sum + Number(r.close_value), 0);
    expect(current.scopes[0]!.closedWon.amount).toBe(wonInQuarter);
    // Open deals have no close date in this export: nothing open is forecast, and the run-rate carries the range.
    expect(f.deals).toEqual([]);
  });
});
