/**
 * Hand-built models for the metrics tests. A February fiscal year named by the year it ends in
 * (FY2027 = 2026-02-01..2027-01-31; Q1 Feb-Apr, Q2 May-Jul, Q3 Aug-Oct, Q4 Nov-Jan).
 *
 * makeDeal builds a deal from its starting fields and a list of dated steps, each changing some
 * fields (stage, status, amount, close date, category, probability); the deal as of the as-of
 * date is its last step. Stage entries, close-date changes and the other history fields are
 * derived from the steps the way the model builder derives them.
 */
import { fiscalCalendar } from '../../src/model/fiscalCalendar.ts';
import { daysBetween } from '../../src/model/isoDate.ts';
import type { Deal, DealState, IsoDate, Model, PeriodGranularity, Quota, Rep } from '../../src/model/types.ts';

export const FISCAL_START_MONTH = 2;
export const AS_OF = '2026-06-15';
export const calendar = fiscalCalendar({ startMonth: FISCAL_START_MONTH, naming: 'end' });

type StateFields = Pick<DealState, 'stage' | 'status' | 'amount' | 'closeDate' | 'forecastCategory' | 'probability'>;

export interface Step extends Partial<StateFields> {
  date: IsoDate;
  /** Default 'snapshot'. A 'history' step is a state from a history table (not a snapshot date). */
  origin?: DealState['origin'];
}

export interface DealSpec extends Partial<Omit<Deal, 'history' | 'id'>> {
  id: string;
  /** Dated steps; default one snapshot step on `seen`. */
  steps?: Step[];
  /** Date of the single observation when there are no steps. Default AS_OF. */
  seen?: IsoDate;
  /** Stage entry dates are exact (history table / "Date entered" columns). Default false. */
  exactStages?: boolean;
  disappeared?: boolean;
}

export function makeDeal(spec: DealSpec): Deal {
  const { steps: given, seen, exactStages, disappeared, ...fields } = spec;
  const start: StateFields = {
    stage: fields.stage ?? null,
    status: fields.status ?? 'open',
    amount: fields.amount === undefined ? null : fields.amount,
    closeDate: fields.closeDate ?? null,
    forecastCategory: fields.forecastCategory ?? null,
    probability: fields.probability ?? null,
  };
  const steps = given ?? [{ date: seen ?? AS_OF }];
  const states: DealState[] = [];
  let current = start;
  for (const step of steps) {
    const { date, origin, ...changes } = step;
    current = { ...current, ...changes };
    states.push({ ...current, date, origin: origin ?? 'snapshot' });
  }
  const last = states[states.length - 1]!;
  const stages: Deal['history']['stages'] = [];
  const closeDateChanges: Deal['history']['closeDateChanges'] = [];
  const amountChanges: Deal['history']['amountChanges'] = [];
  const categoryChanges: Deal['history']['categoryChanges'] = [];
  let reopened = false;
  states.forEach((s, i) => {
    const prev = states[i - 1];
    if (s.stage !== null && (prev === undefined || prev.stage !== s.stage)) {
      stages.push({ stage: s.stage, enteredOn: s.date, exact: exactStages ?? false });
    }
    if (prev === undefined) return;
    if (prev.closeDate !== null && s.closeDate !== null && prev.closeDate !== s.closeDate) {
      closeDateChanges.push({
        date: s.date,
        from: prev.closeDate,
        to: s.closeDate,
        direction: s.closeDate > prev.closeDate ? 'pushed' : 'pulled',
        outOfPeriod: calendar.periodOf(s.closeDate, 'quarter').start > calendar.periodOf(prev.closeDate, 'quarter').start,
      });
    }
    if (prev.amount !== s.amount) amountChanges.push({ date: s.date, from: prev.amount, to: s.amount });
    if (prev.forecastCategory !== s.forecastCategory) categoryChanges.push({ date: s.date, from: prev.forecastCategory, to: s.forecastCategory });
    if (prev.status !== 'open' && s.status === 'open') reopened = true;
  });
  const known = states.length >= 2;
  return {
    id: spec.id,
    idDerived: false,
    name: fields.name ?? spec.id,
    account: fields.account ?? null,
    owner: fields.owner ?? 'Ana',
    team: fields.team ?? null,
    region: fields.region ?? null,
    stage: last.stage,
    status: last.status,
    amount: last.amount,
    amountOriginal: last.amount,
    currency: fields.currency ?? 'USD',
    createdDate: fields.createdDate ?? null,
    closeDate: last.closeDate,
    forecastCategory: last.forecastCategory,
    probability: last.probability,
    type: fields.type ?? null,
    leadSource: fields.leadSource ?? null,
    nextStep: fields.nextStep ?? null,
    lastActivityDate: fields.lastActivityDate ?? null,
    lossReason: fields.lossReason ?? null,
    attributes: Object.create(null) as Record<string, string>,
    source: { file: 'deals.csv', sheet: null, row: 2 },
    history: {
      known,
      firstSeen: states[0]!.date,
      lastSeen: last.date,
      states,
      stages,
      closeDateChanges,
      amountChanges,
      categoryChanges,
      pushCount: known ? closeDateChanges.filter((c) => c.direction === 'pushed').length : null,
      pushedOutOfPeriodCount: known ? closeDateChanges.filter((c) => c.outOfPeriod).length : null,
      pullInCount: known ? closeDateChanges.filter((c) => c.direction === 'pulled').length : null,
      daysInStage: null,
      daysSinceActivity: null,
      daysSinceActivitySource: null,
      disappeared: disappeared ?? false,
      reopened,
    },
  };
}

