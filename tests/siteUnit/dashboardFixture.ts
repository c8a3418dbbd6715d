/**
 * A small hand-built SiteData with a dashboard, for the overview, forecast and pipeline table
 * builders and helpers. As of 2026-09-16 (FY2027 Q3, Aug 1..Oct 31; next FY2027 Q4), company
 * Acme, one region (West) with two teams: East (rep Ana) and North (rep Bo); Cy has left (no
 * quota, no deals). Every number used by the tests is written here:
 *
 *   FY2027 Q3     quota    won (deals)   open Commit  open Best Case  open Pipeline  weighted open   P10/P50/P90              P(quota)
 *   Ana/East    100,000   40,000 (2)    20,000 (1)   10,000 (1)      30,000 (2)     25,000          50,000/66,000/90,000     0.20
 *   Bo/North     50,000   30,000 (1)     5,000 (1)        0 (0)      10,000 (1)      6,000          30,000/36,000/45,000     0.10
 *   Company     150,000   70,000 (3)    25,000 (2)   10,000 (1)      40,000 (3)     31,000          85,000/102,000/130,000   0.15
 *   Pacing: usual share 0.5 by today for everyone: expected by now Ana 50,000 (behind), Bo 25,000 (ahead), company 75,000 (behind).
 *   Quarter metrics: open pipeline Ana 60,000 (4 deals), Bo 15,000 (2); coverage targets Ana 2.5, Bo unknown, company 3.
 *   Track record (FY2027 Q2, as of 2026-05-17): company forecast 80,000, commit 60,000, actual 100,000; Ana 50,000 / 40,000 / 40,000;
 *   Bo nothing forecast and nothing booked.
 *
 *   FY2027 Q4: company quota 160,000, nothing won, open Pipeline 50,000 (2 deals, Ana), weighted 10,000; P50 40,000.
 *
 *   Risk: D1 (Ana, 20,000, past due high + stale medium), D2 (Bo, 10,000, stuck medium).
 *   Changes 2026-09-09 -> 2026-09-16: a new deal, a stage move, a push into Q4, an amount change +500, a won deal.
 */
import type { Dashboard } from '../../src/metrics/dashboard.ts';
import type { ScopeForecast, TrackRecord } from '../../src/metrics/forecastTypes.ts';
import type { PeriodMetrics } from '../../src/metrics/periodMetrics.ts';
import type { RiskDeal } from '../../src/metrics/pipelineRiskTypes.ts';
import type { Scope } from '../../src/metrics/scopes.ts';
import type { Model } from '../../src/model/types.ts';
import type { SiteData } from '../../src/site/load/siteData.ts';
import { pipelineByCloseMonth } from '../../src/metrics/pipelineByCloseMonth.ts';
import { pipelineByStage } from '../../src/metrics/pipelineByStage.ts';
import { makeDeal, makeModel } from '../metrics/fixtures.ts';

const Q3 = { key: 'FY2027-Q3', label: 'FY2027 Q3', start: '2026-08-01', end: '2026-10-31' };
const Q4 = { key: 'FY2027-Q4', label: 'FY2027 Q4', start: '2026-11-01', end: '2027-01-31' };
const Q2 = { key: 'FY2027-Q2', label: 'FY2027 Q2', start: '2026-05-01', end: '2026-07-31' };
const fiscal = (p: typeof Q3, index: number) => ({ ...p, granularity: 'quarter' as const, fiscalYear: 2027, index });

export const scopes: Scope[] = [
  { level: 'company', name: 'Acme', key: 'company', team: null, region: null },
  { level: 'region', name: 'West', key: 'region:West', team: null, region: 'West' },
  { level: 'team', name: 'East', key: 'team:East', team: 'East', region: 'West' },
  { level: 'team', name: 'North', key: 'team:North', team: 'North', region: 'West' },
  { level: 'rep', name: 'Ana', key: 'rep:Ana', team: 'East', region: 'West' },
  { level: 'rep', name: 'Bo', key: 'rep:Bo', team: 'North', region: 'West' },
  { level: 'rep', name: 'Cy', key: 'rep:Cy', team: null, region: null },
];

interface Figures {
  quota: number | null;
  won: [number, number];
  commit: [number, number];
  bestCase: [number, number];
  pipeline: [number, number];
  weightedOpen: number;
  sim: [number, number, number, number | null];
  expectedByNow?: number;
  track?: TrackRecord;
}

const noTrack: TrackRecord = { quarters: [], meanSignedError: null, meanAbsolutePercentageError: null };

