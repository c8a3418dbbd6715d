/**
 * No hindsight: the forecast replayed at a past date D equals, number for number, the forecast
 * of a data stage given only the snapshots up to D (same seed, same trials).
 *
 * The fixture: weekly snapshot CSVs (Wednesdays, Jul 2024 - Sep 2025, calendar fiscal year), 150
 * deals created on random weeks that move through the stages, some pushed to a later quarter,
 * then won or lost (some entered a week or two after their close date, so what was known at a
 * quarter's end differs from what was known later); written by a seeded generator into a
 * temporary data folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataStage } from '../../src/dataStage.ts';
import { forecast } from '../../src/metrics/forecast.ts';
import { forecastBacktest, type ForecastBacktest } from '../../src/metrics/forecastBacktest.ts';
import { forecastSettings } from '../../src/metrics/forecastContext.ts';
import { forecastReplay } from '../../src/metrics/forecastReplay.ts';
import { winProbability } from '../../src/metrics/winProbability.ts';
import { addDays } from '../../src/model/isoDate.ts';
import type { Model } from '../../src/model/types.ts';
import { resolveStages } from '../../src/schema/stages.ts';

const STAGES = ['Prospecting', 'Qualification', 'Proposal/Price Quote', 'Negotiation/Review'];
const HEADER = '"Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Stage","Amount","Probability (%)","Close Date","Created Date","Forecast Category"';
const CONFIG = { companyName: 'Test Co', currency: 'USD', fiscalYearStartMonth: 1, fiscalYearNaming: 'end', dateOrder: 'MDY' };

interface PlannedDeal {
  id: string;
  owner: string;
  amount: number;
  created: string;
  /** Close date as first planned, and the date it is pushed (with the new close date) if any. */
  close: string;
  push: { on: string; to: string } | null;
  outcome: 'won' | 'lost';
  /** Final date (won/lost on it). */
  end: string;
  /** The first export showing the outcome (some are entered a week or two late). */
  recorded: string;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const mdy = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}/${iso.slice(0, 4)}`;

function plan(): { deals: PlannedDeal[]; weeks: string[] } {
  const weeks: string[] = [];
  for (let d = '2024-07-03'; d <= '2025-09-24'; d = addDays(d, 7)) weeks.push(d);
  const random = lcg(42);
  const deals: PlannedDeal[] = [];
  for (let i = 0; i < 150; i += 1) {
    const created = addDays('2024-06-20', Math.floor(random() * 430));
    const close = addDays(created, 28 + Math.floor(random() * 60));
    const pushed = random() < 0.25;
    const to = addDays(close, 35 + Math.floor(random() * 30));
    const end = pushed ? to : close;
    const lag = random() < 0.3 ? 5 + Math.floor(random() * 8) : 0;
    deals.push({
      id: `006T${String(i).padStart(5, '0')}`,
      owner: i % 3 === 0 ? 'Ben Ortiz' : 'Ana Silva',
      amount: 5_000 + Math.floor(random() * 40) * 1_000,
      created,
      close,
      push: pushed ? { on: addDays(close, -10), to } : null,
      outcome: random() < 0.5 ? 'won' : 'lost',
      end,
      recorded: addDays(end, lag),
    });
  }
  // Won on the last days of FY2025 Q1, entered only in the Apr 9 export: on Apr 2 the exports
  // still said open (a slip); from Apr 14 (the quarter's end + 14 days) on, the forecast reads them as won.
  for (let i = 0; i < 6; i += 1) {
    deals.push({ id: `006L${i}`, owner: 'Ana Silva', amount: 20_000, created: '2025-01-08', close: '2025-03-28', push: null, outcome: 'won', end: '2025-03-28', recorded: '2025-04-09' });
  }
  return { deals, weeks };
}

function row(deal: PlannedDeal, date: string): string | null {
  if (date < deal.created) return null;
  const closeDate = deal.push !== null && date >= deal.push.on ? deal.push.to : deal.close;
  const base = [deal.id, `Deal ${deal.id}`, `Account ${deal.id}`, deal.owner];
  if (date >= deal.recorded) {
    const won = deal.outcome === 'won';
    return [...base, won ? 'Closed Won' : 'Closed Lost', deal.amount, won ? 100 : 0, mdy(deal.end), mdy(deal.created), won ? 'Closed' : 'Omitted'].map((v) => `"${v}"`).join(',');
  }
  const span = Math.max(1, (Date.parse(deal.end) - Date.parse(deal.created)) / 86_400_000);
  const done = (Date.parse(date) - Date.parse(deal.created)) / 86_400_000 / span;
  const k = Math.min(STAGES.length - 1, Math.floor(done * STAGES.length));
  const category = k >= 3 ? 'Commit' : k >= 2 ? 'Best Case' : 'Pipeline';
  return [...base, STAGES[k], deal.amount, [10, 20, 60, 80][k], mdy(closeDate), mdy(deal.created), category].map((v) => `"${v}"`).join(',');
}

function writeFolder(dir: string, deals: PlannedDeal[], weeks: string[]): void {
  writeFileSync(path.join(dir, 'quarterdeck.config.json'), JSON.stringify(CONFIG));
  for (const week of weeks) {
    const rows = deals.map((d) => row(d, week)).filter((r): r is string => r !== null);
    writeFileSync(path.join(dir, `opportunities-${week}.csv`), `${HEADER}\n${rows.join('\n')}\n`);
  }
}

async function modelOf(dir: string): Promise<Model> {
  const result = await runDataStage({ dataDir: dir });
  expect(result.report.fatal).toEqual([]);
  return result.model!;
}

const options = { companyName: 'Test Co', forecast: { trials: 2_000 } };

describe('the replayed forecast uses only what was known on its date', () => {
  const { deals, weeks } = plan();
  const dirs: string[] = [];
  let full: Model;
  let backtest: ForecastBacktest;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qd-hindsight-'));
    dirs.push(dir);
    writeFolder(dir, deals, weeks);
    full = await modelOf(dir);
    const stageLookup = resolveStages({});
    const table = winProbability(full);
    const replay = forecastReplay(full, { companyName: 'Test Co', settings: forecastSettings(options), stageLookup, table });
    backtest = forecastBacktest(full, replay);
  }, 120_000);

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('replays the closed quarters at every snapshot date', () => {
    expect(full.asOf).toBe('2025-09-24');
    expect(backtest.quarters.map((q) => q.period)).toEqual(['FY2024-Q3', 'FY2024-Q4', 'FY2025-Q1', 'FY2025-Q2']);
    expect(backtest.quarters.every((q) => q.points.every((p) => !p.reconstructed))).toBe(true);
  });

  for (const date of ['2025-04-02', '2025-04-09', '2025-05-14', '2025-06-25']) {
    it(`at ${date} the replay equals the forecast of the exports up to ${date}, number for number`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'qd-hindsight-'));
      dirs.push(dir);
      writeFolder(dir, deals, weeks.filter((w) => w <= date));
      const then = await modelOf(dir);
      expect(then.asOf).toBe(date);
      const f = forecast(then, { ...options, asOf: date });
      const company = f.periods[0]!.scopes.find((s) => s.scope === 'company')!;
      const point = backtest.quarters.find((q) => q.period === 'FY2025-Q2')!.points.find((p) => p.asOf === date)!;
      expect(f.commonFactor[0]).toMatchObject({ period: 'FY2025-Q2', source: 'replay', sigma: point.sigma });
      expect({
        p10: company.simulation.p10,
        p50: company.simulation.p50,
        p90: company.simulation.p90,
        probabilityOfQuota: company.simulation.probabilityOfQuota,
        weighted: company.weighted.total,
        commit: company.rollup.commit,
        bestCase: company.rollup.bestCase,
      }).toEqual({
        p10: point.p10,
        p50: point.p50,
        p90: point.p90,
        probabilityOfQuota: point.probabilityOfQuota,
        weighted: point.weighted,
        commit: point.commit,
        bestCase: point.bestCase,
      });
      // And it was a real forecast: open deals, a range.
      expect(point.p90).toBeGreaterThan(point.p10);
    }, 120_000);
  }
});
