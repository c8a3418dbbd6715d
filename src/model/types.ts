/**
 * The domain model: what the metrics compute on. Built from typed rows by src/model/buildModel.ts.
 * All dates are ISO `YYYY-MM-DD` UTC calendar dates; all amounts are in the reporting currency.
 */
import type {
  Attributes,
  DealStatus,
  ForecastCategory,
  IsoDate,
  SourceRef,
} from '../schema/types.ts';

export type { DealStatus, ForecastCategory, IsoDate } from '../schema/types.ts';

/** A deal's fields as they stood at one snapshot (or one history row). Amounts in reporting currency. */
export interface DealState {
  date: IsoDate;
  stage: string | null;
  status: DealStatus;
  amount: number | null;
  closeDate: IsoDate | null;
  forecastCategory: ForecastCategory | null;
  probability: number | null;
  /**
   * 'snapshot' when seen in a deals export, 'history' when from a history table, 'inferred'
   * when reconstructed from created and close dates for a date before the deal was first seen.
   */
  origin: 'snapshot' | 'history' | 'inferred';
}

export interface StageEntry {
  stage: string;
  /** First date the deal was seen at this stage (a snapshot date or history date). */
  enteredOn: IsoDate;
  /** True when the entry date is exact (history table / HubSpot "Date entered"), false when it is the first snapshot that showed it. */
  exact: boolean;
}

export interface CloseDateChange {
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
  /** 'pushed' = later, 'pulled' = earlier. */
  direction: 'pushed' | 'pulled';
  /** True when the new close date is in a later fiscal quarter than the old one. */
  outOfPeriod: boolean;
}

export interface AmountChange {
  date: IsoDate;
  from: number | null;
  to: number | null;
}

export interface CategoryChange {
  date: IsoDate;
  from: ForecastCategory | null;
  to: ForecastCategory | null;
}

/**
 * What the snapshots and history tables say about one deal over time.
 * With a single snapshot and no history table, `known` is false and the counts are null (unknown, not zero).
 */
export interface DealHistory {
  /** True when at least two observations (snapshots or history rows) exist for this deal. */
  known: boolean;
  firstSeen: IsoDate;
  lastSeen: IsoDate;
  /** Every distinct state in date order (consecutive identical states collapsed). */
  states: DealState[];
  stages: StageEntry[];
  closeDateChanges: CloseDateChange[];
  amountChanges: AmountChange[];
  categoryChanges: CategoryChange[];
  /** null when unknown. */
  pushCount: number | null;
  pushedOutOfPeriodCount: number | null;
  pullInCount: number | null;
  /** Days from entering the current stage to the as-of date; null when unknown. */
  daysInStage: number | null;
  /** Days from the last activity (activity column, else the last change seen) to the as-of date; null when unknown. */
  daysSinceActivity: number | null;
  daysSinceActivitySource: 'activity column' | 'last change' | null;
  /** Seen open in an earlier snapshot, absent from the latest snapshot at or before the as-of date, never seen closed. */
  disappeared: boolean;
  /** Was closed (won or lost) and later open again. */
  reopened: boolean;
}

export interface Deal {
  id: string;
  idDerived: boolean;
  name: string;
  account: string | null;
  /** Rep name (resolved from owner id via the roster when possible). */
  owner: string;
  team: string | null;
  region: string | null;
  stage: string | null;
  status: DealStatus;
  /** Reporting currency; null when the export had no amount. */
  amount: number | null;
  /** As in the file, before conversion. */
  amountOriginal: number | null;
  currency: string;
  createdDate: IsoDate | null;
  closeDate: IsoDate | null;
  forecastCategory: ForecastCategory | null;
  probability: number | null;
  type: string | null;
  leadSource: string | null;
  nextStep: string | null;
  lastActivityDate: IsoDate | null;
  lossReason: string | null;
  attributes: Attributes;
  /** Latest row this deal came from. */
  source: SourceRef;
  history: DealHistory;
}

export interface Rep {
  name: string;
  id: string | null;
  manager: string | null;
  team: string | null;
  region: string | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  role: string | null;
  /** In the roster file, or only seen as a deal owner / quota holder. */
  inRoster: boolean;
}

export type PeriodGranularity = 'month' | 'quarter' | 'half' | 'year';

/** A fiscal period with inclusive start and end dates. */
export interface FiscalPeriod {
  granularity: PeriodGranularity;
  /** Fiscal year name, e.g. 2027 for FY2027. */
  fiscalYear: number;
  /** 1-based index within the fiscal year (month 1..12, quarter 1..4, half 1..2, year 1). */
  index: number;
  start: IsoDate;
  end: IsoDate;
  /** `FY2027 Q1`, `FY2027 H1`, `FY2027`; months by their calendar name, `Feb 2026`. */
  label: string;
  /** Stable key, e.g. `FY2027-Q1`, `FY2027-M01`, `FY2027-H1`, `FY2027`. */
  key: string;
}

export interface Quota {
  level: 'rep' | 'team' | 'region' | 'company';
  name: string | null;
  /** The period the quota row covers, as resolved. */
  start: IsoDate;
  end: IsoDate;
  granularity: PeriodGranularity;
  amount: number;
  source: SourceRef;
}

export interface Snapshot {
  date: IsoDate;
  /** Files that contributed to this snapshot. */
  files: string[];
  dealCount: number;
}

/** A manager's call (the calls file, see src/schema/CallRowSchema.ts), in the reporting currency. */
export interface ManagerCall {
  /** Submitted on. */
  date: IsoDate;
  scope: 'company' | 'region' | 'team' | 'rep';
  /** The region, team or rep; null for company. */
  name: string | null;
  call: number;
  commit: number | null;
  bestCase: number | null;
  /** The fiscal quarter the call is for (key, start, end). */
  period: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  submittedBy: string | null;
  source: SourceRef;
}

export interface Model {
  asOf: IsoDate;
  asOfSource: 'config' | 'latest snapshot' | 'latest date in data';
  currency: string;
  fiscalYearStartMonth: number;
  fiscalYearNaming: 'end' | 'start';
  /** Deals as they stood at the as-of date (latest observation at or before it), with their history. Sorted by id. */
  deals: Deal[];
  /** Sorted by date. */
  snapshots: Snapshot[];
  reps: Rep[];
  quotas: Quota[];
  /** The manager's calls, by date (absent or empty without a calls file). */
  calls?: ManagerCall[];
  /** True when any deal has more than one observation. */
  hasHistory: boolean;
  /**
   * Amounts left out because their currency has no exchange rate, by currency (amount in that
   * currency, summed over the deals' latest amounts): what the summary and overview report.
   */
  leftOut?: { currency: string; deals: number; quotas: number; amount: number }[];
  /** How the reporting currency was chosen: set in the config, or found in the data (every amount in one currency). */
  currencySource?: 'config' | 'data';
  /** Which optional deal columns any export had (so missing-next-step is only flagged where the column exists). */
  columnsPresent: {
    nextStep: boolean;
    lastActivityDate: boolean;
    forecastCategory: boolean;
    probability: boolean;
    createdDate: boolean;
    lossReason: boolean;
  };
}