function track(expected: number, commit: number, actual: number): TrackRecord {
  const error = expected - actual;
  const ape = actual === 0 ? null : Math.abs(error) / actual;
  return { quarters: [{ period: 'FY2027-Q2', date: '2026-05-17', expected, commit, actual, error, absolutePercentageError: ape }], meanSignedError: error, meanAbsolutePercentageError: ape };
}

function forecastOf(scope: Scope, f: Figures, current: boolean): ScopeForecast {
  const [won, wonCount] = f.won;
  const commit = won + f.commit[0];
  const bestCase = commit + f.bestCase[0];
  const expectedByNow = f.expectedByNow ?? null;
  return {
    scope: scope.key,
    level: scope.level,
    name: scope.name,
    quota: f.quota,
    quotaSource: f.quota === null ? 'none' : 'rep row',
    closedWon: { amount: won, count: wonCount },
    open: {
      commit: { amount: f.commit[0], count: f.commit[1] },
      bestCase: { amount: f.bestCase[0], count: f.bestCase[1] },
      pipeline: { amount: f.pipeline[0], count: f.pipeline[1] },
      omitted: { amount: 0, count: 0 },
      total: { amount: f.commit[0] + f.bestCase[0] + f.pipeline[0], count: f.commit[1] + f.bestCase[1] + f.pipeline[1] },
    },
    rollup: { commit, bestCase, pipeline: bestCase + f.pipeline[0] },
    weighted: { open: f.weightedOpen, total: won + f.weightedOpen, sources: { history: f.commit[1] + f.bestCase[1] + f.pipeline[1], crm: 0, 'stage default': 0, none: 0 } },
    runRate: 1_000,
    simulation: { p10: f.sim[0], p50: f.sim[1], p90: f.sim[2], mean: f.sim[1], probabilityOfQuota: f.sim[3] },
    pacing:
      !current || expectedByNow === null
        ? null
        : { bookingsToDate: won, expectedShare: 0.5, shareSource: 'company', expectedByNow, difference: won - expectedByNow, status: won >= expectedByNow ? 'ahead' : 'behind', projected: won / 0.5 },
    trackRecord: current ? (f.track ?? noTrack) : null,
    missingAmountCount: 0,
  };
}

const ana: Figures = { quota: 100_000, won: [40_000, 2], commit: [20_000, 1], bestCase: [10_000, 1], pipeline: [30_000, 2], weightedOpen: 25_000, sim: [50_000, 66_000, 90_000, 0.2], expectedByNow: 50_000, track: track(50_000, 40_000, 40_000) };
const bo: Figures = { quota: 50_000, won: [30_000, 1], commit: [5_000, 1], bestCase: [0, 0], pipeline: [10_000, 1], weightedOpen: 6_000, sim: [30_000, 36_000, 45_000, 0.1], expectedByNow: 25_000, track: track(0, 0, 0) };
const company: Figures = { quota: 150_000, won: [70_000, 3], commit: [25_000, 2], bestCase: [10_000, 1], pipeline: [40_000, 3], weightedOpen: 31_000, sim: [85_000, 102_000, 130_000, 0.15], expectedByNow: 75_000, track: track(80_000, 60_000, 100_000) };
const cy: Figures = { quota: null, won: [0, 0], commit: [0, 0], bestCase: [0, 0], pipeline: [0, 0], weightedOpen: 0, sim: [0, 0, 0, null] };
const currentFigures: Figures[] = [company, company, ana, bo, ana, bo, cy];
const nextFigures: Figures[] = scopes.map((s) =>
  s.key === 'rep:Cy'
    ? cy
    : { quota: s.level === 'rep' || s.level === 'team' ? 80_000 : 160_000, won: [0, 0], commit: [0, 0], bestCase: [0, 0], pipeline: s.key === 'rep:Bo' || s.key === 'team:North' ? [0, 0] : [50_000, 2], weightedOpen: s.key === 'rep:Bo' || s.key === 'team:North' ? 0 : 10_000, sim: [20_000, 40_000, 60_000, 0] },
);

