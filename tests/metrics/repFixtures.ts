/**
 * Hand-built models for the rep-period, rep-trend and retrospective tests, with the February
 * fiscal start: FY2027 = 2026-02-01 .. 2027-01-31, Q1 Feb-Apr, Q2 May-Jul, Q3 Aug-Oct, Q4 Nov-Jan
 * (FY2026 Q3 = 2025-08-01 .. 2025-10-31, FY2026 Q4 = 2025-11-01 .. 2026-01-31).
 *
 * A deal is written either as its final fields only (one snapshot at the as-of date: earlier
 * states are inferred from its created and close dates), or as a list of observations (snapshot
 * dates with the fields as they stood; omitted fields carry over from the previous observation).
 */
import { fiscalCalendar } from '../../src/model/fiscalCalendar.ts';
import type {
  CloseDateChange,
  Deal,
  DealState,
  DealStatus,
  FiscalPeriod,
  ForecastCategory,
  IsoDate,
  Model,
  PeriodGranularity,
  Quota,
  Rep,
  Snapshot,
} from '../../src/model/types.ts';

export const calendar = fiscalCalendar({ startMonth: 2, naming: 'end' });

export function quarter(fiscalYear: number, index: number): FiscalPeriod {
  return calendar.period('quarter', fiscalYear, index);
}

export function rep(name: string, team: string | null, region: string | null, extra: Partial<Rep> = {}): Rep {
  return { name, id: null, manager: null, team, region, startDate: null, endDate: null, role: null, inRoster: true, ...extra };
}

export function quota(
  level: Quota['level'],
  name: string | null,
  start: IsoDate,
  end: IsoDate,
  granularity: PeriodGranularity,
  amount: number,
): Quota {
  return { level, name, start, end, granularity, amount, source: { file: 'quotas.csv', sheet: null, row: 2 } };
}

/** A quota row covering one fiscal quarter. */
export function quarterQuota(level: Quota['level'], name: string | null, fiscalYear: number, index: number, amount: number): Quota {
  const q = quarter(fiscalYear, index);
  return quota(level, name, q.start, q.end, 'quarter', amount);
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
  owner: string;
  team?: string | null;
  region?: string | null;
  createdDate?: IsoDate | null;
  lossReason?: string | null;
  /** Observations in date order. Without them: one observation at the as-of date from `final`. */
  obs?: Observation[];
  /** Final fields when `obs` is not given. */
  status?: DealStatus;
  amount?: number | null;
  closeDate?: IsoDate | null;
  stage?: string | null;
  disappeared?: boolean;
}

/** A deal as the model holds it at `asOf`. */
export function deal(spec: DealSpec, asOf: IsoDate): Deal {
  const obs: Observation[] = spec.obs ?? [
    { date: asOf, status: spec.status ?? 'open', amount: spec.amount ?? null, closeDate: spec.closeDate ?? null, stage: spec.stage ?? null },
  ];
  const states: DealState[] = [];
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
  for (const o of obs) {
    const next: DealState = {
      date: o.date,
      stage: o.stage === undefined ? prev.stage : o.stage,
      status: o.status ?? prev.status,
      amount: o.amount === undefined ? prev.amount : o.amount,
      closeDate: o.closeDate === undefined ? prev.closeDate : o.closeDate,
      forecastCategory: o.forecastCategory === undefined ? prev.forecastCategory : o.forecastCategory,
      probability: o.probability === undefined ? prev.probability : o.probability,
      origin: 'snapshot',
    };
    states.push(next);
    prev = next;
  }
  const first = states[0]!;
  const last = states[states.length - 1]!;
  const closeDateChanges: CloseDateChange[] = [];
  for (let i = 1; i < states.length; i++) {
    const a = states[i - 1]!;
    const b = states[i]!;
    if (a.closeDate !== null && b.closeDate !== null && a.closeDate !== b.closeDate) {
      closeDateChanges.push({
        date: b.date,
        from: a.closeDate,
        to: b.closeDate,
        direction: b.closeDate > a.closeDate ? 'pushed' : 'pulled',
        outOfPeriod: calendar.periodOf(b.closeDate, 'quarter').start > calendar.periodOf(a.closeDate, 'quarter').end,
      });
    }
  }
  const known = states.length > 1;
  const reopened = states.some((s, i) => s.status === 'open' && states.slice(0, i).some((p) => p.status !== 'open'));
  return {
    id: spec.id,
    idDerived: false,
    name: `Deal ${spec.id}`,
    account: `Account ${spec.id}`,
    owner: spec.owner,
    team: spec.team ?? null,
    region: spec.region ?? null,
    stage: last.stage,
    status: last.status,
    amount: last.amount,
    amountOriginal: last.amount,
    currency: 'USD',
    createdDate: spec.createdDate ?? null,
    closeDate: last.closeDate,
    forecastCategory: last.forecastCategory,
    probability: last.probability,
    type: null,
    leadSource: null,
    nextStep: null,
    lastActivityDate: null,
    lossReason: spec.lossReason ?? null,
    attributes: Object.create(null) as Record<string, string>,
    source: { file: 'deals.csv', sheet: null, row: 2 },
    history: {
      known,
      firstSeen: first.date,
      lastSeen: last.date,
      states,
      stages: [],
      closeDateChanges,
      amountChanges: [],
      categoryChanges: [],
      pushCount: known ? closeDateChanges.filter((c) => c.direction === 'pushed').length : null,
      pushedOutOfPeriodCount: known ? closeDateChanges.filter((c) => c.outOfPeriod).length : null,
      pullInCount: known ? closeDateChanges.filter((c) => c.direction === 'pulled').length : null,
      daysInStage: null,
      daysSinceActivity: null,
      daysSinceActivitySource: null,
      disappeared: spec.disappeared ?? false,
      reopened,
    },
  };
}

export interface ModelSpec {
  asOf: IsoDate;
  deals: DealSpec[];
  reps?: Rep[];
  quotas?: Quota[];
  /** Snapshot dates (default: the as-of date only). */
  snapshots?: IsoDate[];
}

export function model(spec: ModelSpec): Model {
  const deals = spec.deals.map((d) => deal(d, spec.asOf)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const snapshots: Snapshot[] = (spec.snapshots ?? [spec.asOf]).map((date) => ({
    date,
    files: [`deals-${date}.csv`],
    dealCount: deals.filter((d) => d.history.states.some((s) => s.date === date)).length,
  }));
  return {
    asOf: spec.asOf,
    asOfSource: 'config',
    currency: 'USD',
    fiscalYearStartMonth: 2,
    fiscalYearNaming: 'end',
    deals,
    snapshots,
    reps: [...(spec.reps ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    quotas: spec.quotas ?? [],
    hasHistory: deals.some((d) => d.history.known),
    columnsPresent: {
      nextStep: false,
      lastActivityDate: false,
      forecastCategory: true,
      probability: true,
      createdDate: deals.some((d) => d.createdDate !== null),
      lossReason: deals.some((d) => d.lossReason !== null),
    },
  };
}