export function makeRep(name: string, fields: Partial<Omit<Rep, 'name'>> = {}): Rep {
  return {
    name,
    id: fields.id ?? null,
    manager: fields.manager ?? null,
    team: fields.team ?? null,
    region: fields.region ?? null,
    startDate: fields.startDate ?? null,
    endDate: fields.endDate ?? null,
    role: fields.role ?? null,
    inRoster: fields.inRoster ?? true,
  };
}

export function makeQuota(
  level: Quota['level'],
  name: string | null,
  start: IsoDate,
  end: IsoDate,
  amount: number,
  granularity: PeriodGranularity = 'quarter',
): Quota {
  return { level, name, start, end, granularity, amount, source: { file: 'quotas.csv', sheet: null, row: 2 } };
}

/** Quota row for a fiscal period of the fixture calendar. */
export function fiscalQuota(
  level: Quota['level'],
  name: string | null,
  granularity: PeriodGranularity,
  fiscalYear: number,
  index: number,
  amount: number,
): Quota {
  const p = calendar.period(granularity, fiscalYear, index);
  return makeQuota(level, name, p.start, p.end, amount, granularity);
}

export interface ModelSpec {
  asOf?: IsoDate;
  deals: Deal[];
  reps?: Rep[];
  quotas?: Quota[];
  /** Default: every distinct date of a 'snapshot' step. */
  snapshots?: IsoDate[];
}

export function makeModel(spec: ModelSpec): Model {
  const deals = [...spec.deals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const snapshotDates =
    spec.snapshots ??
    [...new Set(deals.flatMap((d) => d.history.states.filter((s) => s.origin === 'snapshot').map((s) => s.date)))].sort();
  return {
    asOf: spec.asOf ?? AS_OF,
    asOfSource: 'config',
    currency: 'USD',
    fiscalYearStartMonth: FISCAL_START_MONTH,
    fiscalYearNaming: 'end',
    deals,
    snapshots: snapshotDates.map((date) => ({
      date,
      files: [`deals-${date}.csv`],
      dealCount: deals.filter((d) => d.history.states.some((s) => s.date === date)).length,
    })),
    reps: [...(spec.reps ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    quotas: spec.quotas ?? [],
    hasHistory: deals.some((d) => d.history.states.length > 1),
    columnsPresent: {
      nextStep: true,
      lastActivityDate: true,
      forecastCategory: true,
      probability: true,
      createdDate: true,
      lossReason: true,
    },
  };
}

/** Whole days between two dates, for arithmetic written out in tests. */
export const days = daysBetween;