function metrics(scope: Scope, period: typeof Q3, m: { bookings: number; quota: number | null; open: number; openCount: number; target: number | null }): PeriodMetrics {
  const remaining = m.quota === null ? null : Math.max(0, m.quota - m.bookings);
  return {
    scope: scope.key,
    period,
    asOf: '2026-09-16',
    bookings: m.bookings,
    quota: m.quota,
    quotaSource: m.quota === null ? 'none' : 'rep row',
    attainment: m.quota === null ? null : m.bookings / m.quota,
    wonCount: 0,
    lostCount: 0,
    wonValue: m.bookings,
    lostValue: 0,
    winRateByCount: null,
    winRateByValue: null,
    averageWonSize: null,
    medianCycleDays: null,
    pipelineCreated: null,
    pipelineCreatedCount: null,
    openPipeline: m.open,
    openCount: m.openCount,
    quotaRemaining: remaining,
    coverage: remaining === null || remaining === 0 ? null : m.open / remaining,
    coverageTarget: m.target,
    trailingWinRateByValue: m.target === null ? null : 1 / m.target,
    trailingWindow: { start: '2025-08-01', end: '2026-07-31' },
    linearity: { lastMonthShare: null, last14DaysShare: null },
    velocity: { perDay: null, openDeals: m.openCount, openOn: '2026-09-16' },
    missingAmountCount: 0,
  };
}

const currentMetrics = [
  metrics(scopes[0]!, Q3, { bookings: 70_000, quota: 150_000, open: 75_000, openCount: 6, target: 3 }),
  metrics(scopes[1]!, Q3, { bookings: 70_000, quota: 150_000, open: 75_000, openCount: 6, target: 3 }),
  metrics(scopes[2]!, Q3, { bookings: 40_000, quota: 100_000, open: 60_000, openCount: 4, target: 2.5 }),
  metrics(scopes[3]!, Q3, { bookings: 30_000, quota: 50_000, open: 15_000, openCount: 2, target: null }),
  metrics(scopes[4]!, Q3, { bookings: 40_000, quota: 100_000, open: 60_000, openCount: 4, target: 2.5 }),
  metrics(scopes[5]!, Q3, { bookings: 30_000, quota: 50_000, open: 15_000, openCount: 2, target: null }),
  metrics(scopes[6]!, Q3, { bookings: 0, quota: null, open: 0, openCount: 0, target: null }),
];
const nextMetrics = scopes.map((s) => metrics(s, Q4, { bookings: 0, quota: 80_000, open: 0, openCount: 0, target: 3 }));

const flag = (code: RiskDeal['flags'][number]['code'], severity: RiskDeal['severity'], evidence: string) => ({ code, severity, reason: `Why ${code} matters.`, evidence, values: {} });

export const riskDeals: RiskDeal[] = [
  {
    rank: 1, id: 'D1', name: 'Deal One', account: 'Initech', owner: 'Ana', team: 'East', region: 'West', stage: 'Proposal', amount: 20_000, closeDate: '2026-09-01',
    forecastCategory: 'commit', probability: 0.6, severity: 'high', amountAtRisk: 20_000,
    flags: [flag('past-due', 'high', 'Close date 2026-09-01 is 15 days before the as-of date'), flag('stale', 'medium', 'No activity for 40 days')], notEvaluated: [],
  },
  {
    rank: 2, id: 'D2', name: 'Deal Two', account: null, owner: 'Bo', team: 'North', region: 'West', stage: 'Qualification', amount: 10_000, closeDate: '2026-10-20',
    forecastCategory: 'pipeline', probability: 0.1, severity: 'medium', amountAtRisk: 5_000,
    flags: [flag('stuck', 'medium', 'In Qualification for 63 days')], notEvaluated: [],
  },
];

const ref = (id: string, owner: string, team: string) => ({ id, name: `Deal ${id}`, account: null, owner, team, region: 'West' });

