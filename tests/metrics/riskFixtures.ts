/**
 * Hand-built models for the pipeline-risk and what-changed tests. A deal is written as the
 * list of its observations (snapshot dates with the fields as they stood; omitted fields carry
 * over from the previous observation); the builder derives the history the model would hold
 * (distinct states, stage entries, close-date and amount changes, counts, days in stage, days
 * since activity) with the February fiscal start of the shared fixtures: FY2027 = 2026-02-01 ..
 * 2027-01-31, Q1 Feb-Apr, Q2 May-Jul, Q3 Aug-Oct, Q4 Nov-Jan.
 */
import { ThresholdsSchema, type Thresholds } from '../../src/schema/configSchema.ts';
import type { DealStatus, ForecastCategory } from '../../src/schema/types.ts';
import { fiscalCalendar } from '../../src/model/fiscalCalendar.ts';
import { daysBetween } from '../../src/model/isoDate.ts';
import type {
  AmountChange,
  CloseDateChange,
  Deal,
  DealState,
  IsoDate,
  Model,
  Quota,
  Rep,
  StageEntry,
} from '../../src/model/types.ts';

export const FISCAL = { fiscalYearStartMonth: 2, fiscalYearNaming: 'end' } as const;
/** Defaults: staleDays 30, pushCount 2, amountCut 0.25, concentration 0.5, stuckPercentile 0.75, unlikelyToClose 0.2, commitMinProbability 0.5. */
export const THRESHOLDS: Thresholds = ThresholdsSchema.parse({});

const calendar = fiscalCalendar({ startMonth: 2, naming: 'end' });

/** Ana and Ben sell in team East, Caro in West (both region Americas); Dev in Nordics (EMEA). */
export const REPS: Rep[] = [
  rep('Ana', 'East', 'Americas'),
  rep('Ben', 'East', 'Americas'),
  rep('Caro', 'West', 'Americas'),
  rep('Dev', 'Nordics', 'EMEA'),
];

export function rep(name: string, team: string | null, region: string | null, extra: Partial<Rep> = {}): Rep {
  return { name, id: null, manager: null, team, region, startDate: null, endDate: null, role: null, inRoster: true, ...extra };
}

export interface Observation {
  date: IsoDate;
  stage?: string | null;
  status?: DealStatus;
  amount?: number | null;
  closeDate?: IsoDate | null;
  forecastCategory?: ForecastCategory | null;
  probability?: number | null;
}

export interface DealSpec {
  id: string;
  owner?: string;
  obs: Observation[];
  createdDate?: IsoDate | null;
  nextStep?: string | null;
  lastActivityDate?: IsoDate | null;
  amountOriginal?: number | null;
  currency?: string;
  /** Stage entry dates are exact (a history table), not only the first snapshot that showed them. */
  exactStages?: boolean;
  disappeared?: boolean;
}

