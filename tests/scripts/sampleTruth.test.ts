/**
 * The shipped sample checked against the generator's own truth: the sample goes through the
 * real data stage and metrics (what the site shows), and the numbers are compared with what
 * the generator knows really happened, which never reaches the data folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSample, type Sample } from '../../scripts/sample/buildSample.ts';
import { fiscalQuarter, quarterFromIndex } from '../../scripts/sample/fiscalQuarter.ts';
import { quarterTruth } from '../../scripts/sample/quarterTruth.ts';
import { writeSample } from '../../scripts/sample/writeSample.ts';
import { runDataStage } from '../../src/dataStage.ts';
import { computeDashboard, type Dashboard } from '../../src/metrics/dashboard.ts';
import type { ScopeForecast } from '../../src/metrics/forecastTypes.ts';
import type { Model } from '../../src/model/types.ts';
import type { DataReport } from '../../src/dataStage.ts';
import { repPeriodsCsv } from '../../src/site/downloads/machineOutputs.ts';

let dir = '';
let sample: Sample;
let dashboard: Dashboard;
let model: Model;
let report: DataReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qd-sample-truth-'));
  sample = buildSample();
  await writeSample(dir, sample.files);
  const result = await runDataStage({ dataDir: dir });
  if (!result.model) throw new Error(`the sample does not build: ${result.report.fatal.join(' ')}`);
  model = result.model;
  report = result.report;
  dashboard = computeDashboard(result.model, result.config);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function usd(x: number): string {
  return `$${Math.round(x).toLocaleString('en-US')}`;
}

function listFiles(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

describe('the sample against the generator truth: the current quarter', () => {
  const current = () => {
    const period = dashboard.forecast.periods.find((p) => p.kind === 'current');
    if (!period) throw new Error('no current period in the forecast');
    return period;
  };
  const truth = () => quarterTruth(sample.truth, fiscalQuarter(sample.truth.asOf));
  const describeScope = (s: ScopeForecast, real: number) =>
    `${s.level} ${s.name}: truth ${usd(real)}, P10 ${usd(s.simulation.p10)}, P50 ${usd(s.simulation.p50)}, P90 ${usd(s.simulation.p90)}`;

  it('is the quarter of the as-of date, FY2027 Q3, with deals still to close after it', () => {
    expect(current().period.key).toBe('FY2027-Q3');
    expect(truth().quarter.label).toBe('FY2027 Q3');
    const closedLater = sample.truth.deals.filter(
      (d) => d.outcome === 'won' && d.closed !== null && d.closed > sample.truth.asOf && d.closed <= truth().quarter.end,
    );
    expect(closedLater.length).toBeGreaterThan(50);
  });

  it('puts the company truth between the forecast P10 and P90', () => {
    const company = current().scopes.find((s) => s.level === 'company');
    if (!company) throw new Error('no company scope');
    const real = truth().company;
    const message = describeScope(company, real);
    expect(real, message).toBeGreaterThanOrEqual(company.simulation.p10);
    expect(real, message).toBeLessThanOrEqual(company.simulation.p90);
  });

  it('puts the truth between P10 and P90 for most teams', () => {
    const teams = current().scopes.filter((s) => s.level === 'team');
    expect(teams).toHaveLength(6);
    const lines = teams.map((s) => {
      const real = truth().teams.get(s.name) ?? 0;
      return { inside: real >= s.simulation.p10 && real <= s.simulation.p90, line: describeScope(s, real) };
    });
    const inside = lines.filter((l) => l.inside).length;
    expect(inside, lines.map((l) => `${l.inside ? 'inside ' : 'OUTSIDE'} ${l.line}`).join('\n')).toBeGreaterThanOrEqual(4);
  });

  it('learns stage win rates below 90% at every open stage (Closed Won is the only sure stage)', () => {
    const stages = dashboard.forecast.learned.stages;
    expect(stages.length).toBeGreaterThanOrEqual(8);
    const high = stages.filter((s) => (s.rate ?? 1) >= 0.9).map((s) => `${s.stage}: ${s.wins} of ${s.trials}`);
    expect(high).toEqual([]);
    const negotiation = stages.find((s) => s.stage === 'Negotiation/Review');
    expect(negotiation?.trials).toBeGreaterThan(300);
  });

  it('gives the company a chance of reaching quota between 10% and 90%: the quarter is open', () => {
    const company = current().scopes.find((s) => s.level === 'company');
    const chance = company?.simulation.probabilityOfQuota ?? null;
    expect(chance).not.toBeNull();
    expect(chance).toBeGreaterThanOrEqual(0.1);
    expect(chance).toBeLessThanOrEqual(0.9);
  });

  it('has the truth below Best Case for the company: reps over-call as well as under-call', () => {
    const company = current().scopes.find((s) => s.level === 'company');
    if (!company) throw new Error('no company scope');
    expect(truth().company, `Commit ${usd(company.rollup.commit)}, Best Case ${usd(company.rollup.bestCase)}`).toBeLessThanOrEqual(
      company.rollup.bestCase,
    );
  });

  it('never lets the truth reach the data folder: no deal opened after the as-of date is in any file', () => {
    const future = sample.truth.deals.filter((d) => d.created > sample.truth.asOf);
    expect(future.length).toBeGreaterThan(20);
    const text = listFiles(dir)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(future.filter((d) => text.includes(d.id)).map((d) => d.id)).toEqual([]);
    expect(report.fatal).toEqual([]);
  });
});

describe('the sample against the generator truth: closed rep-quarters', () => {
  it("matches every closed rep-quarter's bookings in rep-periods.csv with the truth", () => {
    const csv = repPeriodsCsv({ report, model, dashboard });
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(200);
    const asOf = sample.truth.asOf;
    // Quarter keys `FY2027-Q2` -> the generator's quarter.
    const quarterOf = (key: string) => {
      const m = /^FY(\d{4})-Q([1-4])$/.exec(key);
      if (!m) throw new Error(`unexpected period key: ${key}`);
      return quarterFromIndex(Number(m[1]) * 4 + Number(m[2]) - 1);
    };
    const truthByQuarter = new Map<number, Map<string, number>>();
    const truthOf = (index: number) => {
      let t = truthByQuarter.get(index);
      if (!t) {
        t = quarterTruth(sample.truth, quarterFromIndex(index)).reps;
        truthByQuarter.set(index, t);
      }
      return t;
    };
    const closed = rows.filter((r) => quarterOf(r.period ?? '').end < asOf);
    expect(new Set(closed.map((r) => r.period)).size).toBeGreaterThanOrEqual(8);
    const mismatches = closed
      .map((r) => {
        const q = quarterOf(r.period ?? '');
        const real = truthOf(q.index).get(r.rep ?? '') ?? 0;
        return { rep: r.rep, period: r.period, site: Number(r.bookings), truth: real };
      })
      .filter((m) => Math.abs(m.site - m.truth) > 0.005);
    expect(mismatches).toEqual([]);
    // And no rep-quarter of the truth is missing from the CSV.
    const seen = new Set(closed.map((r) => `${r.rep}|${r.period}`));
    const missing: string[] = [];
    for (const index of new Set(closed.map((r) => quarterOf(r.period ?? '').index))) {
      const q = quarterFromIndex(index);
      for (const [rep, amount] of truthOf(index)) {
        const key = `${rep}|FY${q.fiscalYear}-Q${q.quarter}`;
        if (amount > 0 && !seen.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
    expect(closed.reduce((n, r) => n + Number(r.bookings), 0)).toBeGreaterThan(20_000_000);
  });
});