export const dashboard = {
  companyName: 'Acme',
  currency: 'USD',
  asOf: '2026-09-16',
  periods: { current: fiscal(Q3, 3), next: fiscal(Q4, 4), quarters: [fiscal(Q2, 2), fiscal(Q3, 3)], closed: [fiscal(Q2, 2)], truncated: false },
  scopes,
  quarterMetrics: [...currentMetrics, ...nextMetrics],
  forecast: {
    asOf: '2026-09-16',
    currency: 'USD',
    settings: { trials: 1_000, seed: 1, minHistory: 20, priorStrength: 10, commonFactor: 'auto' },
    commonFactor: [{ period: 'FY2027-Q3', sigma: 0.5, source: 'default', quarters: ['FY2027-Q2'] }, { period: 'FY2027-Q4', sigma: 0.5, source: 'default', quarters: ['FY2027-Q2'] }],
    methods: { closedWon: 'M closed won.', categories: 'M categories.', rollup: 'M rollup.', weighted: 'M weighted.', learnedProbability: 'M learned.', simulation: 'M simulation.', runRate: 'M run-rate.', pacing: 'M pacing.', trackRecord: 'M track.' },
    periods: [
      { kind: 'current', period: Q3, day: 47, length: 92, daysLeft: 45, runRate: { samples: [{ period: 'FY2027-Q2', point: '2026-06-16', daysLeft: 45, scale: 1 }] }, pacingQuarters: ['FY2027-Q2'], histogram: [], scopes: scopes.map((s, i) => forecastOf(s, currentFigures[i]!, true)) },
      { kind: 'next', period: Q4, day: 0, length: 92, daysLeft: 92, runRate: { samples: [] }, pacingQuarters: [], histogram: [], scopes: scopes.map((s, i) => forecastOf(s, nextFigures[i]!, false)) },
    ],
    deals: [
      { id: 'F1', name: 'Deal F1', owner: 'Ana', stage: 'Proposal', amount: 20_000, closeDate: '2026-10-01', period: 'FY2027-Q3', category: 'commit', categorySource: 'crm', probability: 0.75, probabilitySource: 'history', probabilityBasis: 'stage', trials: 40, wins: 30, interval: [0.65, 0.85], prior: { mean: 0.5, strength: 10, source: 'stage default' }, slip: 0.1, crmProbability: 0.5, daysInStage: 12, weighted: 15_000 },
      { id: 'F2', name: 'Deal F2', owner: 'Bo', stage: 'Prospecting', amount: 10_000, closeDate: '2026-10-15', period: 'FY2027-Q3', category: 'pipeline', categorySource: 'stage default', probability: 0.1, probabilitySource: 'crm', probabilityBasis: null, trials: null, wins: null, interval: null, prior: null, slip: 0.1, crmProbability: 0.1, daysInStage: 3, weighted: 1_000 },
      { id: 'F3', name: 'Deal F3', owner: 'Ana', stage: 'Prospecting', amount: null, closeDate: '2026-12-01', period: 'FY2027-Q4', category: 'pipeline', categorySource: 'assumed pipeline', probability: 0.2, probabilitySource: 'stage default', probabilityBasis: null, trials: null, wins: null, interval: null, prior: null, slip: 0, crmProbability: null, daysInStage: null, weighted: 0 },
    ],
    learned: {
      quarters: ['FY2027-Q2'],
      stages: [
        {
          stage: 'Proposal', prior: { mean: 0.5, strength: 10, source: 'stage default' },
          trials: 40, wins: 30, slips: 4, deals: 20, dealWins: 15, dealSlips: 2, rawRate: 0.75, rate: 20 / 30, interval: [0.55, 0.78], slipRate: 0.1,
          buckets: [{ bucket: '0-14', trials: 25, wins: 20, slips: 2, deals: 12, dealWins: 10, dealSlips: 1, rawRate: 10 / 12, rate: 15 / 22, interval: [0.55, 0.8], slipRate: 0.1 }],
        },
        { stage: 'Prospecting', prior: { mean: 0.1, strength: 10, source: 'stage default' }, trials: 10, wins: 1, slips: 2, deals: 5, dealWins: 0.5, dealSlips: 1, rawRate: 0.1, rate: 1.5 / 15, interval: [0.03, 0.17], slipRate: 0.2, buckets: [] },
      ],
    },
  },
  forecastBacktest: {
    scope: 'company', asOf: '2026-09-16', currency: 'USD', trials: 1_000, seed: 1, quarters: [],
    summary: { points: 0, quarters: 0, coverage: null, mape: { p50: null, weighted: null, crmWeighted: null, stageWeighted: null, commit: null, runRate: null }, pinball: { p10: null, p50: null, p90: null } },
    byWeek: [], scopes: [],
    deals: { basis: 'none', predictions: 0, brier: null, crmBrier: null, reliability: [], crmReliability: [] },
  },
  forecastHistory: { period: Q3, asOf: '2026-09-16', closed: false, points: [], scopes: [] },
  risk: {
    asOf: '2026-09-16',
    quarter: Q3,
    daysLeftInQuarter: 45,
    openDeals: 8,
    flaggedDeals: 2,
    disappearedDeals: 0,
    severityWeights: { high: 1, medium: 0.5, low: 0.25 },
    thresholds: {},
    deals: riskDeals,
    scopes: [],
    flags: [
      { code: 'past-due', available: true, reason: null, raised: 1, notEvaluated: 0, notEvaluatedReasons: [] },
      { code: 'stale', available: true, reason: null, raised: 1, notEvaluated: 2, notEvaluatedReasons: [{ reason: 'no activity date', deals: 2 }] },
      { code: 'stuck', available: true, reason: null, raised: 1, notEvaluated: 0, notEvaluatedReasons: [] },
      { code: 'pushed', available: false, reason: 'A single snapshot has no close-date history.', raised: 0, notEvaluated: 0, notEvaluatedReasons: [] },
    ],
    unavailable: [{ code: 'pushed', reason: 'A single snapshot has no close-date history.' }],
    method: { openLadder: ['Prospecting', 'Qualification', 'Proposal'], stuckBaselines: [], closeRates: { daysLeft: 45, bucketDays: 45, quarters: [], stages: [] } },
  },
  changes: {
    kind: 'changes',
    from: '2026-09-09',
    to: '2026-09-16',
    fromSource: 'previous snapshot',
    toSource: 'latest snapshot',
    newDeals: [{ ...ref('N1', 'Ana', 'East'), status: 'open', stage: 'Prospecting', amount: 5_000, closeDate: '2026-12-01', createdDate: '2026-09-12', firstSeen: '2026-09-16' }],
    stageMoves: [{ ...ref('S1', 'Bo', 'North'), fromStage: 'Prospecting', toStage: 'Qualification', direction: 'forward', amount: 8_000 }],
    pushes: [{ ...ref('P1', 'Ana', 'East'), fromDate: '2026-10-25', toDate: '2026-11-04', days: 10, fromQuarter: 'FY2027 Q3', toQuarter: 'FY2027 Q4', quarterChanged: true, amount: 12_000 }],
    pullIns: [],
    amountChanges: [{ ...ref('A1', 'Bo', 'North'), from: 1_000, to: 1_500, delta: 500 }],
    won: [{ ...ref('W1', 'Ana', 'East'), fromStatus: 'open', fromStage: 'Proposal', amount: 9_000, closeDate: '2026-09-14' }],
    lost: [],
    disappeared: [],
    reopened: [],
    totals: {
      newDeals: { count: 1, amount: 5_000 },
      stageForward: { count: 1, amount: 8_000 },
      stageBackward: { count: 0, amount: 0 },
      stageUnordered: { count: 0, amount: 0 },
      pushes: { count: 1, amount: 12_000 },
      pullIns: { count: 0, amount: 0 },
      amountChanges: { count: 1, increase: 500, decrease: 0, net: 500 },
      won: { count: 1, amount: 9_000 },
      lost: { count: 0, amount: 0 },
      disappeared: { count: 0, amount: 0 },
      reopened: { count: 0, amount: 0 },
      openPipeline: { from: 100_000, to: 104_000, change: 4_000 },
    },
    scopes: [],
  },
  repPeriods: [],
  repTrends: {},
  retrospectives: [],
} as unknown as Dashboard;