/** A deal as the model would hold it at `asOf`, from its observations. */
export function deal(spec: DealSpec, asOf: IsoDate): Deal {
  const full: DealState[] = [];
  let prev: DealState = {
    date: '',
    stage: null,
    status: 'open',
    amount: null,
    closeDate: null,
    forecastCategory: null,
    probability: null,
    origin: 'snapshot',
  };
  for (const o of spec.obs) {
    prev = { ...prev, ...o, origin: 'snapshot' };
    full.push(prev);
  }
  const same = (a: DealState, b: DealState) =>
    a.stage === b.stage &&
    a.status === b.status &&
    a.amount === b.amount &&
    a.closeDate === b.closeDate &&
    a.forecastCategory === b.forecastCategory &&
    a.probability === b.probability;
  const states = full.filter((s, i) => i === 0 || !same(s, full[i - 1]!));
  const stages: StageEntry[] = [];
  const closeDateChanges: CloseDateChange[] = [];
  const amountChanges: AmountChange[] = [];
  states.forEach((s, i) => {
    const before = states[i - 1];
    if (s.stage !== null && (before === undefined || before.stage !== s.stage)) {
      stages.push({ stage: s.stage, enteredOn: s.date, exact: spec.exactStages ?? false });
    }
    if (before === undefined) return;
    if (before.closeDate !== null && s.closeDate !== null && before.closeDate !== s.closeDate) {
      const pushed = s.closeDate > before.closeDate;
      closeDateChanges.push({
        date: s.date,
        from: before.closeDate,
        to: s.closeDate,
        direction: pushed ? 'pushed' : 'pulled',
        outOfPeriod: calendar.periodOf(s.closeDate, 'quarter').start > calendar.periodOf(before.closeDate, 'quarter').start,
      });
    }
    if (before.amount !== s.amount) amountChanges.push({ date: s.date, from: before.amount, to: s.amount });
  });
  const known = spec.obs.length >= 2;
  const last = full[full.length - 1]!;
  const lastStage = stages[stages.length - 1];
  const activity = spec.lastActivityDate ?? null;
  const lastChange = states[states.length - 1]!.date;
  return {
    id: spec.id,
    idDerived: false,
    name: `Deal ${spec.id}`,
    account: `Account ${spec.id}`,
    owner: spec.owner ?? 'Ana',
    team: REPS.find((r) => r.name === (spec.owner ?? 'Ana'))?.team ?? null,
    region: REPS.find((r) => r.name === (spec.owner ?? 'Ana'))?.region ?? null,
    stage: last.stage,
    status: last.status,
    amount: last.amount,
    amountOriginal: spec.amountOriginal !== undefined ? spec.amountOriginal : last.amount,
    currency: spec.currency ?? 'USD',
    createdDate: spec.createdDate ?? null,
    closeDate: last.closeDate,
    forecastCategory: last.forecastCategory,
    probability: last.probability,
    type: null,
    leadSource: null,
    nextStep: spec.nextStep ?? null,
    lastActivityDate: activity,
    lossReason: null,
    attributes: Object.create(null) as Record<string, string>,
    source: { file: 'deals.csv', sheet: null, row: 2 },
    history: {
      known,
      firstSeen: full[0]!.date,
      lastSeen: last.date,
      states,
      stages,
      closeDateChanges,
      amountChanges,
      categoryChanges: [],
      pushCount: known ? closeDateChanges.filter((c) => c.direction === 'pushed').length : null,
      pushedOutOfPeriodCount: known ? closeDateChanges.filter((c) => c.outOfPeriod).length : null,
      pullInCount: known ? closeDateChanges.filter((c) => c.direction === 'pulled').length : null,
      daysInStage: known && lastStage !== undefined ? daysBetween(lastStage.enteredOn, asOf) : null,
      daysSinceActivity: activity !== null ? daysBetween(activity, asOf) : known ? daysBetween(lastChange, asOf) : null,
      daysSinceActivitySource: activity !== null ? 'activity column' : known ? 'last change' : null,
      disappeared: spec.disappeared ?? false,
      reopened: states.some((s, i) => s.status === 'open' && states.slice(0, i).some((p) => p.status !== 'open')),
    },
  };
}

export interface ModelSpec {
  asOf: IsoDate;
  deals: DealSpec[];
  /** Default: every observation date. */
  snapshots?: IsoDate[];
  reps?: Rep[];
  quotas?: Quota[];
  columnsPresent?: Partial<Model['columnsPresent']>;
}

export function model(spec: ModelSpec): Model {
  const deals = spec.deals.map((d) => deal(d, spec.asOf)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const dates = spec.snapshots ?? [...new Set(spec.deals.flatMap((d) => d.obs.map((o) => o.date)))].sort();
  return {
    asOf: spec.asOf,
    asOfSource: 'config',
    currency: 'USD',
    fiscalYearStartMonth: 2,
    fiscalYearNaming: 'end',
    deals,
    snapshots: dates.map((date) => ({ date, files: [`deals-${date}.csv`], dealCount: 0 })),
    reps: spec.reps ?? REPS,
    quotas: spec.quotas ?? [],
    hasHistory: deals.some((d) => d.history.known),
    columnsPresent: {
      nextStep: false,
      lastActivityDate: false,
      forecastCategory: false,
      probability: false,
      createdDate: false,
      lossReason: false,
      ...spec.columnsPresent,
    },
  };
}

/** A rep quota row for a fiscal quarter of FY2027. */
export function quarterQuota(name: string, quarter: 1 | 2 | 3 | 4, amount: number): Quota {
  const p = calendar.period('quarter', 2027, quarter);
  return { level: 'rep', name, start: p.start, end: p.end, granularity: 'quarter', amount, source: { file: 'quotas.csv', sheet: null, row: 2 } };
}

export function riskOptions(asOf: IsoDate, thresholds: Partial<Thresholds> = {}) {
  return { asOf, companyName: 'Acme', thresholds: { ...THRESHOLDS, ...thresholds }, ...FISCAL };
}