/** Open deals for the stage and month breakdowns: as of 2026-09-16 (see the pipeline table tests). */
export const model: Model = {
  ...makeModel({
    asOf: '2026-09-16',
    deals: [
      makeDeal({ id: 'F1', owner: 'Ana', team: 'East', stage: 'Proposal', amount: 20_000, closeDate: '2026-10-01', forecastCategory: 'commit', seen: '2026-09-16' }),
      makeDeal({ id: 'F2', owner: 'Bo', team: 'North', stage: 'Prospecting', amount: 10_000, closeDate: '2026-09-01', seen: '2026-09-16' }),
      makeDeal({ id: 'F3', owner: 'Ana', team: 'East', stage: 'Prospecting', amount: null, closeDate: '2026-12-01', seen: '2026-09-16' }),
      makeDeal({ id: 'W9', owner: 'Ana', team: 'East', stage: 'Closed Won', status: 'won', amount: 70_000, closeDate: '2026-09-10', seen: '2026-09-16' }),
    ],
  }),
};

// The dashboard computes the breakdowns once from the model (as computeDashboard does).
Object.assign(dashboard, {
  pipelineByStage: pipelineByStage(model, { asOf: '2026-09-16' }),
  pipelineByCloseMonth: pipelineByCloseMonth(model, { asOf: '2026-09-16' }),
});

export const siteData = {
  report: { config: { companyName: 'Acme', currency: 'USD', sample: false }, snapshotDates: ['2026-09-09', '2026-09-16'], totals: { files: 1 } },
  model,
  dashboard,
} as unknown as SiteData;
